package org.cohesion.platform.notification;

import java.io.Serial;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * What to tell: a message key with arguments, rendered in each recipient's language, and a link
 * (context-relative path, e.g. "/minutes/minutes.xhtml?id=12", or null).
 *
 * <p>Keys: {@code notice.<name>} is the one-line in-app text, {@code notice.<name>.subject} and
 * {@code notice.<name>.body} the email's subject and body (MessageFormat, the same arguments), in
 * messages_fr and messages_en. Arguments are kept as text: format dates and numbers before.
 */
public record Notice(String messageKey, List<String> args, String link) implements Serializable {
  @Serial private static final long serialVersionUID = 1L;

  public static final int MAX_LINK = 500;

  public Notice {
    Objects.requireNonNull(messageKey, "messageKey");
    if (!messageKey.matches("notice\\.[A-Za-z0-9_.-]{1,100}")) {
      throw new IllegalArgumentException("A notice key starts with 'notice.': " + messageKey);
    }
    args = args == null ? List.of() : List.copyOf(args);
    if (link != null && !isLocalPath(link)) {
      throw new IllegalArgumentException("A notice links inside the application: " + link);
    }
  }

  public static Notice of(String messageKey, String link, Object... args) {
    return new Notice(
        messageKey,
        args == null
            ? List.of()
            : Arrays.stream(args).map(a -> a == null ? "" : a.toString()).toList(),
        link);
  }

  /** A path of this application: never another site (no scheme, no "//host"), no control chars. */
  static boolean isLocalPath(String link) {
    return link.length() <= MAX_LINK
        && link.startsWith("/")
        && !link.startsWith("//")
        && !link.startsWith("/\\")
        && link.chars().noneMatch(c -> c < 0x20 || c == 0x7f);
  }

  Object[] argArray() {
    return args.toArray();
  }
}
