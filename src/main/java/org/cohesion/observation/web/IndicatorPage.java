package org.cohesion.observation.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cohesion.observation.application.Catalogue;
import org.cohesion.observation.application.Dashboards;
import org.cohesion.observation.application.IndicatorDashboard;
import org.cohesion.observation.application.Series;
import org.cohesion.observation.domain.ObservedValue;
import org.cohesion.observation.domain.Period;
import org.cohesion.observation.domain.TerritoryLevel;
import org.cohesion.observation.domain.TerritoryRef;
import org.cohesion.platform.domain.NotFoundException;
import org.cohesion.platform.web.Parameters;
import org.cohesion.platform.web.UserLocale;
import org.omnifaces.util.Faces;

/**
 * An indicator's dashboard ({@code /observation/indicator.xhtml?code=TCHOM&period=2008&level=SITE
 * &t=97209&t=97213}): the ranking for a period, and the series of the chosen territories. The
 * choices travel in the URL (a GET form), so a dashboard can be bookmarked and shared.
 */
@Named
@RequestScoped
public class IndicatorPage {

  @Inject Dashboards dashboards;
  @Inject Catalogue catalogue;
  @Inject UserLocale userLocale;

  private IndicatorDashboard dashboard;
  private List<TerritoryRef> territories;
  private List<String> chosen;

  private IndicatorDashboard dashboard() {
    if (dashboard == null) {
      String code = Parameters.bounded("code", Faces.getRequestParameter("code"));
      if (code == null || code.isBlank()) {
        throw new NotFoundException();
      }
      Period period = PeriodParameter.read(Faces.getRequestParameter("period"));
      TerritoryLevel level = level(Parameters.bounded("level", Faces.getRequestParameter("level")));
      String[] t = Faces.getRequestParameterValuesMap().get("t");
      chosen = Parameters.bounded("t", t == null ? null : Arrays.asList(t));
      dashboard = dashboards.indicator(code, period, level, chosen);
      territories = catalogue.territories();
    }
    return dashboard;
  }

  static TerritoryLevel level(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return TerritoryLevel.valueOf(text);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  public void load() {
    dashboard();
  }

  public IndicatorDashboard getDashboard() {
    return dashboard();
  }

  public String getLabel() {
    return dashboard().indicator().label(userLocale.getLocale());
  }

  public String getRankingChart() {
    return ChartJson.ranking(
        dashboard().ranking(), getLabel(), userLocale.getLocale().toLanguageTag());
  }

  /** Height of the ranking chart: one bar per territory. */
  public int getRankingHeight() {
    return Math.max(160, 40 + 18 * dashboard().ranking().size());
  }

  public String getSeriesChart() {
    Map<String, List<ObservedValue>> series = new LinkedHashMap<>();
    for (Series s : dashboard().series()) {
      series.put(s.territory().name(), s.values());
    }
    return ChartJson.lines(series, false, userLocale.getLocale().toLanguageTag());
  }

  public List<TerritoryRef> getTerritories() {
    dashboard();
    return territories;
  }

  public TerritoryLevel[] getLevels() {
    return TerritoryLevel.values();
  }

  public boolean isSeriesChosen(String code) {
    dashboard();
    return dashboard.series().stream().anyMatch(s -> s.territory().code().equals(code));
  }

  /** The query string of the exports, as the page was asked for. */
  public String getExportQuery() {
    IndicatorDashboard d = dashboard();
    StringBuilder q = new StringBuilder("?");
    if (d.period() != null) {
      q.append("period=").append(d.period().label()).append('&');
    }
    if (d.level() != null) {
      q.append("level=").append(d.level()).append('&');
    }
    for (Series s : d.series()) {
      q.append("t=").append(URLEncoder.encode(s.territory().code(), StandardCharsets.UTF_8));
      q.append('&');
    }
    return q.substring(0, q.length() - 1);
  }
}
