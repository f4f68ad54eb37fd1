package org.cohesion.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * V9__one_meeting on the demo year: a database of its own on the suite's MariaDB is migrated to V8,
 * given the rows the application seeded at V8 (src/test/resources/migration/demo-year-v8.sql,
 * dumped from the suite's database before V9 existed), then migrated to V9. No server: Flyway and
 * JDBC only. Before, 12 board meetings (66 attendance rows, 16 decisions) and 4 meetings (23
 * invitations), of which the CA of 29/02 and the bureau of 12/11 are the same sittings.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MeetingMigrationIT {
  private final String schema = "v9_" + UUID.randomUUID().toString().substring(0, 8);
  private Connection c;

  @BeforeAll
  void migrateTheDemoYear() throws Exception {
    String url = System.getProperty("cohesion.test.jdbcUrl");
    String user = System.getProperty("cohesion.test.adminUser");
    String password = System.getProperty("cohesion.test.adminPassword");
    String base = url.substring(0, url.lastIndexOf('/') + 1);
    try (Connection admin = DriverManager.getConnection(base, user, password);
        Statement s = admin.createStatement()) {
      s.execute(
          "CREATE DATABASE `" + schema + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
    }
    String schemaUrl = base + schema;
    flyway(schemaUrl, user, password, "8").migrate();
    c = DriverManager.getConnection(schemaUrl, user, password);
    try (Statement s = c.createStatement()) {
      s.execute("SET FOREIGN_KEY_CHECKS = 0");
      for (String insert : statements("/migration/demo-year-v8.sql")) {
        s.execute(insert);
      }
      s.execute("SET FOREIGN_KEY_CHECKS = 1");
    }
    assertEquals(12, count("SELECT COUNT(*) FROM board_meeting"), "the fixture's board meetings");
    assertEquals(66, count("SELECT COUNT(*) FROM meeting_attendance"));
    assertEquals(23, count("SELECT COUNT(*) FROM invitation"));
    flyway(schemaUrl, user, password, "9").migrate();
  }

  @AfterAll
  void dropTheSchema() throws SQLException {
    if (c != null) {
      try (Statement s = c.createStatement()) {
        s.execute("DROP DATABASE `" + schema + "`");
      }
      c.close();
    }
  }

  @Test
  void everyBoardMeetingIsAMeetingAndTheTwoSameSittingsAreOne() throws SQLException {
    // 4 meetings, plus the 10 board meetings that had no meeting that day.
    assertEquals(14, count("SELECT COUNT(*) FROM meeting"));
    assertEquals(
        12, count("SELECT COUNT(*) FROM meeting WHERE former_board_meeting_id IS NOT NULL"));
    assertEquals(
        0,
        count(
            "SELECT COUNT(*) FROM (SELECT body_id, DATE(starts_at) FROM meeting"
                + " WHERE body_id IS NOT NULL GROUP BY body_id, DATE(starts_at)"
                + " HAVING COUNT(*) > 1) twice"),
        "one meeting per body and day");
    assertEquals(
        List.of("Conseil d'administration — programme 2008|17:00|7"),
        strings(
            "SELECT CONCAT(m.title, '|', TIME_FORMAT(m.starts_at, '%H:%i'), '|', m.electorate)"
                + " FROM meeting m JOIN body b ON b.id = m.body_id"
                + " WHERE b.code = 'CA' AND DATE(m.starts_at) = '2008-02-29'"),
        "the CA of 29/02 keeps its minutes' title and hours, and takes the register's electorate");
    assertEquals(
        0,
        count(
            "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = DATABASE()"
                + " AND table_name IN ('board_meeting', 'invitation', 'v9_meeting_map')"));
  }

  @Test
  void oneAttendanceListWithNoRowLost() throws SQLException {
    // 23 invitations, plus the 66 - 11 register rows of members the minutes did not list.
    assertEquals(78, count("SELECT COUNT(*) FROM meeting_attendance"));
    assertEquals(
        List.of(
            "Corinne Euzet PRESENT",
            "Henri Bellemare PRESENT",
            "Jean-Claude Roch EXCUSED",
            "Karine Théodose PRESENT",
            "Murielle Anselme PRESENT",
            "Rodolphe Célestine PRESENT",
            "Éric Dorival PRESENT"),
        strings(
            "SELECT CONCAT(p.full_name, ' ', t.presence) FROM meeting_attendance t"
                + " JOIN meeting m ON m.id = t.meeting_id JOIN body b ON b.id = m.body_id"
                + " JOIN member p ON p.id = t.member_id"
                + " WHERE b.code = 'CA' AND DATE(m.starts_at) = '2008-02-29'"
                + " ORDER BY p.full_name COLLATE utf8mb4_bin"),
        "one attendance list for the CA of 29/02");
    // The AG's proxies came across with their holders.
    assertEquals(
        List.of("Gilles Marie-Sainte → Rodolphe Célestine", "Line Saint-Prix → Sylvie Rosemond"),
        strings(
            "SELECT CONCAT(p.full_name, ' → ', h.full_name) FROM meeting_attendance t"
                + " JOIN meeting m ON m.id = t.meeting_id JOIN body b ON b.id = m.body_id"
                + " JOIN member p ON p.id = t.member_id JOIN member h ON h.id = t.proxy_holder_id"
                + " WHERE b.code = 'AG' AND t.presence = 'REPRESENTED' ORDER BY p.full_name"));
  }

  @Test
  void decisionsPointAtTheirMeetingByItsKey() throws SQLException {
    assertEquals(16, count("SELECT COUNT(*) FROM decision"));
    assertEquals(
        16,
        count(
            "SELECT COUNT(*) FROM decision d JOIN meeting m ON m.id = d.meeting_id"
                + " WHERE m.body_id = d.body_id AND DATE(m.starts_at) = d.held_on"));
    // The decisions of the CA of 29/02 and of the bureau of 12/11 are on the minutes' meetings.
    assertEquals(
        4,
        count(
            "SELECT COUNT(*) FROM decision d JOIN minutes n ON n.meeting_id = d.meeting_id"
                + " WHERE n.edition = 1"));
    // The register is untouched: its entries still name the board meeting of their time.
    assertEquals(
        0,
        count(
            "SELECT COUNT(*) FROM register_entry e WHERE e.meeting_id IS NOT NULL AND NOT EXISTS"
                + " (SELECT 1 FROM meeting m WHERE m.former_board_meeting_id = e.meeting_id)"));
    assertTrue(
        count(
                "SELECT COUNT(*) FROM information_schema.referential_constraints"
                    + " WHERE constraint_schema = DATABASE() AND constraint_name ="
                    + " 'fk_decision_meeting' AND referenced_table_name = 'meeting'")
            == 1,
        "decision.meeting_id is a foreign key to meeting");
  }

  private static Flyway flyway(String url, String user, String password, String target) {
    return Flyway.configure(MeetingMigrationIT.class.getClassLoader())
        .dataSource(url, user, password)
        .locations("classpath:db/migration")
        .target(target)
        .load();
  }

  private static List<String> statements(String resource) throws IOException {
    try (InputStream in = MeetingMigrationIT.class.getResourceAsStream(resource)) {
      String sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      List<String> out = new ArrayList<>();
      for (String line : sql.split("\n")) {
        if (line.startsWith("INSERT")) {
          out.add(line.substring(0, line.lastIndexOf(';')));
        }
      }
      return out;
    }
  }

  private long count(String sql) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private List<String> strings(String sql) throws SQLException {
    List<String> out = new ArrayList<>();
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      while (rs.next()) {
        out.add(rs.getString(1));
      }
    }
    return out;
  }
}
