package org.cohesion.observation.application;

import java.util.List;
import org.cohesion.observation.domain.Indicator;
import org.cohesion.observation.domain.ObservedValue;

/**
 * One indicator on a territory's dashboard: the territory's series (oldest first), its latest
 * value, and its commune's and Martinique's values for that same period (null when they have none).
 */
public record IndicatorLine(
    Indicator indicator,
    List<ObservedValue> series,
    ObservedValue latest,
    ObservedValue commune,
    ObservedValue martinique,
    List<ObservedValue> communeSeries,
    List<ObservedValue> martiniqueSeries) {}
