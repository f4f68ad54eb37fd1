package org.cohesion.observation.demo;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.cohesion.observation.domain.Indicator;
import org.cohesion.observation.domain.IndicatorUnit;
import org.cohesion.observation.domain.ObservationStatus;
import org.cohesion.observation.domain.Period;
import org.cohesion.observation.domain.ResolvedValue;
import org.cohesion.observation.domain.Territory;
import org.cohesion.observation.domain.TerritoryLevel;
import org.cohesion.observation.infrastructure.ObservationStore;
import org.cohesion.platform.demo.DemoSeeding;

/**
 * The observatory's demo set: Martinique, its three EPCI and 34 communes (INSEE codes 97201-97234),
 * the 2 CUCS of 2007 (Fort-de-France, Le Lamentin) with their 24 sites, 6 of them in a ZUS, three
 * priority areas of later geographies, six indicators over 2006-2010, and schematic boundaries of
 * the communes (hexagons around their approximate centres). The territories are real; the values
 * are ILLUSTRATIVE (anchored on the 2008 report's figures: 403,000 inhabitants, 34% under 20,
 * unemployment over 40% in the ZUS) and every row is marked demo. Loaded once, last: its dashboards
 * are pinned to the demo groups.
 */
@Dependent
public class DemoObservation {
  private static final Logger LOG = Logger.getLogger(DemoObservation.class.getName());
  private static final int FIRST_YEAR = 2006;
  private static final int LAST_YEAR = 2010;

  @PersistenceContext EntityManager em;

  private final Map<String, Territory> territories = new LinkedHashMap<>();
  private final Map<String, Indicator> indicators = new HashMap<>();
  private final List<ResolvedValue> values = new ArrayList<>();

  /** Code, name, EPCI, approximate latitude and longitude of the centre, 2008 population. */
  private static final Object[][] COMMUNES = {
    {"97201", "L'Ajoupa-Bouillon", "CAPNORD", 14.815, -61.14, 1_800},
    {"97202", "Les Anses-d'Arlet", "CAESM", 14.49, -61.08, 3_800},
    {"97203", "Basse-Pointe", "CAPNORD", 14.87, -61.12, 4_000},
    {"97204", "Le Carbet", "CAPNORD", 14.70, -61.18, 3_600},
    {"97205", "Case-Pilote", "CAPNORD", 14.64, -61.13, 4_500},
    {"97206", "Le Diamant", "CAESM", 14.48, -61.03, 5_900},
    {"97207", "Ducos", "CAESM", 14.57, -60.97, 16_800},
    {"97208", "Fonds-Saint-Denis", "CAPNORD", 14.735, -61.12, 800},
    {"97209", "Fort-de-France", "CACEM", 14.61, -61.07, 89_800},
    {"97210", "Le François", "CAESM", 14.615, -60.90, 19_700},
    {"97211", "Grand'Rivière", "CAPNORD", 14.865, -61.18, 800},
    {"97212", "Gros-Morne", "CAPNORD", 14.71, -61.01, 10_500},
    {"97213", "Le Lamentin", "CACEM", 14.61, -60.99, 39_600},
    {"97214", "Le Lorrain", "CAPNORD", 14.83, -61.06, 7_700},
    {"97215", "Macouba", "CAPNORD", 14.875, -61.15, 1_300},
    {"97216", "Le Marigot", "CAPNORD", 14.80, -61.03, 3_600},
    {"97217", "Le Marin", "CAESM", 14.47, -60.87, 8_900},
    {"97218", "Le Morne-Rouge", "CAPNORD", 14.77, -61.13, 5_100},
    {"97219", "Le Prêcheur", "CAPNORD", 14.80, -61.21, 1_700},
    {"97220", "Rivière-Pilote", "CAESM", 14.48, -60.91, 13_400},
    {"97221", "Rivière-Salée", "CAESM", 14.525, -60.97, 12_800},
    {"97222", "Le Robert", "CAPNORD", 14.68, -60.94, 24_000},
    {"97223", "Saint-Esprit", "CAESM", 14.56, -60.93, 9_500},
    {"97224", "Saint-Joseph", "CACEM", 14.67, -61.04, 16_900},
    {"97225", "Saint-Pierre", "CAPNORD", 14.745, -61.17, 4_500},
    {"97226", "Sainte-Anne", "CAESM", 14.44, -60.88, 4_500},
    {"97227", "Sainte-Luce", "CAESM", 14.47, -60.95, 9_600},
    {"97228", "Sainte-Marie", "CAPNORD", 14.78, -60.99, 19_600},
    {"97229", "Schœlcher", "CACEM", 14.635, -61.11, 20_800},
    {"97230", "La Trinité", "CAPNORD", 14.74, -60.96, 13_800},
    {"97231", "Les Trois-Îlets", "CAESM", 14.535, -61.04, 7_300},
    {"97232", "Le Vauclin", "CAESM", 14.55, -60.84, 9_200},
    {"97233", "Le Morne-Vert", "CAPNORD", 14.705, -61.13, 1_900},
    {"97234", "Bellefontaine", "CAPNORD", 14.67, -61.16, 1_700},
  };

