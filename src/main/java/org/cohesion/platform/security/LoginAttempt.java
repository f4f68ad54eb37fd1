package org.cohesion.platform.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A sign-in attempt whose password was checked, kept in the database so that throttling holds
 * across all nodes of a cluster. Attempts refused without a check are not recorded here (only in
 * the audit log), so that refusals never prolong themselves.
 */
@Entity
@Table(name = "login_attempt")
@NamedQuery(
    name = "LoginAttempt.failuresForLogin",
    query =
        "SELECT COUNT(a), MAX(a.attemptedAt) FROM LoginAttempt a WHERE a.login = :key AND"
            + " a.success = FALSE AND a.attemptedAt > :since AND a.id > COALESCE((SELECT MAX(s.id)"
            + " FROM LoginAttempt s WHERE s.login = :key AND s.success = TRUE), 0)")
@NamedQuery(
    name = "LoginAttempt.failuresFromAddress",
    query =
        "SELECT COUNT(a) FROM LoginAttempt a WHERE a.remoteAddress = :key AND a.success = FALSE"
            + " AND a.attemptedAt > :since")
public class LoginAttempt {

  /** What the sign-in form takes as its name: a login or an email address (RFC 5321's 254). */
  public static final int LOGIN_MAX = 254;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "attempted_at", nullable = false)
  private Instant attemptedAt;

  @Column(nullable = false, length = LOGIN_MAX)
  private String login;

  @Column(name = "remote_address", nullable = false, length = 64)
  private String remoteAddress;

  private boolean success;

  protected LoginAttempt() {}

  LoginAttempt(Instant attemptedAt, String login, String remoteAddress, boolean success) {
    this.attemptedAt = attemptedAt;
    this.login = login.length() > LOGIN_MAX ? login.substring(0, LOGIN_MAX) : login;
    this.remoteAddress =
        remoteAddress.length() > 64 ? remoteAddress.substring(0, 64) : remoteAddress;
    this.success = success;
  }
}
