package org.cohesion.platform.security;

import jakarta.annotation.PostConstruct;
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
import org.apache.shiro.authc.ExpiredCredentialsException;
import org.apache.shiro.authc.UsernamePasswordToken;
import org.apache.shiro.subject.Subject;
import org.cohesion.platform.audit.AuditLog;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Signs people in and out, under the {@link ThrottleRule} built from the {@code cohesion.login.*}
 * settings: growing delays per login, a sliding-window limit per address. Refused attempts are
 * audited as LOGIN_THROTTLED and never counted as failures.
 *
 * <p>The check and the record happen in one transaction that first locks the login's and the
 * address's rows of {@code login_throttle} (SELECT … FOR UPDATE, login first, then address, always
 * in that order so two attempts cannot wait on each other). Parallel attempts for one login, on any
 * node of a cluster, are therefore checked one after the other, each seeing the failures the
 * previous one recorded.
 */
@ApplicationScoped
public class LoginService {

  /** What became of a sign-in attempt. */
  public enum Outcome {
    SIGNED_IN,
    BAD_CREDENTIALS,
    DISABLED,
    /** The right one-time password, past its expiry: an administrator must set a new one. */
    EXPIRED,
    THROTTLED,
    /** Too many password checks running on this node: try again in a moment. */
    BUSY
  }

  @PersistenceContext EntityManager em;
  @Inject AuditLog audit;
  @Inject AccountDirectory accounts;
  @Inject LoginThrottleRows rows;
  @Inject SignInCapacity capacity;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "cohesion.login.max-failures", defaultValue = "5")
  int maxFailures;

  @Inject
  @ConfigProperty(name = "cohesion.login.first-delay-seconds", defaultValue = "30")
  long firstDelaySeconds;

  @Inject
  @ConfigProperty(name = "cohesion.login.max-delay-minutes", defaultValue = "15")
  long maxDelayMinutes;

  @Inject
  @ConfigProperty(name = "cohesion.login.window-hours", defaultValue = "24")
  long windowHours;

  @Inject
  @ConfigProperty(name = "cohesion.login.max-address-failures", defaultValue = "20")
  int maxAddressFailures;

  @Inject
  @ConfigProperty(name = "cohesion.login.address-window-minutes", defaultValue = "15")
  long addressWindowMinutes;

  private ThrottleRule rule;

  @PostConstruct
  void init() {
    rule =
        new ThrottleRule(
            maxFailures,
            Duration.ofSeconds(firstDelaySeconds),
            Duration.ofMinutes(maxDelayMinutes),
            Duration.ofHours(windowHours),
            maxAddressFailures,
            Duration.ofMinutes(addressWindowMinutes));
  }

  public ThrottleRule rule() {
    return rule;
  }

  /**
   * Signs the current subject in. On success the result carries the account's preferred language
   * and whether it must choose a new password first; the caller must then renew the session id (see
   * {@code LoginPage}). The attempt is recorded in the same transaction as the check.
   */
  @Transactional
  public Result login(String login, String password, String address) {
    String key = login == null ? "" : login.strip().toLowerCase(Locale.ROOT);
    String from = address == null ? "unknown" : address;
    String loginRow = "login:" + key;
    String addressRow = "address:" + from;
    // Before anything else in this transaction: see LoginThrottleRows.
    rows.ensure(loginRow, addressRow);
    lock(loginRow);
    lock(addressRow);
    if (isThrottled(key, from)) {
      audit.recordSecurityEvent(key, "LOGIN_THROTTLED", null, from);
      return new Result(Outcome.THROTTLED, null, false);
    }
    Subject subject = SecurityUtils.getSubject();
    Outcome[] outcome = {null};
    boolean checked =
        capacity.run(() -> outcome[0] = check(subject, key, password == null ? "" : password));
    if (!checked) {
      audit.recordSecurityEvent(key, "LOGIN_BUSY", null, from);
      return new Result(Outcome.BUSY, null, false);
    }
    if (outcome[0] != Outcome.SIGNED_IN) {
      record(key, from, false);
      audit.recordSecurityEvent(key, auditAction(outcome[0]), null, from);
      return new Result(outcome[0], null, false);
    }
    record(key, from, true);
    AccountPrincipal principal = (AccountPrincipal) subject.getPrincipal();
    AccountDirectory.SignedIn signedIn = accounts.recordLogin(principal.accountId());
    audit.recordSecurityEvent(key, "LOGIN", null, from);
    return new Result(Outcome.SIGNED_IN, signedIn.language(), signedIn.mustChangePassword());
  }

  private static Outcome check(Subject subject, String login, String password) {
    try {
      subject.login(new UsernamePasswordToken(login, password));
      return Outcome.SIGNED_IN;
    } catch (DisabledAccountException e) {
      return Outcome.DISABLED;
    } catch (ExpiredCredentialsException e) {
      return Outcome.EXPIRED;
    } catch (AuthenticationException e) {
      return Outcome.BAD_CREDENTIALS;
    }
  }

  private static String auditAction(Outcome outcome) {
    return switch (outcome) {
      case DISABLED -> "LOGIN_DISABLED_ACCOUNT";
      case EXPIRED -> "LOGIN_EXPIRED_PASSWORD";
      default -> "LOGIN_FAILED";
    };
  }

  public void logout(String address) {
    Subject subject = SecurityUtils.getSubject();
    if (subject.getPrincipal() instanceof AccountPrincipal principal) {
      audit.recordSecurityEvent(principal.login(), "LOGOUT", null, address);
    }
    subject.logout();
  }

  private void lock(String row) {
    em.createNativeQuery(
            "SELECT throttle_key FROM login_throttle WHERE throttle_key = ? FOR UPDATE")
        .setParameter(1, row)
        .getResultList();
  }

  /*
   * Read after the locks are held. The counts are plain (consistent) reads: InnoDB takes a
   * transaction's snapshot at its first consistent read, which comes after the locking reads
   * above, so the failures recorded by the attempt that held the lock before are seen.
   */
  private boolean isThrottled(String login, String address) {
    Instant now = clock.instant();
    long fromAddress =
        em.createNamedQuery("LoginAttempt.failuresFromAddress", Long.class)
            .setParameter("key", address)
            .setParameter("since", now.minus(rule.addressWindow()))
            .getSingleResult();
    if (rule.addressRefused(fromAddress)) {
      return true;
    }
    Object[] forLogin =
        em.createNamedQuery("LoginAttempt.failuresForLogin", Object[].class)
            .setParameter("key", login)
            .setParameter("since", now.minus(rule.loginWindow()))
            .getSingleResult();
    long failures = ((Number) forLogin[0]).longValue();
    return rule.loginRefused(failures, instant(forLogin[1]), now);
  }

  private static Instant instant(Object value) {
    return value instanceof java.sql.Timestamp timestamp ? timestamp.toInstant() : (Instant) value;
  }

  private void record(String login, String address, boolean success) {
    em.persist(new LoginAttempt(clock.instant(), login, address, success));
  }

  /**
   * The outcome; when signed in, the preferred language ("fr", "en") and whether the account signed
   * in with a one-time password it must change before anything else.
   */
  public record Result(Outcome outcome, String language, boolean mustChangePassword) {}
}
