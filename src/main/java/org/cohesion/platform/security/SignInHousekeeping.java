package org.cohesion.platform.security;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Logger;

/**
 * Keeps the sign-in throttle's tables from growing for ever: scanners try thousands of logins and
 * addresses, each leaving a {@code login_attempt} row and two {@code login_throttle} rows. Attempts
 * older than the longest throttle window (plus a day) count for nothing any more (see {@link
 * ThrottleRule}; the audit log keeps the history), and neither do lock rows made before that.
 *
 * <p>Hourly on every node, which is harmless: the deletes are idempotent, in batches, each in a
 * short transaction of its own. A lock row deleted while a sign-in is between {@link
 * LoginThrottleRows#ensure} and its locking read leaves that one attempt unserialised; the key had
 * no attempt within the window, so there is nothing it could slip past.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SignInHousekeeping {

  private static final Logger LOG = Logger.getLogger(SignInHousekeeping.class.getName());
  static final int BATCH = 5_000;

  @Inject LoginService login;
  @Inject Batches batches;
  @Inject Clock clock;

  @Schedule(hour = "*", minute = "41", persistent = false)
  void hourly() {
    purge();
  }

  /** Deletes what no longer counts; answers how many rows went. */
  public long purge() {
    ThrottleRule rule = login.rule();
    Duration longest =
        rule.loginWindow().compareTo(rule.addressWindow()) > 0
            ? rule.loginWindow()
            : rule.addressWindow();
    Instant before = clock.instant().minus(longest).minus(Duration.ofDays(1));
    long removed = 0;
    int batch;
    do {
      batch =
          batches.delete("DELETE FROM login_attempt WHERE attempted_at < ? LIMIT " + BATCH, before);
      removed += batch;
    } while (batch == BATCH);
    do {
      batch =
          batches.delete("DELETE FROM login_throttle WHERE created_at < ? LIMIT " + BATCH, before);
      removed += batch;
    } while (batch == BATCH);
    if (removed > 0) {
      long total = removed;
      LOG.info(() -> "Sign-in housekeeping: " + total + " rows older than " + before + " removed");
    }
    return removed;
  }

  /** One batch, one transaction: never a long lock on the tables a sign-in needs. */
  @jakarta.enterprise.context.ApplicationScoped
  public static class Batches {
    @PersistenceContext EntityManager em;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int delete(String sql, Instant before) {
      return em.createNativeQuery(sql)
          .setParameter(1, java.sql.Timestamp.from(before))
          .executeUpdate();
    }
  }
}
