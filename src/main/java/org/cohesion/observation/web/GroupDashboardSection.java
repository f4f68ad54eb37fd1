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

/**
 * The dashboard section of a group's page: the indicators and territories the group pins, with
 * their latest values; its leads pin and unpin. The group's page passes the group's id (it has
 * already checked that the caller sees the group); {@link Dashboards} checks again, so this section
 * needs nothing of the workspace feature.
 */
@Named
@RequestScoped
public class GroupDashboardSection {

  @Inject Dashboards dashboards;
  @Inject Catalogue catalogue;
  @Inject Values values;

  private GroupDashboard dashboard;
  private String indicatorCode;
  private String territoryCode;
  private final Map<String, String> names = new HashMap<>();

  public GroupDashboard dashboard(long groupId) {
    if (dashboard == null) {
      dashboard = dashboards.group(groupId);
    }
    return dashboard;
  }

  /** The latest value of a pinned pair, in the user's language ("secret", "—" when none). */
  public String value(GroupDashboard gd, TerritoryRef t, Indicator i) {
    ObservedValue v = gd.latest(t.id(), i.getId());
    return v == null ? "—" : values.format(v.value(), v.status(), i.getUnit());
  }

  public String period(GroupDashboard gd, TerritoryRef t, Indicator i) {
    ObservedValue v = gd.latest(t.id(), i.getId());
    return v == null ? "" : v.period().label();
  }

  /** The indicators the group's leads may still pin (read with the dashboard). */
  public List<Indicator> indicators(long groupId) {
    return dashboard(groupId).pinnable();
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

  public void pinIndicator(long g) {
    String code = indicatorCode;
    if (code != null
        && Actions.attempt(() -> dashboards.pinIndicator(g, code, true), "pin.added")) {
      dashboard = null;
    }
  }

  public void pinTerritory(long g) {
    String code = territoryCode;
    if (code != null
        && Actions.attempt(() -> dashboards.pinTerritory(g, code, true), "pin.added")) {
      dashboard = null;
    }
  }

  public void unpinIndicator(long g, String code) {
    if (Actions.attempt(() -> dashboards.pinIndicator(g, code, false), "pin.removed")) {
      dashboard = null;
    }
  }

  public void unpinTerritory(long g, String code) {
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