  /**
   * The CUCS sites: code, name, commune; the first five of Fort-de-France and one of Le Lamentin
   * are ZUS.
   */
  private static final String[][] SITES = {
    {"FDF-01", "Volga-Plage", "97209", "ZUS"},
    {"FDF-02", "Trénelle-Citron", "97209", "ZUS"},
    {"FDF-03", "Texaco", "97209", "ZUS"},
    {"FDF-04", "Sainte-Thérèse", "97209", "ZUS"},
    {"FDF-05", "Dillon", "97209", "ZUS"},
    {"FDF-06", "Bon Air", "97209", ""},
    {"FDF-07", "Floréal", "97209", ""},
    {"FDF-08", "Terres-Sainville", "97209", ""},
    {"FDF-09", "Bas-Maternité", "97209", ""},
    {"FDF-10", "Renéville", "97209", ""},
    {"FDF-11", "Pointe de la Vierge", "97209", ""},
    {"FDF-12", "Morne Pichevin", "97209", ""},
    {"FDF-13", "Rive Droite", "97209", ""},
    {"FDF-14", "Châteauboeuf", "97209", ""},
    {"FDF-15", "Ermitage", "97209", ""},
    {"FDF-16", "Coridon", "97209", ""},
    {"LAM-01", "Bas-Mission", "97213", "ZUS"},
    {"LAM-02", "Petit Manoir", "97213", ""},
    {"LAM-03", "Four à Chaux", "97213", ""},
    {"LAM-04", "Calebassier", "97213", ""},
    {"LAM-05", "Acajou", "97213", ""},
    {"LAM-06", "Basse-Gondeau", "97213", ""},
    {"LAM-07", "Place d'Armes", "97213", ""},
    {"LAM-08", "Pelletier", "97213", ""},
  };

