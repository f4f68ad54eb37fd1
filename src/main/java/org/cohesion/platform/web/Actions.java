package org.cohesion.platform.web;

import jakarta.persistence.OptimisticLockException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.cohesion.platform.domain.DomainException;

/**
 * Runs a service call for a page and turns what can go wrong into a message in the user's language:
 * a broken rule, a concurrent change, a duplicate that slipped past the checks. The service's
 * transaction has already rolled back, so nothing is half-written.
 */
public final class Actions {
  private static final Logger LOG = Logger.getLogger(Actions.class.getName());

  private Actions() {}

  /** Runs the action; on success shows {@code successKey} (if any) and answers true. */
  public static boolean attempt(Runnable action, String successKey, Object... args) {
    try {
      action.run();
      if (successKey != null) {
        Messages.info(successKey, args);
      }
      return true;
    } catch (RuntimeException e) {
      Messages.error(messageKeyOf(e), argumentsOf(e));
      return false;
    }
  }

  /**
   * Runs an action that produces a value (the id of what it created, the outcome of a save); on
   * success shows {@code successKey} (if any) and answers the value, on a refusal shows why and
   * answers empty. A {@code null} value counts as done and answers empty.
   */
  public static <T> Optional<T> result(Supplier<T> action, String successKey, Object... args) {
    try {
      T value = action.get();
      if (successKey != null) {
        Messages.info(successKey, args);
      }
      return Optional.ofNullable(value);
    } catch (RuntimeException e) {
      Messages.error(messageKeyOf(e), argumentsOf(e));
      return Optional.empty();
    }
  }

  /** The arguments of the broken rule's message, if the failure is one. */
  static Object[] argumentsOf(RuntimeException failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof DomainException domain) {
        return domain.arguments();
      }
    }
    return new Object[0];
  }

  /** The message key that explains a failure, or rethrows what is not the user's to fix. */
  static String messageKeyOf(RuntimeException failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof DomainException domain
          && !(t instanceof org.cohesion.platform.domain.NotFoundException)
          && !(t instanceof org.cohesion.platform.domain.AccessDeniedException)) {
        return domain.messageKey();
      }
      if (t instanceof OptimisticLockException) {
        return "error.concurrentChange";
      }
      if (t instanceof SQLIntegrityConstraintViolationException) {
        LOG.log(Level.INFO, "Constraint violation turned into a message", t);
        return "error.duplicate";
      }
    }
    throw failure;
  }
}
