package org.cohesion.platform.demo;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.cohesion.platform.persistence.DatabaseReady;

/**
 * The one entry point of the demo data set: {@link #run()} fires {@link DemoSeeding}, which the
 * features observe in order. The platform knows no feature: each one seeds its own part.
 */
@ApplicationScoped
public class DemoSeed {
  private static final Logger LOG = Logger.getLogger(DemoSeed.class.getName());

  /** The documented password of every demo account (README.md). */
  public static final String PASSWORD = "cohesion-demo-2008";

  @Inject Event<DemoSeeding> seeding;

  /** Before the first administrator (200), so that a demo installation keeps its own. */
  void onReady(@Observes @Priority(100) DatabaseReady ready) {
    if (ready.isDemo()) {
      run();
    }
  }

  /** Seeds every feature's part of the demo year; each part is loaded at most once. */
  public void run() {
    long started = System.nanoTime();
    seeding.fire(new DemoSeeding());
    LOG.info(
        () ->
            "Demo year seeded in "
                + (System.nanoTime() - started) / 1_000_000
                + " ms. Password of every demo account: "
                + PASSWORD);
  }
}
