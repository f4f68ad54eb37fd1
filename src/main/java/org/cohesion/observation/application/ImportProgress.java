package org.cohesion.observation.application;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;
import org.cohesion.platform.persistence.Database;

/**
 * Progress of a commit, in short transactions of their own (REQUIRES_NEW) beside the commit's long
 * one, in a table of its own: any node answers the page's polling from the database. Nothing is
 * kept in memory.
 */
@ApplicationScoped
public class ImportProgress {

  /** Where a commit stands: values handled out of the total, and its phase. */
  public record Status(int done, int total, String phase) {
    public int percent() {
      return total == 0 ? 0 : (int) Math.min(100, (done * 100L) / total);
    }
  }

  @Resource(lookup = Database.JNDI_NAME)
  DataSource dataSource;

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void report(long batchId, int done, int total, String phase) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "INSERT INTO import_progress (batch_id, rows_done, rows_total, phase, updated_at)"
                    + " VALUES (?, ?, ?, ?, CURRENT_TIMESTAMP(3)) ON DUPLICATE KEY UPDATE"
                    + " rows_done = VALUES(rows_done), rows_total = VALUES(rows_total),"
                    + " phase = VALUES(phase), updated_at = VALUES(updated_at)")) {
      s.setLong(1, batchId);
      s.setInt(2, done);
      s.setInt(3, total);
      s.setString(4, phase);
      s.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public Optional<Status> read(long batchId) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "SELECT rows_done, rows_total, phase FROM import_progress WHERE batch_id = ?")) {
      s.setLong(1, batchId);
      try (ResultSet rs = s.executeQuery()) {
        return rs.next()
            ? Optional.of(new Status(rs.getInt(1), rs.getInt(2), rs.getString(3)))
            : Optional.empty();
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
