package org.cohesion.launcher;

import java.nio.file.Path;

/**
 * The embedded MariaDB alone in a JVM of its own, for {@link EmbeddedMariaDbCrashTest}: starts it
 * on the data directory given as argument, says so on stdout, then waits to be killed.
 */
public final class EmbeddedMariaDbChild {
  private EmbeddedMariaDbChild() {}

  public static void main(String[] args) throws Exception {
    EmbeddedMariaDb db = EmbeddedMariaDb.start(Path.of(args[0]));
    Runtime.getRuntime().addShutdownHook(new Thread(db::stop));
    System.out.println(EmbeddedMariaDbCrashTest.READY + db.port());
    System.out.flush();
    // Idle until the test kills this JVM (SIGKILL) or stops it (SIGTERM): no time is waited for.
    new java.util.concurrent.CountDownLatch(1).await();
  }
}
