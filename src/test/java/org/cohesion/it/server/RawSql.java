package org.cohesion.it.server;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.mariadb.jdbc.MariaDbDataSource;

/**
 * Plain SQL on the test database, outside any transaction, as someone with direct access to MariaDB
 * would alter the register. The append-only triggers are dropped for the tampering and put back
 * (with the migration's own definition) afterwards. It connects as the schema's owner (the
 * migration account): the application's own account may not drop or create triggers.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.NOT_SUPPORTED)
public class RawSql {

  DataSource dataSource;

  @PostConstruct
  void connectAsOwner() {
    Config config = ConfigProvider.getConfig();
    try {
      MariaDbDataSource owner =
          new MariaDbDataSource(config.getValue("cohesion.db.url", String.class));
      owner.setUser(config.getValue("cohesion.db.migration-user", String.class));
      owner.setPassword(config.getValue("cohesion.db.migration-password", String.class));
      dataSource = owner;
    } catch (SQLException e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
  }

  public int update(String sql, Object... params) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        s.setObject(i + 1, params[i]);
      }
      return s.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
  }

  public String string(String sql, Object... params) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        s.setObject(i + 1, params[i]);
      }
      try (ResultSet rs = s.executeQuery()) {
        return rs.next() ? rs.getString(1) : null;
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
  }

  /**
   * Keeps a copy of one entry, runs the tampering with the triggers dropped, then checks with
   * {@code check} and puts everything back as it was: the entry, and the triggers.
   */
  public void tamperWithEntry(long entryId, Runnable tampering, Runnable check) {
    String copy = "tamper_copy_" + entryId;
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement()) {
      s.execute("DROP TABLE IF EXISTS " + copy);
      s.execute("CREATE TABLE " + copy + " AS SELECT * FROM register_entry WHERE id = " + entryId);
      dropTriggers(s);
      try {
        tampering.run();
        check.run();
      } finally {
        s.execute("DELETE FROM register_entry WHERE id = " + entryId);
        s.execute("INSERT INTO register_entry SELECT * FROM " + copy);
        s.execute("DROP TABLE " + copy);
        createTriggers(s);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
  }

  /** Runs {@code work} with the triggers dropped, and puts them back. */
  public void withoutTriggers(Runnable work) {
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement()) {
      dropTriggers(s);
      try {
        work.run();
      } finally {
        createTriggers(s);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
  }

  private static void dropTriggers(Statement s) throws SQLException {
    s.execute("DROP TRIGGER IF EXISTS register_entry_no_update");
    s.execute("DROP TRIGGER IF EXISTS register_entry_no_delete");
  }

  // The same definitions as db/migration/V2__decisions.sql.
  private static void createTriggers(Statement s) throws SQLException {
    s.execute(
        "CREATE TRIGGER register_entry_no_update BEFORE UPDATE ON register_entry FOR EACH ROW"
            + " SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'register_entry is append-only'");
    s.execute(
        "CREATE TRIGGER register_entry_no_delete BEFORE DELETE ON register_entry FOR EACH ROW"
            + " SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'register_entry is append-only'");
  }
}
