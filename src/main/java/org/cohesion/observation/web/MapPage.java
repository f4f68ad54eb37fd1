package org.cohesion.observation.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.cohesion.observation.application.Catalogue;
import org.cohesion.observation.application.Dashboards;
import org.cohesion.observation.application.MapData;
import org.cohesion.observation.domain.Indicator;
import org.cohesion.observation.domain.ObservationStatus;
import org.cohesion.platform.domain.NotFoundException;
import org.cohesion.platform.web.Parameters;
import org.cohesion.platform.web.ScriptJson;
import org.cohesion.platform.web.UserLocale;
import org.omnifaces.util.Faces;

/**
 * The choropleth ({@code /observation/map.xhtml?indicator=TCHOM&period=2008}): the territories that
 * have a boundary, coloured in five classes of equal width; a secret or missing value is grey.
 * Drawn by Leaflet from the webjar on a blank background: no tile server.
 */
@Named
@RequestScoped
public class MapPage {

  /**
   * Looked up once: {@code Json.createObjectBuilder()} looks the provider up again at every call (a
   * service-loader scan), which cost seconds on a page of 40 charts.
   */
  static final JsonProvider JSON = JsonProvider.provider();

  static final String[] CLASSES = {"#edf8e9", "#bae4b3", "#74c476", "#31a354", "#006d2c"};
  static final String NONE = "#cccccc";

  @Inject Dashboards dashboards;
  @Inject Catalogue catalogue;
  @Inject UserLocale userLocale;
  @Inject Values values;

  private MapData map;
  private List<Indicator> indicators;
  private BigDecimal min;
  private BigDecimal max;

  private MapData map() {
    if (map == null) {
      indicators = catalogue.indicators();
      String code = Parameters.bounded("indicator", Faces.getRequestParameter("indicator"));
      if (code == null || code.isBlank()) {
        if (indicators.isEmpty()) {
          throw new NotFoundException();
        }
        code = indicators.get(0).getCode();
      }
      map = dashboards.map(code, PeriodParameter.read(Faces.getRequestParameter("period")));
      for (MapData.MapArea a : map.areas()) {
        if (a.value() != null && a.status() != ObservationStatus.SUPPRESSED) {
          min = min == null || a.value().compareTo(min) < 0 ? a.value() : min;
          max = max == null || a.value().compareTo(max) > 0 ? a.value() : max;
        }
      }
    }
    return map;
  }

  public void load() {
    map();
  }

  public MapData getMap() {
    return map();
  }

  public List<Indicator> getIndicators() {
    map();
    return indicators;
  }

  public String getLabel() {
    return map().indicator().label(userLocale.getLocale());
  }

  public boolean isSchematic() {
    return map().areas().stream().anyMatch(MapData.MapArea::schematic);
  }

  /** The areas as one GeoJSON FeatureCollection, each with its value, label and colour. */
  public String getGeoJson() {
    JsonArrayBuilder features = JSON.createArrayBuilder();
    for (MapData.MapArea a : map().areas()) {
      JsonObject feature;
      try (JsonReader reader = JSON.createReader(new StringReader(a.geoJson()))) {
        feature = reader.readObject();
      } catch (RuntimeException e) {
        continue;
      }
      if (!"Feature".equals(feature.getString("type", ""))) {
        feature =
            JSON.createObjectBuilder().add("type", "Feature").add("geometry", feature).build();
      }
      String text = values.format(a.value(), a.status(), map.indicator().getUnit());
      features.add(
          JSON.createObjectBuilder()
              .add("type", "Feature")
              .add("geometry", feature.get("geometry"))
              .add(
                  "properties",
                  JSON.createObjectBuilder()
                      .add("code", a.code())
                      .add("name", a.name())
                      .add("value", text)
                      .add("fill", colour(a))));
    }
    return ScriptJson.of(
        JSON.createObjectBuilder()
            .add("type", "FeatureCollection")
            .add("features", features)
            .build());
  }

  /** One line of the table that repeats the map for keyboards and screen readers. */
  public record Row(String code, String name, String value) {}

  /**
   * The map's values as rows, territory by territory, formatted as the map's tooltips are: the
   * table gives a keyboard or a screen reader what the map gives only to a pointer.
   */
  public List<Row> getRows() {
    List<Row> rows = new ArrayList<>();
    for (MapData.MapArea a : map().areas()) {
      rows.add(new Row(a.code(), a.name(), values.format(a.value(), a.status(), unit())));
    }
    return rows;
  }

  /** The legend: the lower bound of each class with its colour. */
  public List<String[]> getLegend() {
    map();
    List<String[]> legend = new ArrayList<>();
    if (min == null) {
      return legend;
    }
    BigDecimal step = step();
    for (int i = 0; i < CLASSES.length; i++) {
      BigDecimal from = min.add(step.multiply(BigDecimal.valueOf(i)));
      legend.add(
          new String[] {CLASSES[i], "≥ " + values.format(from, ObservationStatus.NORMAL, unit())});
    }
    return legend;
  }

  private org.cohesion.observation.domain.IndicatorUnit unit() {
    return map.indicator().getUnit();
  }

  private BigDecimal step() {
    BigDecimal range = max.subtract(min);
    return range.signum() == 0
        ? BigDecimal.ONE
        : range.divide(BigDecimal.valueOf(CLASSES.length), 6, java.math.RoundingMode.HALF_UP);
  }

  private String colour(MapData.MapArea a) {
    if (a.value() == null || a.status() == ObservationStatus.SUPPRESSED || min == null) {
      return NONE;
    }
    int k = a.value().subtract(min).divide(step(), 6, java.math.RoundingMode.HALF_UP).intValue();
    return CLASSES[Math.max(0, Math.min(CLASSES.length - 1, k))];
  }
}
