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
 * A sign-in attempt, kept in the database so that throttling holds across all nodes of a cluster.
 */
@Entity
@Table(name = "login_attempt")
@NamedQuery(
    name = "LoginAttempt.failuresForLogin",
    query =
        "SELECT COUNT(a) FROM LoginAttempt a WHERE a.login = :key AND a.success = FALSE AND"
            + " a.attemptedAt > :since AND a.id > COALESCE((SELECT MAX(s.id) FROM LoginAttempt s"
            + " WHERE s.login = :key AND s.success = TRUE), 0)")
@NamedQuery(
    name = "LoginAttempt.failuresFromAddress",
    query =
        "SELECT COUNT(a) FROM LoginAttempt a WHERE a.remoteAddress = :key AND a.success = FALSE AND"
            + " a.attemptedAt > :since AND a.id > COALESCE((SELECT MAX(s.id) FROM LoginAttempt s"
            + " WHERE s.remoteAddress = :key AND s.success = TRUE), 0)")
public class LoginAttempt {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "attempted_at", nullable = false)
  private Instant attemptedAt;

  @Column(nullable = false, length = 254)
  private String login;

  @Column(name = "remote_address", nullable = false, length = 64)
  private String remoteAddress;

  private boolean success;

  protected LoginAttempt() {}

  LoginAttempt(Instant attemptedAt, String login, String remoteAddress, boolean success) {
    this.attemptedAt = attemptedAt;
    this.login = login.length() > 254 ? login.substring(0, 254) : login;
    this.remoteAddress = remoteAddress;
    this.success = success;
  }
}
