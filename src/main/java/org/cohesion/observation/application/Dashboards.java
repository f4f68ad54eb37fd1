package org.cohesion.observation.application;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.cohesion.observation.domain.Indicator;
import org.cohesion.observation.domain.ObservedValue;
import org.cohesion.observation.domain.Period;
import org.cohesion.observation.domain.RankedValue;
import org.cohesion.observation.domain.Territory;
import org.cohesion.observation.domain.TerritoryLevel;
import org.cohesion.observation.domain.TerritoryRef;
import org.cohesion.observation.infrastructure.ObservationStore;
import org.cohesion.platform.audit.AuditLog;
import org.cohesion.platform.domain.AccessDeniedException;
import org.cohesion.platform.domain.NotFoundException;
import org.cohesion.platform.persistence.Database;
import org.cohesion.platform.security.Caller;
import org.cohesion.workspace.application.Workspaces;
import org.cohesion.workspace.domain.GroupAccess;
import org.cohesion.workspace.domain.WorkingGroup;

/**
 * The dashboards. Territory and indicator dashboards and the map are network data, read by every
 * signed-in member. A group's dashboard is read by whoever sees the group (its members, and anyone
 * for a network-visible group); its pins are changed by those who manage the group. Values are read
 * over plain JDBC ({@link ObservationStore}), inside this transaction.
 */
@ApplicationScoped
@Transactional
public class Dashboards {

  @PersistenceContext EntityManager em;
  @Inject ObservationCallers callers;
  @Inject Catalogue catalogue;
  @Inject AuditLog audit;
  @Inject Workspaces workspaces;

  @Resource(lookup = Database.JNDI_NAME)
  DataSource dataSource;

