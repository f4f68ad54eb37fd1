package org.cohesion.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.apache.shiro.SecurityUtils;
import org.apache.shiro.authc.AuthenticationException;
import org.apache.shiro.authc.DisabledAccountException;
import org.apache.shiro.authc.UsernamePasswordToken;
import org.apache.shiro.subject.Subject;
import org.cohesion.platform.audit.AuditLog;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Signs people in and out. After {@code cohesion.login.max-failures} failed attempts in a row for
 * one login or from one address, further attempts are refused without checking the password, for
 * {@code cohesion.login.lock-minutes}. Every outcome is written to the audit log.
 */
@ApplicationScoped
public class LoginService {

  /** What became of a sign-in attempt. */
  public enum Outcome {
    SIGNED_IN,
    BAD_CREDENTIALS,
    DISABLED,
    THROTTLED
  }

  @PersistenceContext EntityManager em;
  @Inject AuditLog audit;
  @Inject AccountDirectory accounts;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "cohesion.login.max-failures", defaultValue = "5")
  int maxFailures;

  @Inject
  @ConfigProperty(name = "cohesion.login.lock-minutes", defaultValue = "15")
  int lockMinutes;

  /**
   * Signs the current subject in. On success the preferred language of the account is returned in
   * the result; the caller must then renew the session id (see {@code LoginPage}). The attempt is
   * recorded in the same transaction as the sign-in.
   */
  @Transactional
  public Result login(String login, String password, String address) {
    String key = login == null ? "" : login.strip().toLowerCase(Locale.ROOT);
    String from = address == null ? "unknown" : address;
    if (isThrottled(key, from)) {
      record(key, from, false);
      audit.recordSecurityEvent(key, "LOGIN_THROTTLED", null, from);
      return new Result(Outcome.THROTTLED, null);
    }
    Subject subject = SecurityUtils.getSubject();
    try {
      subject.login(new UsernamePasswordToken(key, password == null ? "" : password));
    } catch (DisabledAccountException e) {
      record(key, from, false);
      audit.recordSecurityEvent(key, "LOGIN_DISABLED_ACCOUNT", null, from);
      return new Result(Outcome.DISABLED, null);
    } catch (AuthenticationException e) {
      record(key, from, false);
      audit.recordSecurityEvent(key, "LOGIN_FAILED", null, from);
      return new Result(Outcome.BAD_CREDENTIALS, null);
    }
    record(key, from, true);
    AccountPrincipal principal = (AccountPrincipal) subject.getPrincipal();
    String language = accounts.recordLogin(principal.accountId());
    audit.recordSecurityEvent(key, "LOGIN", null, from);
    return new Result(Outcome.SIGNED_IN, language);
  }

  public void logout(String address) {
    Subject subject = SecurityUtils.getSubject();
    if (subject.getPrincipal() instanceof AccountPrincipal principal) {
      audit.recordSecurityEvent(principal.login(), "LOGOUT", null, address);
    }
    subject.logout();
  }

  boolean isThrottled(String login, String address) {
    Instant since = clock.instant().minus(Duration.ofMinutes(lockMinutes));
    return count("LoginAttempt.failuresForLogin", login, since) >= maxFailures
        || count("LoginAttempt.failuresFromAddress", address, since) >= maxFailures;
  }

  private long count(String query, String key, Instant since) {
    return em.createNamedQuery(query, Long.class)
        .setParameter("key", key)
        .setParameter("since", since)
        .getSingleResult();
  }

  private void record(String login, String address, boolean success) {
    em.persist(new LoginAttempt(clock.instant(), login, address, success));
  }

  /** The outcome, and the preferred language ("fr", "en") when signed in. */
  public record Result(Outcome outcome, String language) {}
}
