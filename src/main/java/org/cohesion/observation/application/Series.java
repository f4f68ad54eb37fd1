package org.cohesion.observation.application;

import java.util.List;
import org.cohesion.observation.domain.ObservedValue;
import org.cohesion.observation.domain.TerritoryRef;

/** One territory's values of one indicator over time, oldest first. */
public record Series(TerritoryRef territory, List<ObservedValue> values) {}
