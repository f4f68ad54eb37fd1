package org.cohesion.observation.domain;

import java.math.BigDecimal;

/** A territory's value in a ranking, read with the territory's name in the same query. */
public record RankedValue(TerritoryRef territory, BigDecimal value, ObservationStatus status) {}
