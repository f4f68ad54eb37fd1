package org.cohesion.platform.notification;

import jakarta.ejb.Asynchronous;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * When the relay runs: at once after a commit that queued emails, on a thread of the EJB container
 * (the person's request does not wait for SMTP), and every minute on every node for the retries and
 * for anything left behind by a node that stopped. The timer is not persistent (nothing is stored
 * by the server): the outbox rows are the state.
 *
 * <p>Why an asynchronous EJB rather than a task given to the ManagedExecutorService: Payara hands
 * such a task the submitter's component invocation, and the end of the task closed the request's
 * non-transactional EntityManager while the request still used it (seen in NotificationsIT). An
 * asynchronous EJB call runs under an invocation of its own.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MailJobs {

  @Inject MailRelay relay;

  @Asynchronous
  public void deliverSoon() {
    relay.deliverDue();
  }

  @Schedule(hour = "*", minute = "*", persistent = false)
  void everyMinute() {
    relay.deliverDue();
  }
}
