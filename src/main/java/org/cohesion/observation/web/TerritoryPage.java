package org.cohesion.observation.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cohesion.observation.application.Dashboards;
import org.cohesion.observation.application.IndicatorLine;
import org.cohesion.observation.application.TerritoryDashboard;
import org.cohesion.observation.domain.ObservedValue;
import org.cohesion.platform.domain.NotFoundException;
import org.cohesion.platform.web.UserLocale;
import org.omnifaces.util.Faces;

/**
 * A territory's dashboard ({@code /observation/territory.xhtml?code=97209}): each indicator's
 * latest value and trend, beside its commune and Martinique. Read-only, so request-scoped; the
 * exports are plain GET links to /api/observation.
 */
@Named
@RequestScoped
public class TerritoryPage {

  @Inject Dashboards dashboards;
  @Inject UserLocale userLocale;

  private String code;
  private TerritoryDashboard dashboard;

  public void load() {
    if (code == null || code.isBlank()) {
      throw new NotFoundException();
    }
    dashboard = dashboards.territory(code);
  }

  private TerritoryDashboard dashboard() {
    if (dashboard == null) {
      code = code != null ? code : Faces.getRequestParameter("code");
      load();
    }
    return dashboard;
  }

  public TerritoryDashboard getDashboard() {
    return dashboard();
  }

  /** The line chart of one indicator: this territory, its commune, Martinique. */
  public String chart(IndicatorLine line) {
    TerritoryDashboard d = dashboard();
    Map<String, List<ObservedValue>> series = new LinkedHashMap<>();
    series.put(d.territory().name(), line.series());
    if (d.commune() != null && !line.communeSeries().isEmpty()) {
      series.put(d.commune().name(), line.communeSeries());
    }
    if (d.martinique() != null && !line.martiniqueSeries().isEmpty()) {
      series.put(d.martinique().name(), line.martiniqueSeries());
    }
    return ChartJson.lines(series, true, userLocale.getLocale().toLanguageTag());
  }

  public String label(IndicatorLine line) {
    return line.indicator().label(userLocale.getLocale());
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }
}