  public TerritoryDashboard territory(String code) {
    callers.require();
    Territory territory = catalogue.findTerritory(code);
    Territory commune = communeOf(territory);
    Territory martinique =
        em.createQuery(
                "SELECT t FROM Territory t WHERE t.level = :l ORDER BY t.id", Territory.class)
            .setParameter("l", TerritoryLevel.MARTINIQUE)
            .setMaxResults(1)
            .getResultStream()
            .filter(m -> !m.getId().equals(territory.getId()))
            .findFirst()
            .orElse(null);
    Set<Long> ids = new LinkedHashSet<>();
    ids.add(territory.getId());
    if (commune != null) {
      ids.add(commune.getId());
    }
    if (martinique != null) {
      ids.add(martinique.getId());
    }
    List<ObservedValue> values = read(c -> ObservationStore.ofTerritories(c, ids));
    Map<Long, Map<Long, List<ObservedValue>>> byTerritory =
        values.stream()
            .collect(
                Collectors.groupingBy(
                    ObservedValue::territoryId, Collectors.groupingBy(ObservedValue::indicatorId)));
    Map<Long, List<ObservedValue>> mine = byTerritory.getOrDefault(territory.getId(), Map.of());
    Map<Long, Indicator> indicators =
        em.createNamedQuery("Indicator.listAll", Indicator.class)
            .getResultStream()
            .collect(
                Collectors.toMap(
                    Indicator::getId, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    List<IndicatorLine> lines = new ArrayList<>();
    for (Indicator indicator : indicators.values()) {
      List<ObservedValue> series = sorted(mine.get(indicator.getId()));
      if (series.isEmpty()) {
        continue;
      }
      ObservedValue latest = series.get(series.size() - 1);
      List<ObservedValue> communeSeries =
          commune == null
              ? List.of()
              : sorted(byTerritory.getOrDefault(commune.getId(), Map.of()).get(indicator.getId()));
      List<ObservedValue> martiniqueSeries =
          martinique == null
              ? List.of()
              : sorted(
                  byTerritory.getOrDefault(martinique.getId(), Map.of()).get(indicator.getId()));
      lines.add(
          new IndicatorLine(
              indicator,
              series,
              latest,
              at(communeSeries, latest.period()),
              at(martiniqueSeries, latest.period()),
              communeSeries,
              martiniqueSeries));
    }
    List<TerritoryRef> units =
        em.createQuery(
                "SELECT NEW org.cohesion.observation.domain.TerritoryRef(t.id, t.code, t.name,"
                    + " t.level, t.demo) FROM Territory t JOIN t.parents p WHERE p.id = :id"
                    + " ORDER BY t.level, t.name",
                TerritoryRef.class)
            .setParameter("id", territory.getId())
            .getResultList();
    return new TerritoryDashboard(
        ref(territory),
        commune == null ? null : ref(commune),
        martinique == null ? null : ref(martinique),
        territory.getParents().stream()
            .sorted(Comparator.comparing(Territory::getLevel).thenComparing(Territory::getName))
            .map(Dashboards::ref)
            .toList(),
        units,
        lines,
        territory.isDemo());
  }

  /**
   * One indicator: the ranking for {@code period} (the latest when null) among the territories of
   * {@code level} (all when null), and the series of the territories named in {@code seriesCodes}
   * (Martinique and the first three of the ranking when none is named).
   */
  public IndicatorDashboard indicator(
      String code, Period period, TerritoryLevel level, List<String> seriesCodes) {
    callers.require();
    Indicator indicator = catalogue.findIndicator(code);
    List<Period> periods = read(c -> ObservationStore.periodsOf(c, indicator.getId()));
    Period chosen =
        period != null && periods.contains(period)
            ? period
            : periods.isEmpty() ? null : periods.get(periods.size() - 1);
    List<RankingRow> ranking = new ArrayList<>();
    if (chosen != null) {
      for (RankedValue v :
          read(c -> ObservationStore.ranking(c, indicator.getId(), chosen, level))) {
        ranking.add(new RankingRow(v.territory(), v.value(), v.status()));
      }
    }
    List<TerritoryRef> chosenSeries = new ArrayList<>();
    if (seriesCodes != null && !seriesCodes.isEmpty()) {
      List<String> codes = seriesCodes.stream().distinct().limit(12).toList();
      Map<String, TerritoryRef> byCode =
          refsOf("t.code IN :codes", "codes", codes).stream()
              .collect(Collectors.toMap(TerritoryRef::code, r -> r));
      codes.stream().map(byCode::get).filter(Objects::nonNull).forEach(chosenSeries::add);
    } else {
      chosenSeries.addAll(refsOf("t.level = :level", "level", TerritoryLevel.MARTINIQUE));
      ranking.stream()
          .map(RankingRow::territory)
          .filter(t -> !chosenSeries.contains(t))
          .limit(3)
          .forEach(chosenSeries::add);
    }
    Set<Long> seriesIds = chosenSeries.stream().map(TerritoryRef::id).collect(Collectors.toSet());
    Map<Long, List<ObservedValue>> seriesValues =
        read(c -> ObservationStore.series(c, indicator.getId(), seriesIds)).stream()
            .collect(Collectors.groupingBy(ObservedValue::territoryId));
    List<Series> series =
        chosenSeries.stream().map(t -> new Series(t, sorted(seriesValues.get(t.id())))).toList();
    return new IndicatorDashboard(indicator, periods, chosen, level, ranking, series);
  }

  public MapData map(String indicatorCode, Period period) {
    IndicatorDashboard dashboard = indicator(indicatorCode, period, null, List.of("-"));
    Map<String, RankingRow> values =
        dashboard.ranking().stream().collect(Collectors.toMap(r -> r.territory().code(), r -> r));
    List<MapData.MapArea> areas = new ArrayList<>();
    for (Object[] row :
        em.createQuery(
                "SELECT t.code, t.name, t.boundary, t.boundarySchematic FROM Territory t"
                    + " WHERE t.boundary IS NOT NULL ORDER BY t.level, t.name",
                Object[].class)
            .getResultList()) {
      RankingRow r = values.get((String) row[0]);
      areas.add(
          new MapData.MapArea(
              (String) row[0],
              (String) row[1],
              (String) row[2],
              (Boolean) row[3],
              r == null ? null : r.value(),
              r == null ? null : r.status()));
    }
    return new MapData(dashboard.indicator(), dashboard.periods(), dashboard.period(), areas);
  }

  private List<TerritoryRef> refsOf(String where, String name, Object value) {
    return em.createQuery(
            "SELECT NEW org.cohesion.observation.domain.TerritoryRef(t.id, t.code, t.name, t.level,"
                + " t.demo) FROM Territory t WHERE "
                + where
                + " ORDER BY t.id",
            TerritoryRef.class)
        .setParameter(name, value)
        .getResultList();
  }

  /**
   * A group's pinned indicators and territories with their latest values; hidden groups 404. Read
   * in three statements without a transaction (nothing is written): the catalogue of indicators
   * marked pinned or not (those who manage the group pin among the others), the pinned territories,
   * their values. The caller's access comes from the group's page when it read it in this request.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public GroupDashboard group(long groupId) {
    GroupAccess access = workspaces.accessTo(groupId);
    List<Indicator> indicators = new ArrayList<>();
    List<Indicator> pinnable = new ArrayList<>();
    for (Object[] row :
        em.createQuery(
                "SELECT i, p.groupId FROM Indicator i LEFT JOIN GroupPinnedIndicator p ON"
                    + " p.indicatorId = i.id AND p.groupId = :g ORDER BY i.code",
                Object[].class)
            .setParameter("g", groupId)
            .getResultList()) {
      (row[1] != null ? indicators : pinnable).add((Indicator) row[0]);
    }
    List<TerritoryRef> territories =
        em.createQuery(
                "SELECT NEW org.cohesion.observation.domain.TerritoryRef(t.id, t.code, t.name,"
                    + " t.level, t.demo) FROM Territory t WHERE t.id IN (SELECT p.territoryId FROM"
                    + " GroupPinnedTerritory p WHERE p.groupId = :g) ORDER BY t.level, t.name",
                TerritoryRef.class)
            .setParameter("g", groupId)
            .getResultList();
    Map<String, ObservedValue> latest = new HashMap<>();
    if (!indicators.isEmpty() && !territories.isEmpty()) {
      Set<Long> wanted = indicators.stream().map(Indicator::getId).collect(Collectors.toSet());
      Set<Long> ids = territories.stream().map(TerritoryRef::id).collect(Collectors.toSet());
      // A pooled connection of its own, in auto-commit: there is no transaction to join here, and
      // enlisting one would only add XA statements to a read.
      List<ObservedValue> values;
      try (Connection c = dataSource.getConnection()) {
        values = ObservationStore.ofTerritories(c, ids);
      } catch (SQLException e) {
        throw new IllegalStateException(e);
      }
      for (ObservedValue v : values) {
        if (!wanted.contains(v.indicatorId())) {
          continue;
        }
        latest.merge(
            v.territoryId() + "-" + v.indicatorId(),
            v,
            (a, b) -> a.period().compareTo(b.period()) >= 0 ? a : b);
      }
    }
    return new GroupDashboard(
        groupId,
        access.canManage(),
        indicators,
        territories,
        latest,
        access.canManage() ? pinnable : List.of());
  }

  public void pinIndicator(long groupId, String indicatorCode, boolean pinned) {
    Caller caller = callers.require().caller();
    requireManager(groupId, caller);
    Indicator indicator = catalogue.findIndicator(indicatorCode);
    pin("group_pinned_indicator", "indicator_id", groupId, indicator.getId(), pinned);
    audit.record(
        pinned ? "INDICATOR_PINNED" : "INDICATOR_UNPINNED", "group", groupId, indicatorCode);
  }

  public void pinTerritory(long groupId, String territoryCode, boolean pinned) {
    Caller caller = callers.require().caller();
    requireManager(groupId, caller);
    Territory territory = catalogue.findTerritory(territoryCode);
    pin("group_pinned_territory", "territory_id", groupId, territory.getId(), pinned);
    audit.record(
        pinned ? "TERRITORY_PINNED" : "TERRITORY_UNPINNED", "group", groupId, territoryCode);
  }

  private void pin(String table, String column, long groupId, long id, boolean pinned) {
    if (pinned) {
      em.createNativeQuery(
              "INSERT IGNORE INTO " + table + " (group_id, " + column + ") VALUES (?1, ?2)")
          .setParameter(1, groupId)
          .setParameter(2, id)
          .executeUpdate();
    } else {
      em.createNativeQuery("DELETE FROM " + table + " WHERE group_id = ?1 AND " + column + " = ?2")
          .setParameter(1, groupId)
          .setParameter(2, id)
          .executeUpdate();
    }
  }

  private WorkingGroup visibleGroup(long groupId, Caller caller) {
    WorkingGroup group = em.find(WorkingGroup.class, groupId);
    if (group == null || !callers.groupAccess(group, caller).canSee()) {
      throw new NotFoundException();
    }
    return group;
  }

  private void requireManager(long groupId, Caller caller) {
    WorkingGroup group = visibleGroup(groupId, caller);
    if (!callers.groupAccess(group, caller).canManage()) {
      throw new AccessDeniedException();
    }
  }

  /** The commune a unit lies in, looking up through its groupings (a quartier → site → commune). */
  static Territory communeOf(Territory territory) {
    if (territory.getLevel() == TerritoryLevel.COMMUNE) {
      return null;
    }
    Deque<Territory> queue = new ArrayDeque<>(territory.getParents());
    Set<Long> seen = new HashSet<>();
    while (!queue.isEmpty()) {
      Territory t = queue.poll();
      if (!seen.add(t.getId())) {
        continue;
      }
      if (t.getLevel() == TerritoryLevel.COMMUNE) {
        return t;
      }
      queue.addAll(t.getParents());
    }
    return null;
  }

  private static List<ObservedValue> sorted(List<ObservedValue> values) {
    if (values == null) {
      return List.of();
    }
    return values.stream().sorted(Comparator.comparing(ObservedValue::period)).toList();
  }

  private static ObservedValue at(List<ObservedValue> series, Period period) {
    return series.stream().filter(v -> v.period().equals(period)).findFirst().orElse(null);
  }

  static TerritoryRef ref(Territory t) {
    return new TerritoryRef(t.getId(), t.getCode(), t.getName(), t.getLevel(), t.isDemo());
  }

  interface Read<T> {
    T apply(Connection c) throws SQLException;
  }

  private <T> T read(Read<T> work) {
    try {
      // The persistence context's connection, inside this transaction.
      return work.apply(em.unwrap(Connection.class));
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
