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
import org.cohesion.observation.domain.ResolvedValue;
import org.cohesion.observation.domain.UpsertCounts;

/**
 * The observation table over plain JDBC, on the connection it is given (inside the caller's
 * transaction: the service's JTA one, or the benchmark's own). The two dashboard reads follow the
 * table's two indexes: one territory's rows ({@code uk_observation}), one indicator and period
 * across the territories ({@code ix_observation_ranking}, covering).
 */
public final class ObservationStore {

  static final int CHUNK = 2000;

  public static final String RANKING_SQL =
      "SELECT o.territory_id, o.value, o.status FROM observation o"
          + " WHERE o.indicator_id = ? AND o.year = ? AND o.quarter = ?";

  public static final String TERRITORIES_SQL =
      "SELECT territory_id, indicator_id, year, quarter, value, status FROM observation"
          + " WHERE territory_id IN (%s)";

  public static final String SERIES_SQL =
      "SELECT territory_id, indicator_id, year, quarter, value, status FROM observation"
          + " WHERE indicator_id = ? AND territory_id IN (%s)";

  public static final String UPSERT_SQL =
      "INSERT INTO observation (territory_id, indicator_id, year, quarter, value, status, source,"
          + " batch_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON DUPLICATE KEY UPDATE value ="
          + " VALUES(value), status = VALUES(status), source = VALUES(source), batch_id ="
          + " VALUES(batch_id)";

  private ObservationStore() {}

  /** The values of one indicator for one period, for every territory that has one. */
  public static List<ObservedValue> ranking(Connection c, long indicatorId, Period period)
      throws SQLException {
    List<ObservedValue> out = new ArrayList<>();
    try (PreparedStatement s = c.prepareStatement(RANKING_SQL)) {
      s.setLong(1, indicatorId);
      s.setInt(2, period.year());
      s.setInt(3, period.quarter());
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          out.add(
              new ObservedValue(
                  rs.getLong(1),
                  indicatorId,
                  period,
                  rs.getBigDecimal(2),
                  ObservationStatus.valueOf(rs.getString(3))));
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
            "SELECT DISTINCT year, quarter FROM observation WHERE indicator_id = ?"
                + " ORDER BY year, quarter")) {
      s.setLong(1, indicatorId);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          out.add(new Period(rs.getInt(1), rs.getInt(2)));
        }
      }
    }
    return out;
  }

  /**
   * Writes a file's values: reads what is stored for the same indicators over the same years,
   * classifies each value as new, changed or unchanged, and upserts the new and changed ones in
   * batches of {@value #CHUNK} (unchanged values are not written: a re-import changes nothing, not
   * even the batch a value came from). {@code progress} hears the number of values handled.
   */
  public static UpsertCounts upsert(
      Connection c, List<ResolvedValue> values, Long batchId, IntConsumer progress)
      throws SQLException {
    Map<Key, ObservedValue> existing = existing(c, values);
    int added = 0;
    int changed = 0;
    int unchanged = 0;
    int pending = 0;
    int done = 0;
    try (PreparedStatement s = c.prepareStatement(UPSERT_SQL)) {
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
          s.setLong(1, v.territoryId());
          s.setLong(2, v.indicatorId());
          s.setInt(3, v.period().year());
          s.setInt(4, v.period().quarter());
          if (v.value() == null) {
            s.setNull(5, Types.DECIMAL);
          } else {
            s.setBigDecimal(5, v.value());
          }
          s.setString(6, v.status().name());
          s.setString(7, v.source());
          if (batchId == null) {
            s.setNull(8, Types.BIGINT);
          } else {
            s.setLong(8, batchId);
          }
          s.addBatch();
          pending++;
        }
        done++;
        if (pending == CHUNK) {
          s.executeBatch();
          pending = 0;
          progress.accept(done);
        }
      }
      if (pending > 0) {
        s.executeBatch();
      }
    }
    progress.accept(done);
    return new UpsertCounts(added, changed, unchanged);
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
