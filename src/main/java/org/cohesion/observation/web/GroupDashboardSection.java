package org.cohesion.observation.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cohesion.observation.application.Catalogue;
import org.cohesion.observation.application.Dashboards;
import org.cohesion.observation.application.GroupDashboard;
import org.cohesion.observation.domain.Indicator;
import org.cohesion.observation.domain.ObservedValue;
import org.cohesion.observation.domain.TerritoryRef;
import org.cohesion.platform.web.Actions;
import org.cohesion.workspace.web.GroupPage;

/**
 * The dashboard section of a group's page: the indicators and territories the group pins, with
 * their latest values; its leads pin and unpin. The group comes from {@link GroupPage}, which has
 * already checked that the caller sees it; {@link Dashboards} checks again.
 */
@Named
@RequestScoped
public class GroupDashboardSection {

  @Inject Dashboards dashboards;
  @Inject Catalogue catalogue;
  @Inject GroupPage groupPage;
  @Inject Values values;

  private GroupDashboard dashboard;
  private String indicatorCode;
  private String territoryCode;
  private final Map<String, String> names = new HashMap<>();

  public GroupDashboard getDashboard() {
    if (dashboard == null) {
      dashboard = dashboards.group(groupPage.getGroup().getId());
    }
    return dashboard;
  }

  /** The latest value of a pinned pair, in the user's language ("secret", "—" when none). */
  public String value(TerritoryRef t, Indicator i) {
    ObservedValue v = getDashboard().latest(t.id(), i.getId());
    return v == null ? "—" : values.format(v.value(), v.status(), i.getUnit());
  }

  public String period(TerritoryRef t, Indicator i) {
    ObservedValue v = getDashboard().latest(t.id(), i.getId());
    return v == null ? "" : v.period().label();
  }

  /** The indicators the group's leads may still pin (read with the dashboard). */
  public List<Indicator> getIndicators() {
    return getDashboard().pinnable();
  }

  /** The territory picker's search: codes of at most 20 territories, named by {@link #label}. */
  public List<String> completeTerritories(String text) {
    List<TerritoryRef> found = catalogue.searchTerritories(text);
    found.forEach(t -> names.put(t.code(), t.name()));
    return found.stream().map(TerritoryRef::code).toList();
  }

  /** A territory's name in the picker (its code when the name was not read in this request). */
  public String label(String code) {
    return code == null ? "" : names.getOrDefault(code, code);
  }

  public void pinIndicator() {
    long g = groupPage.getGroup().getId();
    String code = indicatorCode;
    if (code != null
        && Actions.attempt(() -> dashboards.pinIndicator(g, code, true), "pin.added")) {
      dashboard = null;
    }
  }

  public void pinTerritory() {
    long g = groupPage.getGroup().getId();
    String code = territoryCode;
    if (code != null
        && Actions.attempt(() -> dashboards.pinTerritory(g, code, true), "pin.added")) {
      dashboard = null;
    }
  }

  public void unpinIndicator(String code) {
    long g = groupPage.getGroup().getId();
    if (Actions.attempt(() -> dashboards.pinIndicator(g, code, false), "pin.removed")) {
      dashboard = null;
    }
  }

  public void unpinTerritory(String code) {
    long g = groupPage.getGroup().getId();
    if (Actions.attempt(() -> dashboards.pinTerritory(g, code, false), "pin.removed")) {
      dashboard = null;
    }
  }

  public String getIndicatorCode() {
    return indicatorCode;
  }

  public void setIndicatorCode(String indicatorCode) {
    this.indicatorCode = indicatorCode;
  }

  public String getTerritoryCode() {
    return territoryCode;
  }

  public void setTerritoryCode(String territoryCode) {
    this.territoryCode = territoryCode;
  }
}
