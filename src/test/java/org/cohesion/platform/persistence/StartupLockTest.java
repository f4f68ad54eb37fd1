package org.cohesion.platform.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.cohesion.launcher.EmbeddedMariaDb;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mariadb.jdbc.MariaDbDataSource;

/**
 * Two nodes starting together on one empty database, as two callers of the start-up path against a
 * real MariaDB: each one checks whether the data is there and, if not, takes its time to load it.
 * Without the lock both see an empty table and both load; with it the second waits and finds the
 * first one's rows. The first loads only once it sees the second waiting for the lock, so the test
 * cannot pass by timing.
 */
class StartupLockTest {
  private static EmbeddedMariaDb db;
  private static MariaDbDataSource source;

  @BeforeAll
  static void startDatabase() throws Exception {
    db = EmbeddedMariaDb.start(Path.of("target", "startup-lock-test", "db").toAbsolutePath());
    source = new MariaDbDataSource(db.jdbcUrl());
    source.setUser(EmbeddedMariaDb.OWNER);
    source.setPassword(db.ownerPassword());
    try (Connection c = source.getConnection();
        Statement s = c.createStatement()) {
      s.execute("DROP TABLE IF EXISTS seed_probe");
      s.execute("CREATE TABLE seed_probe (node INT NOT NULL)");
    }
  }

  @AfterAll
  static void stopDatabase() {
    if (db != null) {
      db.stop();
    }
  }

  @Test
  void twoNodesStartingTogetherSeedOnce() throws Exception {
    CyclicBarrier together = new CyclicBarrier(2);
    ExecutorService nodes = Executors.newFixedThreadPool(2);
    try {
      List<Future<Boolean>> seeded = new ArrayList<>();
      for (int node = 1; node <= 2; node++) {
        int id = node;
        seeded.add(
            nodes.submit(
                () -> {
                  together.await();
                  try (StartupLock lock = StartupLock.acquire(source, Duration.ofSeconds(60))) {
                    return seedIfEmpty(id);
                  }
                }));
      }
      int seeders = 0;
      for (Future<Boolean> result : seeded) {
        seeders += result.get() ? 1 : 0;
      }
      assertEquals(1, seeders, "callers that found the table empty and seeded it");
      assertEquals(1, rows(), "rows seeded");
    } finally {
      nodes.shutdownNow();
    }
  }

  /** What a seeding observer does: load nothing if its part is there, else load it (slowly). */
  private static boolean seedIfEmpty(int node) throws SQLException, InterruptedException {
    if (rows() > 0) {
      return false;
    }
    // Load only once the other caller is seen waiting for the lock: without the lock it would be
    // looking at the empty table instead, nobody would ever wait, and this call would fail.
    awaitTheOtherWaitingForTheLock();
    try (Connection c = source.getConnection();
        Statement s = c.createStatement()) {
      s.executeUpdate("INSERT INTO seed_probe (node) VALUES (" + node + ")");
    }
    return true;
  }

  private static void awaitTheOtherWaitingForTheLock() throws SQLException, InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (waitingForTheLock() == 0) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("nobody waited for the start-up lock within 30 s");
      }
      Thread.sleep(20); // the polling interval of a bounded wait on the condition
    }
  }

  private static int waitingForTheLock() throws SQLException {
    try (Connection c = source.getConnection();
        Statement s = c.createStatement();
        ResultSet r =
            s.executeQuery(
                "SELECT COUNT(*) FROM information_schema.PROCESSLIST"
                    + " WHERE INFO LIKE 'SELECT GET_LOCK(%'")) {
      r.next();
      return r.getInt(1);
    }
  }

  private static int rows() throws SQLException {
    try (Connection c = source.getConnection();
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT COUNT(*) FROM seed_probe")) {
      r.next();
      return r.getInt(1);
    }
  }
}
