package org.cohesion.observation.application;

import java.util.List;
import org.cohesion.observation.domain.Indicator;
import org.cohesion.observation.domain.Period;

/** A choropleth: the territories that have a boundary, with their value of one indicator. */
public record MapData(
    Indicator indicator, List<Period> periods, Period period, List<MapArea> areas) {

  /** One drawn territory; a secret or missing value is drawn hatched-grey, never as zero. */
  public record MapArea(
      String code,
      String name,
      String geoJson,
      boolean schematic,
      java.math.BigDecimal value,
      org.cohesion.observation.domain.ObservationStatus status) {}
}
