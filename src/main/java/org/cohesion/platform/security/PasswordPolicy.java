package org.cohesion.platform.security;

import java.util.Locale;
import java.util.Optional;

/**
 * The rules a new password must meet. Answers with a message key, or nothing when the password is
 * acceptable. Length is what matters (NIST SP 800-63B): at least 12 characters, no composition
 * rules, but not the login itself and not a run of one character.
 */
public final class PasswordPolicy {
  public static final int MIN_LENGTH = 12;
  public static final int MAX_LENGTH = 128;

  private PasswordPolicy() {}

  public static Optional<String> check(String password, String login) {
    if (password == null || password.isBlank()) {
      return Optional.of("password.required");
    }
    int length = password.codePointCount(0, password.length());
    if (length < MIN_LENGTH) {
      return Optional.of("password.tooShort");
    }
    if (length > MAX_LENGTH) {
      return Optional.of("password.tooLong");
    }
    if (password.codePoints().distinct().count() == 1) {
      return Optional.of("password.tooSimple");
    }
    if (login != null
        && !login.isBlank()
        && password.toLowerCase(Locale.ROOT).contains(login.toLowerCase(Locale.ROOT))) {
      return Optional.of("password.containsLogin");
    }
    return Optional.empty();
  }
}
