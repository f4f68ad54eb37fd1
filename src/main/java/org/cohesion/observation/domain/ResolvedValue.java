package org.cohesion.observation.domain;

import java.math.BigDecimal;

/** A value of a file with its territory and indicator ids, ready to be written. */
public record ResolvedValue(
    long territoryId,
    long indicatorId,
    Period period,
    BigDecimal value,
    ObservationStatus status,
    String source) {}
