package org.cohesion.observation.application;

import java.util.List;
import org.cohesion.observation.domain.TerritoryRef;

/**
 * One territory's dashboard: every indicator that has values here, its latest value and trend,
 * beside its commune's and Martinique's at the same period.
 */
public record TerritoryDashboard(
    TerritoryRef territory,
    TerritoryRef commune,
    TerritoryRef martinique,
    List<TerritoryRef> groupings,
    List<TerritoryRef> units,
    List<IndicatorLine> lines,
    boolean demo) {}
