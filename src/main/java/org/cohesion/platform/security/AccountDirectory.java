package org.cohesion.platform.security;

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

  /** Notes a successful sign-in, and answers the preferred language. */
  String recordLogin(long accountId);

  /** Credentials as stored: the argon2id hash, never the password. */
  record StoredCredentials(long accountId, String login, String passwordHash, boolean active) {}
}
