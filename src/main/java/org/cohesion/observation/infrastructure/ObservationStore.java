package org.cohesion.observation.infrastructure;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.IntConsumer;
import java.util.stream.Collectors;
import org.cohesion.observation.domain.ObservationStatus;
import org.cohesion.observation.domain.ObservedValue;
import org.cohesion.observation.domain.Period;
import org.cohesion.observation.domain.RankedValue;
import org.cohesion.observation.domain.ResolvedValue;
import org.cohesion.observation.domain.TerritoryLevel;
import org.cohesion.observation.domain.TerritoryRef;
import org.cohesion.observation.domain.UpsertCounts;

/**
 * The observation table over plain JDBC, on the connection it is given (inside the caller's
 * transaction: the service's JTA one, or the benchmark's own). The two dashboard reads follow the
 * table's two indexes: one territory's rows ({@code uk_observation}), one indicator and period
 * across the territories ({@code ix_observation_ranking}, covering).
 */
public final class ObservationStore {

  static final int CHUNK = 4000;

  /** The ranking: one indicator and period, every territory (of one level), best first. */
  public static final String RANKING_SQL =
      "SELECT t.id, t.code, t.name, t.level, t.demo, o.value, o.status FROM observation o"
          + " JOIN territory t ON t.id = o.territory_id"
          + " WHERE o.indicator_id = ? AND o.year = ? AND o.quarter = ?%s"
          + " ORDER BY o.value IS NULL, o.value DESC, t.name";

  public static final String TERRITORIES_SQL =
      "SELECT territory_id, indicator_id, year, quarter, value, status FROM observation"
          + " WHERE territory_id IN (%s)";

  public static final String SERIES_SQL =
      "SELECT territory_id, indicator_id, year, quarter, value, status FROM observation"
          + " WHERE indicator_id = ? AND territory_id IN (%s)";

  private ObservationStore() {}

