package org.cohesion.platform.search;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import javax.sql.DataSource;
import org.cohesion.platform.persistence.Database;

/**
 * OpenSearch mode: which node applies the outbox to the shared index. A pass holds the lock of the
 * one {@code search_worker} row (V16) in a database transaction of its own from start to end; the
 * other nodes' passes skip it ({@code SKIP LOCKED}) rather than wait. The lock is MariaDB's: it
 * ends with the worker's transaction or its connection (a node that dies), so there is never a
 * second writer and no lease time to tune; the next pass of any node takes over.
 */
@ApplicationScoped
public class SearchWorker {
  @Resource(lookup = Database.JNDI_NAME)
  DataSource dataSource;

  /** The worker's turn: where the shared index is, and how to say where it is after the pass. */
  public static final class Turn implements AutoCloseable {
    private final Connection connection;
    private final Long mark;
    private final Instant appliedAt;

    private Turn(Connection connection, Long mark, Instant appliedAt) {
      this.connection = connection;
      this.mark = mark;
      this.appliedAt = appliedAt;
    }

    /** The highest outbox id applied to the shared index; empty when it was never built. */
    public Optional<Long> mark() {
      return Optional.ofNullable(mark);
    }

    public Optional<Instant> appliedAt() {
      return Optional.ofNullable(appliedAt);
    }

    /** Records the new mark; the lock is released at {@link #close()}. */
    public void done(long newMark, String holder) {
      try (PreparedStatement update =
          connection.prepareStatement(
              "UPDATE search_worker SET mark = ?, applied_at = NOW(6), holder = ? WHERE id = 1")) {
        update.setLong(1, newMark);
        update.setString(2, holder);
        update.executeUpdate();
        connection.commit();
      } catch (SQLException e) {
        throw new IllegalStateException("Search: cannot record the shared index's mark", e);
      }
    }

    @Override
    public void close() {
      try (connection) {
        connection.rollback(); // a no-op after done(); releases the lock after a failed pass
      } catch (SQLException e) {
        // The connection goes back to the pool or is dropped: the lock ends with it either way.
      }
    }
  }

  private static final String CLAIM_WAITING =
      "SELECT mark, applied_at FROM search_worker WHERE id = 1 FOR UPDATE";
  private static final String CLAIM = CLAIM_WAITING + " SKIP LOCKED";

  /**
   * This node's turn, or empty when another node is working ({@code wait} false, the timer's
   * passes). With {@code wait} a caller (a test, an operator's rebuild) waits for the worker to
   * finish its pass, within MariaDB's lock wait time-out.
   */
  public Optional<Turn> claim(boolean wait) {
    Connection connection = null;
    try {
      connection = dataSource.getConnection();
      connection.setAutoCommit(false);
      try (PreparedStatement select = connection.prepareStatement(wait ? CLAIM_WAITING : CLAIM)) {
        try (ResultSet row = select.executeQuery()) {
          if (!row.next()) {
            connection.rollback();
            connection.close();
            return Optional.empty();
          }
          long mark = row.getLong(1);
          Long markOrNull = row.wasNull() ? null : mark;
          Timestamp at = row.getTimestamp(2);
          return Optional.of(new Turn(connection, markOrNull, at == null ? null : at.toInstant()));
        }
      }
    } catch (SQLException e) {
      if (connection != null) {
        try {
          connection.close();
        } catch (SQLException ignored) {
          // already failing: the first exception says why
        }
      }
      throw new IllegalStateException("Search: cannot claim the outbox worker's row", e);
    }
  }
}