  @Transactional
  public void loadOnce(@Observes @Priority(500) DemoSeeding seeding) {
    long present = em.createNamedQuery("Territory.count", Long.class).getSingleResult();
    if (present > 0) {
      return;
    }
    loadTerritories();
    loadIndicators();
    em.flush();
    loadValues();
    try {
      Connection c = em.unwrap(Connection.class);
      ObservationStore.upsert(c, values, null, done -> {});
      try (var s = c.createStatement()) {
        s.executeUpdate("UPDATE observation SET demo = TRUE WHERE batch_id IS NULL");
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Demo observations could not be written", e);
    }
    pin(
        "observation-des-territoires",
        List.of("POP", "TCHOM", "PART_MOINS20"),
        List.of("97209", "97213", "SITE-FDF-01", "SITE-FDF-03"));
    pin(
        "evaluation-des-cucs",
        List.of("TCHOM", "PART_HLM", "ALLOC_CAF"),
        List.of("CUCS-FDF", "CUCS-LAM"));
    LOG.info(
        () ->
            "Demo observatory loaded: "
                + territories.size()
                + " territories, "
                + values.size()
                + " illustrative values.");
  }

  private void loadTerritories() {
    Territory martinique = territory("972", "Martinique", TerritoryLevel.MARTINIQUE, "COG2008");
    Map<String, Territory> epci = new HashMap<>();
    epci.put(
        "CACEM",
        territory(
            "CACEM", "CA du Centre de la Martinique (CACEM)", TerritoryLevel.EPCI, "EPCI2008"));
    epci.put(
        "CAESM",
        territory(
            "CAESM", "CA de l'Espace Sud Martinique (CAESM)", TerritoryLevel.EPCI, "EPCI2008"));
    epci.put(
        "CAPNORD",
        territory("CAPNORD", "CAP Nord Martinique (ex-CCNM)", TerritoryLevel.EPCI, "EPCI2014"));
    epci.values().forEach(e -> e.belongTo(martinique));
    for (Object[] c : COMMUNES) {
      Territory commune =
          territory((String) c[0], (String) c[1], TerritoryLevel.COMMUNE, "COG2008");
      commune.belongTo(epci.get((String) c[2]));
      commune.belongTo(martinique);
      commune.drawBoundary(
          hexagon((String) c[0], (String) c[1], (double) c[3], (double) c[4]), true);
    }
    Territory cucsFdf =
        territory("CUCS-FDF", "CUCS de Fort-de-France", TerritoryLevel.CUCS, "CUCS2007");
    cucsFdf.belongTo(territories.get("97209"));
    Territory cucsLam = territory("CUCS-LAM", "CUCS du Lamentin", TerritoryLevel.CUCS, "CUCS2007");
    cucsLam.belongTo(territories.get("97213"));
    for (String[] s : SITES) {
      Territory site = territory("SITE-" + s[0], s[1], TerritoryLevel.SITE, "CUCS2007");
      site.belongTo(territories.get(s[2]));
      site.belongTo(s[2].equals("97209") ? cucsFdf : cucsLam);
      if ("ZUS".equals(s[3])) {
        Territory zus = territory("ZUS-" + s[0], "ZUS " + s[1], TerritoryLevel.ZUS, "ZUS1996");
        zus.belongTo(territories.get(s[2]));
        site.belongTo(zus);
      }
    }
    // Later geographies: the 2015 priority areas, and the overseas geography of 2025.
    Territory qp1 =
        territory(
            "QP972001", "Quartiers Ouest (Volga-Plage, Texaco)", TerritoryLevel.QPV, "QP2015");
    qp1.belongTo(territories.get("97209"));
    Territory qp2 = territory("QP972002", "Trénelle-Citron", TerritoryLevel.QPV, "QP2015");
    qp2.belongTo(territories.get("97209"));
    Territory qp3 = territory("QN97201M", "Bas-Mission – Pelletier", TerritoryLevel.QPV, "QPV2025");
    qp3.belongTo(territories.get("97213"));
  }

  private Territory territory(String code, String name, TerritoryLevel level, String geography) {
    Territory t = new Territory(code, name, level, geography);
    t.markDemo();
    em.persist(t);
    territories.put(code, t);
    return t;
  }

  private void loadIndicators() {
    indicator(
        "POP",
        "Population municipale",
        "Municipal population",
        IndicatorUnit.COUNT,
        "Nombre d'habitants (recensement).",
        "INSEE, recensement (illustratif)",
        null,
        "demographie");
    indicator(
        "PART_MOINS20",
        "Part des moins de 20 ans",
        "Share of under-20s",
        IndicatorUnit.PERCENT,
        "Moins de 20 ans / population totale.",
        "INSEE, recensement (illustratif)",
        null,
        "demographie");
    indicator(
        "PART_PLUS60",
        "Part des 60 ans et plus",
        "Share of people aged 60 and over",
        IndicatorUnit.PERCENT,
        "60 ans et plus / population totale.",
        "INSEE, recensement (illustratif)",
        null,
        "demographie");
    indicator(
        "TCHOM",
        "Taux de chômage (15-64 ans)",
        "Unemployment rate (15-64)",
        IndicatorUnit.PERCENT,
        "Chômeurs / actifs de 15 à 64 ans, au sens du recensement.",
        "INSEE, recensement (illustratif)",
        false,
        "emploi");
    indicator(
        "PART_HLM",
        "Part des logements sociaux",
        "Share of social housing",
        IndicatorUnit.PERCENT,
        "Logements locatifs sociaux / résidences principales.",
        "DEAL, RPLS (illustratif)",
        null,
        "logement");
    indicator(
        "ALLOC_CAF",
        "Allocataires CAF",
        "CAF benefit recipients",
        IndicatorUnit.COUNT,
        "Foyers allocataires d'au moins une prestation au 31 décembre.",
        "CAF de la Martinique (illustratif)",
        null,
        "social");
  }

  private void indicator(
      String code,
      String fr,
      String en,
      IndicatorUnit unit,
      String definition,
      String source,
      Boolean higherIsBetter,
      String theme) {
    Indicator i =
        new Indicator(code, fr, en, unit).describe(definition, source, higherIsBetter, theme);
    i.markDemo();
    em.persist(i);
    indicators.put(code, i);
  }

  private void loadValues() {
    for (Territory t : territories.values()) {
      double pop;
      double under20;
      double over60;
      double unemployment;
      double social;
      int h = Math.floorMod(t.getCode().hashCode(), 1000);
      switch (t.getLevel()) {
        case MARTINIQUE -> {
          pop = 403_000; // "au 1er janvier 2008, la population martiniquaise est estimée à 403 000"
          under20 = 34.0;
          over60 = 19.0;
          unemployment = 22.0;
          social = 16.0;
        }
        case EPCI -> {
          pop = sumOfCommunes(t.getCode());
          under20 = 33 + h % 30 / 10.0;
          over60 = 18 + h % 20 / 10.0;
          unemployment = 20 + h % 50 / 10.0;
          social = 12 + h % 80 / 10.0;
        }
        case COMMUNE -> {
          pop = populationOf(t.getCode());
          under20 = 30 + h % 80 / 10.0;
          over60 = 15 + h % 70 / 10.0;
          unemployment = 17 + h % 110 / 10.0;
          social = 5 + h % 300 / 10.0;
        }
        case CUCS -> {
          pop = t.getCode().equals("CUCS-FDF") ? 46_000 : 14_000;
          under20 = 36.5;
          over60 = 16.5;
          unemployment = 33.0;
          social = 48.0;
        }
        case ZUS -> {
          pop = 2_500 + h % 40 * 100;
          under20 = 38 + h % 40 / 10.0;
          over60 = 13 + h % 30 / 10.0;
          unemployment = 41 + h % 70 / 10.0; // over 40% in the ZUS (2008 report)
          social = 60 + h % 300 / 10.0;
        }
        default -> {
          boolean inZus = t.getParents().stream().anyMatch(p -> p.getLevel() == TerritoryLevel.ZUS);
          pop = 1_200 + h % 45 * 100;
          under20 = 35 + h % 50 / 10.0;
          over60 = 14 + h % 40 / 10.0;
          unemployment = inZus ? 41 + h % 60 / 10.0 : 28 + h % 110 / 10.0;
          social = 35 + h % 500 / 10.0;
        }
      }
      for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
        int dy = year - 2008;
        Period p = Period.year(year);
        boolean small =
            t.getLevel() == TerritoryLevel.SITE && (pop < 2_000 || t.getCode().endsWith("-08"));
        add(t, "POP", p, pop * (1 + dy * (h % 2 == 0 ? -0.004 : 0.003)), 0, false);
        add(t, "PART_MOINS20", p, under20 - dy * 0.5, 1, false);
        add(t, "PART_PLUS60", p, over60 + dy * 0.4, 1, false);
        add(
            t,
            "TCHOM",
            p,
            unemployment + (dy == 1 || dy == 2 ? 1.2 * dy : -0.3 * dy),
            1,
            small && year == 2007);
        add(t, "PART_HLM", p, Math.min(98, social + dy * 0.3), 1, false);
        // Allocataires: secret where a small site would reveal households (illustrative).
        add(t, "ALLOC_CAF", p, pop * 0.17 * (1 + dy * 0.02), 0, small && year >= 2009);
      }
    }
  }

