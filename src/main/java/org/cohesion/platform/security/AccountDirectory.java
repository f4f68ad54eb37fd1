package org.cohesion.platform.security;

import java.time.Instant;
import java.util.Optional;

/**
 * What security needs to know about accounts, without depending on the feature that stores them.
 * The network feature implements it.
 */
public interface AccountDirectory {

  /** The stored credentials of a login, active or not. */
  Optional<StoredCredentials> credentialsOf(String login);

  /** The caller behind an account, empty when the account is gone or deactivated. */
  Optional<Caller> activeCaller(long accountId);

  /** Notes a successful sign-in, and answers what the session needs to know from the account. */
  SignedIn recordLogin(long accountId);

  /** Whether the account still signs in with a one-time password, which it must change first. */
  boolean mustChangePassword(long accountId);

  /**
   * Saves the account's preferred language ("fr", "en"), in a transaction of its own unless the
   * caller has one: the header's language switch, which belongs to no feature, saves through here.
   */
  void preferLanguage(long accountId, String language);

  /**
   * Credentials as stored: the argon2id hash, never the password. A one-time password must be
   * changed at first sign-in, and is refused after {@code expiresAt} (null: no expiry).
   */
  record StoredCredentials(
      long accountId,
      String login,
      String passwordHash,
      boolean active,
      boolean oneTime,
      Instant expiresAt) {

    public boolean expiredAt(Instant now) {
      return oneTime && expiresAt != null && !now.isBefore(expiresAt);
    }
  }

  /** The preferred language ("fr", "en"), and whether a new password must be chosen first. */
  record SignedIn(String language, boolean mustChangePassword) {}
}
