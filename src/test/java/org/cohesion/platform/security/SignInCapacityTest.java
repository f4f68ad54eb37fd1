package org.cohesion.platform.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** Beyond the node's limit, a password check is not run: the attempt is told to come back. */
class SignInCapacityTest {

  private static SignInCapacity capacity(int checks) {
    SignInCapacity capacity = new SignInCapacity();
    capacity.concurrentChecks = checks;
    capacity.waitMillis = 50;
    capacity.init();
    return capacity;
  }

  @Test
  void aCheckBeyondTheLimitIsNotRunAndOneWithinItIs() throws Exception {
    SignInCapacity capacity = capacity(1);
    CountDownLatch running = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    Thread busy =
        new Thread(
            () ->
                capacity.run(
                    () -> {
                      running.countDown();
                      try {
                        release.await();
                      } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                      }
                    }));
    busy.start();
    assertTrue(running.await(10, TimeUnit.SECONDS));
    AtomicBoolean ran = new AtomicBoolean();
    assertFalse(capacity.run(() -> ran.set(true)));
    assertFalse(ran.get());
    release.countDown();
    busy.join(10_000);
    assertTrue(capacity.run(() -> ran.set(true)));
    assertTrue(ran.get());
  }
}
