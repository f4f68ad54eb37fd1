package org.cohesion.observation.application;

import java.math.BigDecimal;
import org.cohesion.observation.domain.ObservationStatus;
import org.cohesion.observation.domain.TerritoryRef;

/** A territory's place in a ranking; a secret value has no number and comes last. */
public record RankingRow(TerritoryRef territory, BigDecimal value, ObservationStatus status) {
  public boolean isSecret() {
    return value == null || status == ObservationStatus.SUPPRESSED;
  }
}
