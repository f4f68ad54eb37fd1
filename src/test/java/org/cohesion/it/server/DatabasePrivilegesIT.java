package org.cohesion.it.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.cohesion.platform.persistence.Database;
import org.junit.jupiter.api.Test;

/**
 * Least privilege: the account behind the application's pool reads and writes rows, and nothing
 * more. A flaw in the application (an injected statement) cannot drop or alter a table, nor lift
 * the append-only triggers of the audit log and the register.
 */
class DatabasePrivilegesIT extends ServerTestBase {
  /** ER_TABLEACCESS_DENIED_ERROR, ER_DBACCESS_DENIED_ERROR, ER_SPECIFIC_ACCESS_DENIED_ERROR. */
  private static final Set<Integer> ACCESS_DENIED = Set.of(1142, 1044, 1227);

  @Resource(lookup = Database.JNDI_NAME)
  DataSource dataSource;

  @Test
  void theRuntimeAccountCannotDropATable() {
    assertDenied("DROP TABLE theme");
    assertDenied("DROP TABLE IF EXISTS audit_event");
  }

  @Test
  void theRuntimeAccountCannotAlterATable() {
    assertDenied("ALTER TABLE theme ADD COLUMN intruder INT");
    assertDenied("CREATE TABLE intruder (id INT)");
  }

  @Test
  void theRuntimeAccountCannotReplaceTheAppendOnlyTriggers() {
    assertDenied("DROP TRIGGER audit_event_no_update");
    assertDenied(
        "CREATE TRIGGER intruder BEFORE INSERT ON theme FOR EACH ROW SET NEW.position = 0");
  }

  @Test
  void theRuntimeAccountReadsAndWritesRows() throws SQLException {
    String code = "privileges-" + UUID.randomUUID().toString().substring(0, 8);
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try {
        try (PreparedStatement insert =
            c.prepareStatement(
                "INSERT INTO theme (code, label_fr, label_en) VALUES (?, 'Essai', 'Trial')")) {
          insert.setString(1, code);
          assertEquals(1, insert.executeUpdate());
        }
        try (PreparedStatement lock =
            c.prepareStatement("SELECT label_fr FROM theme WHERE code = ? FOR UPDATE")) {
          lock.setString(1, code);
          try (ResultSet rs = lock.executeQuery()) {
            assertTrue(rs.next());
            assertEquals("Essai", rs.getString(1));
          }
        }
        try (PreparedStatement update =
            c.prepareStatement("UPDATE theme SET label_fr = 'Essai 2' WHERE code = ?")) {
          update.setString(1, code);
          assertEquals(1, update.executeUpdate());
        }
        try (PreparedStatement delete = c.prepareStatement("DELETE FROM theme WHERE code = ?")) {
          delete.setString(1, code);
          assertEquals(1, delete.executeUpdate());
        }
      } finally {
        c.rollback();
        c.setAutoCommit(true);
      }
    }
  }

  private void assertDenied(String sql) {
    SQLException e =
        assertThrows(
            SQLException.class,
            () -> {
              try (Connection c = dataSource.getConnection();
                  Statement s = c.createStatement()) {
                s.execute(sql);
              }
            },
            sql);
    assertTrue(
        ACCESS_DENIED.contains(e.getErrorCode()),
        sql + ": expected access denied, got " + e.getErrorCode() + " " + e.getMessage());
  }
}
