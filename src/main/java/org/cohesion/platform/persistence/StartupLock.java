package org.cohesion.platform.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import javax.sql.DataSource;

/**
 * A MariaDB named lock ({@code GET_LOCK}) held while one node migrates the schema and seeds it, so
 * that nodes starting together on an empty database do it once: the others wait, then find the work
 * done. Flyway's own lock covers the migration only, not the seeding after it. The lock belongs to
 * the connection that took it (released at {@link #close()}, or by the server if that node dies),
 * and its name holds the schema's, so that two schemas of one server do not wait on each other.
 */
public final class StartupLock implements AutoCloseable {
  private static final String NAME = "CONCAT(DATABASE(), '.cohesion-startup')";

  private final Connection connection;

  private StartupLock(Connection connection) {
    this.connection = connection;
  }

  /** Waits up to {@code wait} for the lock, on a connection of its own from {@code source}. */
  public static StartupLock acquire(DataSource source, Duration wait) throws SQLException {
    Connection connection = source.getConnection();
    try (PreparedStatement lock = connection.prepareStatement("SELECT GET_LOCK(" + NAME + ", ?)")) {
      lock.setLong(1, Math.max(1, wait.toSeconds()));
      try (ResultSet result = lock.executeQuery()) {
        if (result.next() && result.getInt(1) == 1) {
          return new StartupLock(connection);
        }
      }
      throw new SQLException(
          "Another node held the start-up lock for more than " + wait.toSeconds() + " s");
    } catch (SQLException | RuntimeException e) {
      connection.close();
      throw e;
    }
  }

  @Override
  public void close() throws SQLException {
    try (connection;
        PreparedStatement release =
            connection.prepareStatement("SELECT RELEASE_LOCK(" + NAME + ")")) {
      release.execute();
    }
  }
}
