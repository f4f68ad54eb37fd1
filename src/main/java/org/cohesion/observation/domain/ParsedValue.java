package org.cohesion.observation.domain;

import java.math.BigDecimal;

/** One value read from a file, not yet matched against the database's ids. */
public record ParsedValue(
    String territoryCode,
    String indicatorCode,
    Period period,
    BigDecimal value,
    ObservationStatus status,
    int line,
    int column,
    String source) {}
