package org.cohesion.platform.notification;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** A notice in words, in one language, from messages_fr / messages_en. */
public final class NoticeTexts {
  private static final String BUNDLE = "messages";

  private NoticeTexts() {}

  /** The one-line text shown in the app. */
  public static String text(Locale locale, Notice notice) {
    return format(locale, notice.messageKey(), notice).orElse("???" + notice.messageKey() + "???");
  }

  /** The email's subject (the in-app text when the notice has no subject of its own). */
  public static String subject(Locale locale, Notice notice) {
    return format(locale, notice.messageKey() + ".subject", notice)
        .orElseGet(() -> text(locale, notice));
  }

  /** The email's body: the text, the absolute link, and a signature. */
  public static String body(Locale locale, Notice notice, String absoluteLink) {
    StringBuilder body =
        new StringBuilder(
            format(locale, notice.messageKey() + ".body", notice)
                .orElseGet(() -> text(locale, notice)));
    if (absoluteLink != null) {
      body.append("\n\n").append(absoluteLink);
    }
    format(locale, "notice.mail.footer", notice)
        .ifPresent(footer -> body.append("\n\n-- \n").append(footer));
    return body.append('\n').toString();
  }

  private static java.util.Optional<String> format(Locale locale, String key, Notice notice) {
    try {
      String pattern = ResourceBundle.getBundle(BUNDLE, locale).getString(key);
      return java.util.Optional.of(
          notice.args().isEmpty()
              ? pattern
              : new MessageFormat(pattern, locale).format(notice.argArray()));
    } catch (MissingResourceException e) {
      return java.util.Optional.empty();
    }
  }
}
