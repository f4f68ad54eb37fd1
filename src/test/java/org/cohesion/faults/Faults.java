package org.cohesion.faults;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.cohesion.it.WebClient;
import org.cohesion.launcher.EmbeddedMariaDb;

/** What the fault tests share: the demo accounts, SQL as a monitoring account, the minutes form. */
final class Faults {
  static final String MONITOR = "cohesion_test";
  static final String UNAVAILABLE_FR = "Service temporairement indisponible";
  static final String UNAVAILABLE_EN = "Service temporarily unavailable";

  private Faults() {}

  static Path freshDir(String name) throws IOException {
    Path dir =
        Path.of(System.getProperty("cohesion.test.dir", "target"), "faults-it", name)
            .toAbsolutePath();
    deleteRecursively(dir);
    Files.createDirectories(dir);
    return dir;
  }

  /**
   * An account of the test's own with every privilege, to read InnoDB's transactions and to check
   * the data; the application's accounts may not, by design. Returns its password.
   */
  static String createMonitor(EmbeddedMariaDb db) throws Exception {
    String password = UUID.randomUUID().toString().replace("-", "");
    db.runAsAdministrator(
        "CREATE USER IF NOT EXISTS '"
            + MONITOR
            + "'@'%' IDENTIFIED BY '"
            + password
            + "';\nGRANT ALL PRIVILEGES ON *.* TO '"
            + MONITOR
            + "'@'%';\n");
    return password;
  }

  static Connection connect(int port, String password) throws SQLException {
    return DriverManager.getConnection(
        "jdbc:mariadb://127.0.0.1:" + port + "/" + EmbeddedMariaDb.DATABASE, MONITOR, password);
  }

  static long longValue(Connection c, String sql, Object... parameters) throws SQLException {
    List<List<Object>> rows = rows(c, sql, parameters);
    Object value = rows.isEmpty() ? null : rows.get(0).get(0);
    return value == null ? 0 : ((Number) value).longValue();
  }

  static List<List<Object>> rows(Connection c, String sql, Object... parameters)
      throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        s.setObject(i + 1, parameters[i]);
      }
      try (ResultSet r = s.executeQuery()) {
        List<List<Object>> rows = new ArrayList<>();
        int columns = r.getMetaData().getColumnCount();
        while (r.next()) {
          List<Object> row = new ArrayList<>();
          for (int i = 1; i <= columns; i++) {
            row.add(r.getObject(i));
          }
          rows.add(row);
        }
        return rows;
      }
    }
  }

  /** The one draft edition of the demo minutes, which manselme co-writes. */
  static long draftMinutes(Connection c) throws SQLException {
    return longValue(c, "SELECT MIN(id) FROM minutes WHERE status = 'DRAFT'");
  }

  /**
   * The Ajax post of the minutes editor's "Save" with {@code html} as the first section's text and
   * every other field as the page holds it.
   */
  static Map<String, String> saveFields(String page, String html, String summary) {
    Map<String, String> fields =
        new LinkedHashMap<>(new WebClient.Page("", page).fields("minutes"));
    String text =
        fields.keySet().stream()
            .filter(k -> k.endsWith(":text_input"))
            .findFirst()
            .orElseThrow(() -> new IllegalStateException("No section text in the form"));
    fields.put(text, html);
    fields.replaceAll((k, v) -> k.endsWith(":summary") ? summary : v);
    fields.put("minutes", "minutes");
    fields.put("minutes:save", "minutes:save");
    fields.put("jakarta.faces.source", "minutes:save");
    fields.put("jakarta.faces.partial.execute", "minutes");
    fields.put("jakarta.faces.partial.render", "minutes");
    return fields;
  }

  /** Whether a save's partial response says it was saved ("Enregistré (version n)"). */
  static boolean saved(int status, String body) {
    return status == 200
        && body.contains("<partial-response")
        && !body.contains("<error>")
        && body.contains("Enregistré (version");
  }

  /** Waits for {@code condition}, polling, at most {@code millis}; false if it never held. */
  static boolean await(long millis, BooleanSupplier condition) {
    long deadline = System.nanoTime() + millis * 1_000_000;
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        return false;
      }
      try {
        Thread.sleep(50); // the polling interval of a bounded wait on the condition
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    return true;
  }

  static void deleteRecursively(Path path) throws IOException {
    if (!Files.exists(path)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(path)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }
}
