package org.cohesion.platform.persistence;

import jakarta.ejb.Asynchronous;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Announces {@link DatabaseReady} on a thread of the EJB container, so that the demo data set is
 * loaded while the deployment finishes and after it, not before the server answers: no first page
 * needs it, and on a first start it took several seconds. Each observer commits its own
 * transaction; a sign-in with a demo account succeeds once the people are in (the log says « Demo
 * data loaded »).
 *
 * <p>An asynchronous EJB rather than a task given to the ManagedExecutorService, for the reason
 * given in {@code MailJobs}: the task would share the submitter's component invocation.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class BackgroundSeeding {
  private static final Logger LOG = Logger.getLogger(BackgroundSeeding.class.getName());

  @Inject Event<DatabaseReady> ready;

  @Asynchronous
  public void announce(DatabaseReady event, DataSource lockSource) {
    long started = System.nanoTime();
    // Under the start-up lock again: a node starting meanwhile waits until this seed is in.
    try (StartupLock lock = StartupLock.acquire(lockSource, Startup.WAIT)) {
      ready.fire(event);
      LOG.info(
          () ->
              "Seeding after start-up done in "
                  + (System.nanoTime() - started) / 1_000_000
                  + " ms");
    } catch (SQLException | RuntimeException e) {
      LOG.log(Level.SEVERE, "Seeding after start-up failed; the next start tries again", e);
    }
  }
}
