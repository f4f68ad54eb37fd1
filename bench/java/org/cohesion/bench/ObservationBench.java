package org.cohesion.bench;

import java.io.BufferedWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.cohesion.observation.domain.ImportCatalogue;
import org.cohesion.observation.domain.IndicatorUnit;
import org.cohesion.observation.domain.ObservationFileParser;
import org.cohesion.observation.domain.ObservedValue;
import org.cohesion.observation.domain.ParsedFile;
import org.cohesion.observation.domain.ParsedValue;
import org.cohesion.observation.domain.Period;
import org.cohesion.observation.domain.RankedValue;
import org.cohesion.observation.domain.ResolvedValue;
import org.cohesion.observation.domain.UpsertCounts;
import org.cohesion.observation.infrastructure.ObservationStore;

/**
 * Benchmark data and figures for the observatory (a measurement, not a test; see
 * bench/observation.sh). Generates 500 territories × 40 indicators × 50 years = 1,000,000
 * observations (LOAD DATA), then times, against the raw SQL floor:
 *
 * <ul>
 *   <li>the indicator ranking and the territory dashboard through the application's query code
 *       ({@link ObservationStore}, the same calls as {@code Dashboards}), median of 30 runs;
 *   <li>the import of a 100,000-row CSV through the importer's code (the parser, then the upsert in
 *       one transaction), beside LOAD DATA LOCAL INFILE of the same rows, with the heap used.
 * </ul>
 *
 * <p>Usage: ObservationBench JDBC_URL USER PASSWORD WORK_DIR
 */
public final class ObservationBench {

  static final int TERRITORIES = 500;
  static final int INDICATORS = 40;
  static final int FIRST_YEAR = 1971;
  static final int YEARS = 50;

  private ObservationBench() {}

  public static void main(String[] args) throws Exception {
    String url = args[0] + (args[0].contains("?") ? "&" : "?") + "allowLocalInfile=true";
    Path work = Path.of(args.length > 3 ? args[3] : "target/bench");
    Files.createDirectories(work);
    try (Connection c = DriverManager.getConnection(url, args[1], args.length > 2 ? args[2] : "")) {
      long[] territoryIds = new long[TERRITORIES];
      long[] indicatorIds = new long[INDICATORS];
      long t0 = System.nanoTime();
      generate(c, work, territoryIds, indicatorIds);
      System.out.printf(
          "generated %,d observations in %,d ms (%s)%n",
          count(c, "SELECT COUNT(*) FROM observation"),
          (System.nanoTime() - t0) / 1_000_000,
          "500 territories x 40 indicators x 50 years, LOAD DATA");
      try (Statement s = c.createStatement()) {
        s.execute("ANALYZE TABLE observation");
      }
      ranking(c, indicatorIds[7]);
      territory(c, territoryIds[123]);
      importThroughput(c, work, territoryIds, indicatorIds);
    }
  }

