package org.cohesion.platform.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How many password checks this node runs at once. An argon2id check costs tens of megabytes and a
 * good part of a core: a burst of sign-ins, honest or not, must not starve the node. Beyond the
 * limit an attempt waits a moment, then is told to try again (it is not a failure).
 *
 * <p>This is the one piece of sign-in state held in JVM memory, on purpose: it protects this node's
 * CPU and memory, a per-node resource, and shares nothing between nodes. Throttling, which must
 * hold across the cluster, is in the database (see {@link LoginService}).
 */
@ApplicationScoped
public class SignInCapacity {

  @Inject
  @ConfigProperty(name = "cohesion.login.concurrent-checks", defaultValue = "4")
  int concurrentChecks;

  @Inject
  @ConfigProperty(name = "cohesion.login.check-wait-millis", defaultValue = "2000")
  long waitMillis;

  private Semaphore permits;

  @PostConstruct
  void init() {
    permits = new Semaphore(Math.max(1, concurrentChecks), true);
  }

  /** Runs the check if a slot frees up in time; answers false, without running it, otherwise. */
  public boolean run(Runnable check) {
    boolean acquired;
    try {
      acquired = permits.tryAcquire(waitMillis, TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
    if (!acquired) {
      return false;
    }
    try {
      check.run();
      return true;
    } finally {
      permits.release();
    }
  }
}
