package org.cohesion.observation.application;

import java.util.List;
import java.util.Map;
import org.cohesion.observation.domain.Indicator;
import org.cohesion.observation.domain.ObservedValue;
import org.cohesion.observation.domain.TerritoryRef;

/**
 * A working group's dashboard: the indicators and territories it pins, with the latest value of
 * each pair (keyed {@code territoryId-indicatorId}); for those who manage the group, the indicators
 * they may still pin (empty otherwise).
 */
public record GroupDashboard(
    long groupId,
    boolean canManage,
    List<Indicator> indicators,
    List<TerritoryRef> territories,
    Map<String, ObservedValue> latest,
    List<Indicator> pinnable) {

  public ObservedValue latest(long territoryId, long indicatorId) {
    return latest.get(territoryId + "-" + indicatorId);
  }
}
