package org.cohesion.observation.web;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.cohesion.observation.application.RankingRow;
import org.cohesion.observation.domain.ObservedValue;
import org.cohesion.observation.domain.Period;
import org.cohesion.platform.web.ScriptJson;

/**
 * Chart.js configurations for {@code p:chart} (PrimeFaces 15 takes the chart as its JSON). A secret
 * value is {@code null} in a dataset: Chart.js leaves a gap there ({@code spanGaps: false}), and a
 * bar is not drawn. Nothing secret is ever charted as zero. PrimeFaces writes the configuration
 * into an inline script as it is, so it is always made by {@link ScriptJson}.
 */
final class ChartJson {

  /**
   * Looked up once: {@code Json.createObjectBuilder()} looks the provider up again at every call (a
   * service-loader scan), which cost seconds on a page of 40 charts.
   */
  static final JsonProvider JSON = JsonProvider.provider();

  static final String[] COLOURS = {
    "#0b6e4f", "#c0392b", "#2c6fbb", "#b8860b", "#6c3483", "#117a65", "#a04000", "#34495e"
  };

  private ChartJson() {}

  /** One line per named series over the union of their periods. */
  static String lines(Map<String, List<ObservedValue>> series, boolean small) {
    return lines(series, small, "fr-FR");
  }

  /** The same, with numbers on the axes in the reader's language (a BCP 47 tag). */
  static String lines(Map<String, List<ObservedValue>> series, boolean small, String locale) {
    TreeSet<Period> periods = new TreeSet<>();
    series.values().forEach(list -> list.forEach(v -> periods.add(v.period())));
    JsonArrayBuilder labels = JSON.createArrayBuilder();
    periods.forEach(p -> labels.add(p.label()));
    JsonArrayBuilder datasets = JSON.createArrayBuilder();
    int i = 0;
    for (var entry : series.entrySet()) {
      Map<Period, ObservedValue> byPeriod =
          entry.getValue().stream()
              .collect(Collectors.toMap(ObservedValue::period, Function.identity(), (a, b) -> a));
      JsonArrayBuilder data = JSON.createArrayBuilder();
      for (Period p : periods) {
        ObservedValue v = byPeriod.get(p);
        if (v == null || v.isSecret()) {
          data.addNull();
        } else {
          data.add(v.value());
        }
      }
      String colour = COLOURS[i++ % COLOURS.length];
      datasets.add(
          JSON.createObjectBuilder()
              .add("label", entry.getKey())
              .add("data", data)
              .add("borderColor", colour)
              .add("backgroundColor", colour)
              .add("spanGaps", false)
              .add("tension", 0.2)
              .add("pointRadius", small ? 2 : 3)
              .add("borderWidth", i == 1 ? 2.5 : 1.5));
    }
    JsonObjectBuilder options =
        JSON.createObjectBuilder()
            .add("responsive", true)
            .add("maintainAspectRatio", false)
            .add("animation", false)
            .add("locale", locale)
            .add(
                "plugins",
                JSON.createObjectBuilder()
                    .add(
                        "legend",
                        JSON.createObjectBuilder()
                            .add("display", !small || series.size() > 1)
                            .add("position", "bottom")
                            .add("labels", JSON.createObjectBuilder().add("boxWidth", 10))));
    return ScriptJson.of(
        JSON.createObjectBuilder()
            .add("type", "line")
            .add("data", JSON.createObjectBuilder().add("labels", labels).add("datasets", datasets))
            .add("options", options)
            .build());
  }

  /** A horizontal bar per territory, in ranking order; secret values have no bar. */
  static String ranking(List<RankingRow> rows, String label, String locale) {
    JsonArrayBuilder labels = JSON.createArrayBuilder();
    JsonArrayBuilder data = JSON.createArrayBuilder();
    for (RankingRow r : rows) {
      labels.add(r.territory().name());
      BigDecimal v = r.value();
      if (r.isSecret() || v == null) {
        data.addNull();
      } else {
        data.add(v);
      }
    }
    return ScriptJson.of(
        JSON.createObjectBuilder()
            .add("type", "bar")
            .add(
                "data",
                JSON.createObjectBuilder()
                    .add("labels", labels)
                    .add(
                        "datasets",
                        JSON.createArrayBuilder()
                            .add(
                                JSON.createObjectBuilder()
                                    .add("label", label)
                                    .add("data", data)
                                    .add("backgroundColor", COLOURS[0]))))
            .add(
                "options",
                JSON.createObjectBuilder()
                    .add("indexAxis", "y")
                    .add("locale", locale)
                    .add("responsive", true)
                    .add("maintainAspectRatio", false)
                    .add("animation", false)
                    .add(
                        "plugins",
                        JSON.createObjectBuilder()
                            .add("legend", JSON.createObjectBuilder().add("display", false))))
            .build());
  }
}
