package org.cohesion.experience.web;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.Supplier;
import org.cohesion.experience.domain.SheetIncompleteException;
import org.cohesion.platform.domain.AccessDeniedException;
import org.cohesion.platform.domain.DomainException;
import org.cohesion.platform.domain.NotFoundException;
import org.cohesion.platform.web.Actions;
import org.cohesion.platform.web.Messages;

/**
 * {@link Actions#attempt} and {@link Actions#result} for the sheets' pages, with two additions: a
 * refused submission shows one message per empty part, and the arguments of a refusal that are
 * message keys (a part's or a funder's name) are shown in the reader's language rather than as
 * keys.
 */
final class Refusals {
  private Refusals() {}

  static boolean attempt(Runnable action, String successKey, Object... args) {
    return result(
            () -> {
              action.run();
              return Boolean.TRUE;
            },
            successKey,
            args)
        .isPresent();
  }

  /** The service's answer, or empty once the refusal is shown. */
  static <T> Optional<T> result(Supplier<T> action, String successKey, Object... args) {
    try {
      T value = action.get();
      if (successKey != null) {
        Messages.info(successKey, args);
      }
      return Optional.ofNullable(value);
    } catch (RuntimeException e) {
      refuse(e);
      return Optional.empty();
    }
  }

  private static void refuse(RuntimeException e) {
    DomainException refusal = domainCause(e);
    if (refusal instanceof SheetIncompleteException incomplete) {
      for (String key : incomplete.missingLabelKeys()) {
        Messages.error("experience.submit.missing", Messages.text(key));
      }
      return;
    }
    if (refusal != null
        && !(refusal instanceof NotFoundException)
        && !(refusal instanceof AccessDeniedException)) {
      Messages.error(refusal.messageKey(), translated(refusal.arguments()));
      return;
    }
    // Whatever Actions makes of the rest (a stale version, a 404 left to the error page).
    Actions.attempt(
        () -> {
          throw e;
        },
        null);
  }

  static DomainException domainCause(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof DomainException d) {
        return d;
      }
    }
    return null;
  }

  private static Object[] translated(Object[] args) {
    return Arrays.stream(args)
        .map(
            a ->
                a instanceof String s && s.startsWith("experience.") && !s.contains(" ")
                    ? Messages.text(s)
                    : a)
        .toArray();
  }
}