  private void add(
      Territory t, String indicator, Period period, double value, int scale, boolean secret) {
    BigDecimal number =
        secret ? null : BigDecimal.valueOf(value).setScale(scale, RoundingMode.HALF_UP);
    ObservationStatus status =
        secret
            ? ObservationStatus.SUPPRESSED
            : period.year() == LAST_YEAR ? ObservationStatus.PROVISIONAL : ObservationStatus.NORMAL;
    values.add(
        new ResolvedValue(
            t.getId(),
            indicators.get(indicator).getId(),
            period,
            number,
            status,
            "Données illustratives Cohésion (démo)"));
  }

  private double sumOfCommunes(String epci) {
    double sum = 0;
    for (Object[] c : COMMUNES) {
      if (c[2].equals(epci)) {
        sum += (int) c[5];
      }
    }
    return sum;
  }

  private static double populationOf(String code) {
    for (Object[] c : COMMUNES) {
      if (c[0].equals(code)) {
        return (int) c[5];
      }
    }
    return 0;
  }

  /** A schematic boundary: a hexagon around the commune's approximate centre. */
  private static String hexagon(String code, String name, double lat, double lon) {
    StringBuilder ring = new StringBuilder("[");
    double r = 0.024;
    for (int k = 0; k <= 6; k++) {
      double a = Math.PI / 3 * (k % 6) + Math.PI / 6;
      double x = lon + r * Math.cos(a);
      double y = lat + r * 0.97 * Math.sin(a);
      ring.append(k == 0 ? "" : ",")
          .append(String.format(java.util.Locale.ROOT, "[%.5f,%.5f]", x, y));
    }
    ring.append("]");
    return "{\"type\":\"Feature\",\"properties\":{\"code\":\""
        + code
        + "\",\"name\":\""
        + name.replace("\"", "")
        + "\",\"schematic\":true},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":["
        + ring
        + "]}}";
  }

  private void pin(String slug, List<String> indicatorCodes, List<String> territoryCodes) {
    List<Long> group =
        em.createQuery("SELECT g.id FROM WorkingGroup g WHERE g.slug = :s", Long.class)
            .setParameter("s", slug)
            .getResultList();
    if (group.isEmpty()) {
      return;
    }
    for (String code : indicatorCodes) {
      em.createNativeQuery(
              "INSERT INTO group_pinned_indicator (group_id, indicator_id) VALUES (?1, ?2)")
          .setParameter(1, group.get(0))
          .setParameter(2, indicators.get(code).getId())
          .executeUpdate();
    }
    for (String code : territoryCodes) {
      em.createNativeQuery(
              "INSERT INTO group_pinned_territory (group_id, territory_id) VALUES (?1, ?2)")
          .setParameter(1, group.get(0))
          .setParameter(2, territories.get(code).getId())
          .executeUpdate();
    }
  }
}
