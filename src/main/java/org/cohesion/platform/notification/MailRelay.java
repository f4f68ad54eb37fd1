package org.cohesion.platform.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Empties the outbox: right after a transaction that queued emails commits, and every minute for
 * the retries (both through {@link MailJobs}, off the person's request). Any node may run it at any
 * time: the rows are claimed one by one (see {@link OutboxSender}). Failures are logged and retried
 * later, never thrown at a user.
 */
@ApplicationScoped
public class MailRelay {
  private static final Logger LOG = Logger.getLogger(MailRelay.class.getName());

  /** At most this many emails per run; the next run takes the rest. */
  static final int BATCH = 200;

  @Inject MailSettings settings;
  @Inject OutboxSender sender;

  @Inject MailJobs jobs;

  void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) MailQueued queued) {
    try {
      jobs.deliverSoon();
    } catch (RuntimeException e) {
      LOG.log(Level.INFO, "Emails left for the next run of the relay", e);
    }
  }

  /**
   * Sends the due emails; stops at the first failure (the server is probably away: the others keep
   * their turn for the next run). Answers how many were sent.
   */
  public int deliverDue() {
    if (!settings.enabled()) {
      return 0;
    }
    int sent = 0;
    try {
      for (int i = 0; i < BATCH; i++) {
        OutboxSender.Outcome outcome = sender.sendNext();
        if (outcome != OutboxSender.Outcome.SENT) {
          break;
        }
        sent++;
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "The mail relay stopped; it runs again within a minute", e);
    }
    return sent;
  }
}
