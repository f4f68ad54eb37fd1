package org.cohesion.decisions.infrastructure;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.cohesion.decisions.domain.ChainReport;
import org.cohesion.decisions.domain.ChainWalk;
import org.cohesion.decisions.domain.EntryContent;

/**
 * Verifies the register straight from the database: for each body, streams its entries in id order
 * through {@link ChainWalk}, then checks the current view of its decisions against the replay. One
 * query per table and body, rows read forward only: 100,000 entries take about a second.
 */
public final class RegisterVerifier {

  private static final String ENTRIES =
      "SELECT id, body_id, chain_seq, kind, decision_no, corrects_id, meeting_id, held_on, title,"
          + " text, decision_type, unanimous, votes_for, votes_against, abstentions, themes,"
          + " minutes_ref, documents, public_entry, responsible_id, due_on, status, note,"
          + " recorded_at, recorded_by, demo, prev_hash, hash"
          + " FROM register_entry WHERE body_id = ? ORDER BY id";

  private static final String VIEW =
      "SELECT d.id, d.number, d.title, d.text, d.decision_type, d.unanimous, d.votes_for,"
          + " d.votes_against, d.abstentions,"
          + " (SELECT GROUP_CONCAT(t.code ORDER BY t.code SEPARATOR ',') FROM decision_theme dt"
          + " JOIN theme t ON t.id = dt.theme_id WHERE dt.decision_id = d.id),"
          + " d.public_decision, d.responsible_id, d.due_on, d.status"
          + " FROM decision d WHERE d.body_id = ? ORDER BY d.id";

  private static final String ALL_BODIES = "SELECT id, code FROM body ORDER BY position, id";
  private static final String ONE_BODY = "SELECT id, code FROM body WHERE id = ?";

  private RegisterVerifier() {}

  /** Every body's chain (or only {@code bodyId}'s when given), in the bodies' order. */
  public static List<ChainReport> verify(Connection connection, Long bodyId) throws SQLException {
    List<long[]> ids = new ArrayList<>();
    List<String> codes = new ArrayList<>();
    try (PreparedStatement bodies =
        connection.prepareStatement(bodyId == null ? ALL_BODIES : ONE_BODY)) {
      if (bodyId != null) {
        bodies.setLong(1, bodyId);
      }
      try (ResultSet rs = bodies.executeQuery()) {
        while (rs.next()) {
          ids.add(new long[] {rs.getLong(1)});
          codes.add(rs.getString(2));
        }
      }
    }
    List<ChainReport> reports = new ArrayList<>();
    for (int i = 0; i < ids.size(); i++) {
      reports.add(verifyBody(connection, ids.get(i)[0], codes.get(i)));
    }
    return reports;
  }

  static ChainReport verifyBody(Connection connection, long bodyId, String code)
      throws SQLException {
    ChainWalk walk = new ChainWalk(bodyId, code);
    try (PreparedStatement entries =
        connection.prepareStatement(
            ENTRIES, ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY)) {
      entries.setFetchSize(1000);
      entries.setLong(1, bodyId);
      try (ResultSet rs = entries.executeQuery()) {
        while (rs.next()) {
          EntryContent c =
              new EntryContent(
                  rs.getLong(2),
                  rs.getLong(3),
                  rs.getString(4),
                  rs.getString(5),
                  nullableLong(rs, 6),
                  nullableLong(rs, 7),
                  localDate(rs, 8),
                  rs.getString(9),
                  rs.getString(10),
                  rs.getString(11),
                  nullableBoolean(rs, 12),
                  nullableInt(rs, 13),
                  nullableInt(rs, 14),
                  nullableInt(rs, 15),
                  rs.getString(16),
                  rs.getString(17),
                  rs.getString(18),
                  nullableBoolean(rs, 19),
                  nullableLong(rs, 20),
                  localDate(rs, 21),
                  rs.getString(22),
                  rs.getString(23),
                  rs.getLong(24),
                  rs.getLong(25),
                  rs.getBoolean(26));
          if (!walk.accept(rs.getLong(1), c, rs.getString(27), rs.getString(28))) {
            return walk.report();
          }
        }
      }
    }
    try (PreparedStatement view =
        connection.prepareStatement(
            VIEW, ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY)) {
      view.setFetchSize(1000);
      view.setLong(1, bodyId);
      try (ResultSet rs = view.executeQuery()) {
        while (rs.next()) {
          String themes = rs.getString(10);
          ChainWalk.State state =
              new ChainWalk.State(
                  rs.getString(3),
                  rs.getString(4),
                  rs.getString(5),
                  rs.getBoolean(6),
                  rs.getInt(7),
                  rs.getInt(8),
                  rs.getInt(9),
                  themes == null ? "" : themes,
                  rs.getBoolean(11),
                  nullableLong(rs, 12),
                  localDate(rs, 13),
                  rs.getString(14));
          if (!walk.checkView(rs.getLong(1), rs.getString(2), state)) {
            return walk.report();
          }
        }
      }
    }
    return walk.finish();
  }

  /**
   * A DATE column through the typed getter. Not {@code getObject(column, LocalDate.class)}: inside
   * Payara the pool's result-set wrapper resolves that method by reflection and throws (and
   * catches) an exception at every call, which made the verification five times slower in the
   * server than in a plain JVM (bench/register.sh).
   */
  private static LocalDate localDate(ResultSet rs, int column) throws SQLException {
    java.sql.Date date = rs.getDate(column);
    return date == null ? null : date.toLocalDate();
  }

  private static Long nullableLong(ResultSet rs, int column) throws SQLException {
    long value = rs.getLong(column);
    return rs.wasNull() ? null : value;
  }

  private static Integer nullableInt(ResultSet rs, int column) throws SQLException {
    int value = rs.getInt(column);
    return rs.wasNull() ? null : value;
  }

  private static Boolean nullableBoolean(ResultSet rs, int column) throws SQLException {
    boolean value = rs.getBoolean(column);
    return rs.wasNull() ? null : value;
  }
}
