package org.cohesion.observation.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cohesion.observation.application.Catalogue;
import org.cohesion.observation.application.ObservationImports;
import org.cohesion.observation.domain.Indicator;
import org.cohesion.observation.domain.TerritoryLevel;
import org.cohesion.observation.domain.TerritoryRef;

/** The observatory's entry page: the territories by level and the indicator catalogue. */
@Named
@RequestScoped
public class ObservationPage {

  @Inject Catalogue catalogue;
  @Inject ObservationImports imports;

  private Map<TerritoryLevel, List<TerritoryRef>> territories;
  private List<Indicator> indicators;
  private boolean canImport;

  @PostConstruct
  void load() {
    territories = new LinkedHashMap<>();
    for (TerritoryLevel level : TerritoryLevel.values()) {
      List<TerritoryRef> of =
          catalogue.territories().stream().filter(t -> t.level() == level).toList();
      if (!of.isEmpty()) {
        territories.put(level, of);
      }
    }
    indicators = catalogue.indicators();
    canImport = imports.canImport();
  }

  public List<Map.Entry<TerritoryLevel, List<TerritoryRef>>> getLevels() {
    return List.copyOf(territories.entrySet());
  }

  public List<Indicator> getIndicators() {
    return indicators;
  }

  public boolean isCanImport() {
    return canImport;
  }

  public boolean isDemo() {
    return indicators.stream().anyMatch(Indicator::isDemo);
  }
}
