package org.cohesion.observation.domain;

import java.math.BigDecimal;

/** A stored value, as the dashboards read it: ids, period, value (null when secret) and status. */
public record ObservedValue(
    long territoryId, long indicatorId, Period period, BigDecimal value, ObservationStatus status) {

  public boolean isSecret() {
    return status == ObservationStatus.SUPPRESSED || value == null;
  }
}