  private static void generate(Connection c, Path work, long[] territories, long[] indicators)
      throws Exception {
    long commune = count(c, "SELECT id FROM territory WHERE code = '97209'");
    long martinique = count(c, "SELECT id FROM territory WHERE code = '972'");
    try (PreparedStatement t =
            c.prepareStatement(
                "INSERT INTO territory (code, name, level, geography) VALUES (?, ?, 'QUARTIER',"
                    + " 'BENCH')",
                Statement.RETURN_GENERATED_KEYS);
        PreparedStatement g =
            c.prepareStatement(
                "INSERT INTO territory_grouping (child_id, parent_id) VALUES (?, ?)")) {
      for (int i = 0; i < TERRITORIES; i++) {
        t.setString(1, String.format("BQ%04d", i));
        t.setString(2, "Quartier de mesure " + i);
        t.executeUpdate();
        try (ResultSet k = t.getGeneratedKeys()) {
          k.next();
          territories[i] = k.getLong(1);
        }
        g.setLong(1, territories[i]);
        g.setLong(2, commune);
        g.addBatch();
      }
      g.executeBatch();
    }
    try (PreparedStatement s =
        c.prepareStatement(
            "INSERT INTO indicator (code, label_fr, label_en, unit) VALUES (?, ?, ?, 'PERCENT')",
            Statement.RETURN_GENERATED_KEYS)) {
      for (int i = 0; i < INDICATORS; i++) {
        s.setString(1, String.format("BENCH%02d", i));
        s.setString(2, "Indicateur de mesure " + i);
        s.setString(3, "Benchmark indicator " + i);
        s.executeUpdate();
        try (ResultSet k = s.getGeneratedKeys()) {
          k.next();
          indicators[i] = k.getLong(1);
        }
      }
    }
    Path file = work.resolve("observations-1m.tsv");
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (int t = 0; t < TERRITORIES; t++) {
        for (int i = 0; i < INDICATORS; i++) {
          for (int y = 0; y < YEARS; y++) {
            boolean secret = (t * 7 + i * 3 + y) % 97 == 0;
            w.write(territories[t] + "\t" + indicators[i] + "\t" + (FIRST_YEAR + y) + "\t0\t");
            w.write(secret ? "\\N\tSUPPRESSED" : value(t, i, y) + "\tNORMAL");
            w.write('\n');
          }
        }
      }
    }
    // Martinique and the commune get values too, so the dashboard compares with them.
    try (BufferedWriter w =
        Files.newBufferedWriter(
            file, StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND)) {
      for (long parent : new long[] {commune, martinique}) {
        for (int i = 0; i < INDICATORS; i++) {
          for (int y = 0; y < YEARS; y++) {
            w.write(
                parent
                    + "\t"
                    + indicators[i]
                    + "\t"
                    + (FIRST_YEAR + y)
                    + "\t0\t"
                    + value((int) (parent % 500), i, y)
                    + "\tNORMAL\n");
          }
        }
      }
    }
    try (Statement s = c.createStatement()) {
      s.execute(
          "LOAD DATA LOCAL INFILE '"
              + file.toAbsolutePath()
              + "' INTO TABLE observation (territory_id, indicator_id, year, quarter, value,"
              + " status)");
    }
  }

  private static String value(int t, int i, int y) {
    return String.valueOf(((t * 31 + i * 17 + y * 13) % 10000) / 100.0);
  }

  /** The indicator dashboard's reads (Dashboards.indicator) beside one SQL query. */
  private static void ranking(Connection c, long indicatorId) throws Exception {
    Period period = Period.year(FIRST_YEAR + 30);
    List<Long> ids = List.of(1L, 2L, 3L, 4L);
    report(
        "indicator dashboard (application code: periods, ranking of 500 with names, series of 4)",
        () -> {
          try {
            List<Period> periods = ObservationStore.periodsOf(c, indicatorId);
            List<RankedValue> rows = ObservationStore.ranking(c, indicatorId, period, null);
            List<ObservedValue> series = ObservationStore.series(c, indicatorId, ids);
            return periods.size() + rows.size() + series.size();
          } catch (Exception e) {
            throw new IllegalStateException(e);
          }
        });
    report(
        "  of which the ranking alone (application code)",
        () -> {
          try {
            return ObservationStore.ranking(c, indicatorId, period, null).size();
          } catch (Exception e) {
            throw new IllegalStateException(e);
          }
        });
    report(
        "indicator ranking, raw SQL (one query: join + order by)",
        () ->
            rows(
                c,
                "SELECT t.id, t.code, t.name, t.level, t.demo, o.value, o.status FROM observation o JOIN"
                    + " territory t ON t.id = o.territory_id WHERE o.indicator_id = "
                    + indicatorId
                    + " AND o.year = "
                    + period.year()
                    + " AND o.quarter = 0 ORDER BY o.value IS NULL, o.value DESC, t.name"));
  }

  /** The territory dashboard's reads (Dashboards.territory) beside one SQL query. */
  private static void territory(Connection c, long territoryId) throws Exception {
    long commune = count(c, "SELECT id FROM territory WHERE code = '97209'");
    long martinique = count(c, "SELECT id FROM territory WHERE code = '972'");
    report(
        "territory dashboard (40 indicators x 50 years, with commune and Martinique, application"
            + " code)",
        () -> {
          try {
            List<ObservedValue> values =
                ObservationStore.ofTerritories(c, List.of(territoryId, commune, martinique));
            Map<Long, Map<Long, List<ObservedValue>>> grouped = new HashMap<>();
            for (ObservedValue v : values) {
              grouped
                  .computeIfAbsent(v.territoryId(), k -> new HashMap<>())
                  .computeIfAbsent(v.indicatorId(), k -> new ArrayList<>())
                  .add(v);
            }
            grouped
                .values()
                .forEach(
                    m ->
                        m.values()
                            .forEach(l -> l.sort((a, b) -> a.period().compareTo(b.period()))));
            return values.size();
          } catch (Exception e) {
            throw new IllegalStateException(e);
          }
        });
    report(
        "territory dashboard, raw SQL (the same rows)",
        () ->
            rows(
                c,
                "SELECT territory_id, indicator_id, year, quarter, value, status FROM observation"
                    + " WHERE territory_id IN ("
                    + territoryId
                    + ","
                    + commune
                    + ","
                    + martinique
                    + ") ORDER BY territory_id, indicator_id, year, quarter"));
    report(
        "territory dashboard, raw SQL aggregate (latest value per indicator, window function)",
        () ->
            rows(
                c,
                "SELECT indicator_id, year, value FROM (SELECT indicator_id, year, value,"
                    + " ROW_NUMBER() OVER (PARTITION BY indicator_id ORDER BY year DESC, quarter"
                    + " DESC) rn FROM observation WHERE territory_id = "
                    + territoryId
                    + ") x WHERE rn = 1"));
  }

  /**
   * 100,000 new values (500 territories x 40 indicators x 5 years) as a long-layout CSV with French
   * conventions, through the importer's parser and upsert in one transaction; then the same rows by
   * LOAD DATA into a copy of the table.
   */
  private static void importThroughput(
      Connection c, Path work, long[] territories, long[] indicators) throws Exception {
    Path csv = work.resolve("import-100k.csv");
    StringBuilder sb = new StringBuilder("territoire;indicateur;periode;valeur;statut\n");
    for (int t = 0; t < TERRITORIES; t++) {
      for (int i = 0; i < INDICATORS; i++) {
        for (int y = 0; y < 5; y++) {
          sb.append(String.format("BQ%04d", t))
              .append(';')
              .append(String.format("BENCH%02d", i))
              .append(';')
              .append(2030 + y)
              .append(';')
              .append(value(t, i, y).replace('.', ','))
              .append(";\n");
        }
      }
    }
    Files.writeString(csv, sb, StandardCharsets.UTF_8);
    byte[] bytes = Files.readAllBytes(csv);
    Map<String, Long> territoryCodes = codes(c, "SELECT code, id FROM territory");
    Map<String, Long> indicatorCodes = codes(c, "SELECT code, id FROM indicator");

    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    System.gc();
    long before = memory.getHeapMemoryUsage().getUsed();
    AtomicLong peak = new AtomicLong(before);
    Thread sampler =
        new Thread(
            () -> {
              while (!Thread.currentThread().isInterrupted()) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                  Thread.sleep(5);
                } catch (InterruptedException e) {
                  return;
                }
              }
            });
    sampler.setDaemon(true);
    sampler.start();
    long start = System.nanoTime();
    ParsedFile file =
        new ObservationFileParser(
                new ImportCatalogue() {
                  @Override
                  public boolean hasTerritory(String code) {
                    return territoryCodes.containsKey(code);
                  }

                  @Override
                  public Optional<IndicatorUnit> unitOf(String code) {
                    return indicatorCodes.containsKey(code)
                        ? Optional.of(IndicatorUnit.PERCENT)
                        : Optional.empty();
                  }
                },
                ObservationFileParser.DEFAULT_MAX_BYTES)
            .parse(bytes);
    long parsed = System.nanoTime();
    if (!file.isValid()) {
      throw new IllegalStateException("bench file invalid: " + file.problems());
    }
    List<ResolvedValue> values = new ArrayList<>(file.values().size());
    for (ParsedValue v : file.values()) {
      values.add(
          new ResolvedValue(
              territoryCodes.get(v.territoryCode()),
              indicatorCodes.get(v.indicatorCode()),
              v.period(),
              v.value(),
              v.status(),
              null));
    }
    c.setAutoCommit(false);
    UpsertCounts counts = ObservationStore.upsert(c, values, null, done -> {});
    c.commit();
    c.setAutoCommit(true);
    long end = System.nanoTime();
    sampler.interrupt();
    double seconds = (end - start) / 1e9;
    System.out.printf(
        "import of %,d rows (%,d KB CSV) through the importer: %.2f s = %,.0f rows/s"
            + " (parse %.2f s, upsert + commit %.2f s); added %d, changed %d, unchanged %d%n",
        values.size(),
        bytes.length / 1024,
        seconds,
        values.size() / seconds,
        (parsed - start) / 1e9,
        (end - parsed) / 1e9,
        counts.added(),
        counts.changed(),
        counts.unchanged());
    System.out.printf(
        "heap during the import: %,d MB before, peak %,d MB (+%,d MB), max heap %,d MB%n",
        before >> 20,
        peak.get() >> 20,
        (peak.get() - before) >> 20,
        memory.getHeapMemoryUsage().getMax() >> 20);

    long again = System.nanoTime();
    c.setAutoCommit(false);
    UpsertCounts second = ObservationStore.upsert(c, values, null, done -> {});
    c.commit();
    c.setAutoCommit(true);
    System.out.printf(
        "re-import of the same rows: %.2f s, unchanged %d (nothing written)%n",
        (System.nanoTime() - again) / 1e9, second.unchanged());

    Path tsv = work.resolve("import-100k.tsv");
    try (BufferedWriter w = Files.newBufferedWriter(tsv, StandardCharsets.UTF_8)) {
      for (ResolvedValue v : values) {
        w.write(
            v.territoryId()
                + "\t"
                + v.indicatorId()
                + "\t"
                + (v.period().year() + 40)
                + "\t0\t"
                + v.value().toPlainString()
                + "\tNORMAL\n");
      }
    }
    try (Statement s = c.createStatement()) {
      long l0 = System.nanoTime();
      s.execute(
          "LOAD DATA LOCAL INFILE '"
              + tsv.toAbsolutePath()
              + "' INTO TABLE observation (territory_id, indicator_id, year, quarter, value,"
              + " status)");
      double ls = (System.nanoTime() - l0) / 1e9;
      System.out.printf(
          "LOAD DATA LOCAL INFILE of the same %,d rows into observation: %.2f s = %,.0f rows/s%n",
          values.size(), ls, values.size() / ls);
    }
  }

  private static Map<String, Long> codes(Connection c, String sql) throws Exception {
    Map<String, Long> out = new HashMap<>();
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      while (rs.next()) {
        out.put(rs.getString(1), rs.getLong(2));
      }
    }
    return out;
  }

  private static int rows(Connection c, String sql) {
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      int n = 0;
      int columns = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        for (int k = 1; k <= columns; k++) {
          rs.getObject(k); // read every column, as the application does
        }
        n++;
      }
      return n;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static void report(String what, Supplier<Integer> work) {
    for (int i = 0; i < 5; i++) {
      work.get();
    }
    List<Double> times = new ArrayList<>();
    int n = 0;
    for (int i = 0; i < 30; i++) {
      long s = System.nanoTime();
      n = work.get();
      times.add((System.nanoTime() - s) / 1e6);
    }
    Collections.sort(times);
    System.out.printf(
        "%s: median %.1f ms (p90 %.1f ms, %d rows)%n", what, times.get(15), times.get(27), n);
  }

  private static long count(Connection c, String sql) throws Exception {
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
