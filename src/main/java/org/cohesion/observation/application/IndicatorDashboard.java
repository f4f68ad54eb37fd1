package org.cohesion.observation.application;

import java.util.List;
import org.cohesion.observation.domain.Indicator;
import org.cohesion.observation.domain.Period;
import org.cohesion.observation.domain.TerritoryLevel;

/** One indicator: the ranking of territories for a period, and a time series of chosen ones. */
public record IndicatorDashboard(
    Indicator indicator,
    List<Period> periods,
    Period period,
    TerritoryLevel level,
    List<RankingRow> ranking,
    List<Series> series) {}