  /**
   * The values of one indicator for one period, for every territory of {@code level} (all when
   * null) that has one, highest first, secrets last.
   */
  public static List<RankedValue> ranking(
      Connection c, long indicatorId, Period period, TerritoryLevel level) throws SQLException {
    List<RankedValue> out = new ArrayList<>();
    try (PreparedStatement s =
        c.prepareStatement(String.format(RANKING_SQL, level == null ? "" : " AND t.level = ?"))) {
      s.setLong(1, indicatorId);
      s.setInt(2, period.year());
      s.setInt(3, period.quarter());
      if (level != null) {
        s.setString(4, level.name());
      }
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          out.add(
              new RankedValue(
                  new TerritoryRef(
                      rs.getLong(1),
                      rs.getString(2),
                      rs.getString(3),
                      TerritoryLevel.valueOf(rs.getString(4)),
                      rs.getBoolean(5)),
                  rs.getBigDecimal(6),
                  ObservationStatus.valueOf(rs.getString(7))));
        }
      }
    }
    return out;
  }

  /** Every value of the given territories (a territory dashboard: it, its commune, Martinique). */
  public static List<ObservedValue> ofTerritories(Connection c, Collection<Long> territoryIds)
      throws SQLException {
    if (territoryIds.isEmpty()) {
      return List.of();
    }
    try (PreparedStatement s =
        c.prepareStatement(String.format(TERRITORIES_SQL, marks(territoryIds.size())))) {
      int i = 1;
      for (long id : territoryIds) {
        s.setLong(i++, id);
      }
      return read(s);
    }
  }

  /** One indicator over time, for the chosen territories. */
  public static List<ObservedValue> series(
      Connection c, long indicatorId, Collection<Long> territoryIds) throws SQLException {
    if (territoryIds.isEmpty()) {
      return List.of();
    }
    try (PreparedStatement s =
        c.prepareStatement(String.format(SERIES_SQL, marks(territoryIds.size())))) {
      s.setLong(1, indicatorId);
      int i = 2;
      for (long id : territoryIds) {
        s.setLong(i++, id);
      }
      return read(s);
    }
  }

  /** The periods for which an indicator has values, oldest first. */
  public static List<Period> periodsOf(Connection c, long indicatorId) throws SQLException {
    List<Period> out = new ArrayList<>();
    try (PreparedStatement s =
        c.prepareStatement(
            // GROUP BY on the index's prefix: a loose index scan (a few hundred index dives), where
            // DISTINCT would read all of the indicator's entries.
            "SELECT indicator_id, year, quarter FROM observation WHERE indicator_id = ?"
                + " GROUP BY indicator_id, year, quarter ORDER BY year, quarter")) {
      s.setLong(1, indicatorId);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          out.add(new Period(rs.getInt(2), rs.getInt(3)));
        }
      }
    }
    return out;
  }

  /**
   * Writes a file's values: reads what is stored for the same indicators over the same years,
   * classifies each value as new, changed or unchanged, and upserts the new and changed ones in
   * multi-row statements of {@value #CHUNK} (unchanged values are not written: a re-import changes
   * nothing, not even the batch a value came from). {@code progress} hears the number of values
   * handled.
   */
  public static UpsertCounts upsert(
      Connection c, List<ResolvedValue> values, Long batchId, IntConsumer progress)
      throws SQLException {
    Map<Key, ObservedValue> existing = existing(c, values);
    int added = 0;
    int changed = 0;
    int unchanged = 0;
    int done = 0;
    List<ResolvedValue> pending = new ArrayList<>(CHUNK);
    for (ResolvedValue v : values) {
      ObservedValue before = existing.get(new Key(v.territoryId(), v.indicatorId(), v.period()));
      if (before != null && same(before, v)) {
        unchanged++;
      } else {
        if (before == null) {
          added++;
        } else {
          changed++;
        }
        pending.add(v);
      }
      done++;
      if (pending.size() == CHUNK) {
        write(c, pending, batchId);
        pending.clear();
        progress.accept(done);
      }
    }
    if (!pending.isEmpty()) {
      write(c, pending, batchId);
    }
    progress.accept(done);
    return new UpsertCounts(added, changed, unchanged);
  }

  /**
   * One multi-row {@code INSERT ... ON DUPLICATE KEY UPDATE} per chunk: a single round trip and a
   * single statement for the server to parse, several times faster than a JDBC batch of rows.
   */
  private static void write(Connection c, List<ResolvedValue> rows, Long batchId)
      throws SQLException {
    StringBuilder sql =
        new StringBuilder(
            "INSERT INTO observation (territory_id, indicator_id, year, quarter, value, status,"
                + " source, batch_id) VALUES ");
    for (int i = 0; i < rows.size(); i++) {
      sql.append(i == 0 ? "(?,?,?,?,?,?,?,?)" : ",(?,?,?,?,?,?,?,?)");
    }
    sql.append(
        " ON DUPLICATE KEY UPDATE value = VALUES(value), status = VALUES(status), source ="
            + " VALUES(source), batch_id = VALUES(batch_id)");
    try (PreparedStatement s = c.prepareStatement(sql.toString())) {
      int p = 1;
      for (ResolvedValue v : rows) {
        s.setLong(p++, v.territoryId());
        s.setLong(p++, v.indicatorId());
        s.setInt(p++, v.period().year());
        s.setInt(p++, v.period().quarter());
        if (v.value() == null) {
          s.setNull(p++, Types.DECIMAL);
        } else {
          s.setBigDecimal(p++, v.value());
        }
        s.setString(p++, v.status().name());
        s.setString(p++, v.source());
        if (batchId == null) {
          s.setNull(p++, Types.BIGINT);
        } else {
          s.setLong(p++, batchId);
        }
      }
      s.executeUpdate();
    }
  }

  private static boolean same(ObservedValue before, ResolvedValue v) {
    if (before.status() != v.status()) {
      return false;
    }
    if (before.value() == null || v.value() == null) {
      return before.value() == null && v.value() == null;
    }
    return before.value().compareTo(v.value()) == 0;
  }

  private record Key(long territory, long indicator, Period period) {}

  private static Map<Key, ObservedValue> existing(Connection c, List<ResolvedValue> values)
      throws SQLException {
    Map<Long, List<ResolvedValue>> byIndicator =
        values.stream().collect(Collectors.groupingBy(ResolvedValue::indicatorId));
    Map<Key, ObservedValue> out = new HashMap<>();
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT territory_id, indicator_id, year, quarter, value, status FROM observation"
                + " WHERE indicator_id = ? AND year BETWEEN ? AND ?")) {
      for (var entry : byIndicator.entrySet()) {
        int min = entry.getValue().stream().mapToInt(v -> v.period().year()).min().orElseThrow();
        int max = entry.getValue().stream().mapToInt(v -> v.period().year()).max().orElseThrow();
        s.setLong(1, entry.getKey());
        s.setInt(2, min);
        s.setInt(3, max);
        for (ObservedValue o : read(s)) {
          out.put(new Key(o.territoryId(), o.indicatorId(), o.period()), o);
        }
      }
    }
    return out;
  }

  private static List<ObservedValue> read(PreparedStatement s) throws SQLException {
    List<ObservedValue> out = new ArrayList<>();
    try (ResultSet rs = s.executeQuery()) {
      while (rs.next()) {
        BigDecimal value = rs.getBigDecimal(5);
        out.add(
            new ObservedValue(
                rs.getLong(1),
                rs.getLong(2),
                new Period(rs.getInt(3), rs.getInt(4)),
                value,
                ObservationStatus.valueOf(Objects.requireNonNull(rs.getString(6)))));
      }
    }
    return out;
  }

  private static String marks(int n) {
    return String.join(",", java.util.Collections.nCopies(n, "?"));
  }
}
