package org.cohesion.experience.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** What the sheet's form sets besides its written parts and its budget. */
public record Identity(
    String title,
    Set<Long> themeIds,
    Long territoryId,
    TargetPublic audience,
    LocalDate periodStart,
    LocalDate periodEnd,
    String projectOwner,
    String partners,
    String contact,
    boolean withGrid,
    List<KeyMoment> keyMoments,
    List<ResultIndicator> indicators) {

  public Identity {
    themeIds = themeIds == null ? Set.of() : Set.copyOf(themeIds);
    keyMoments = keyMoments == null ? List.of() : List.copyOf(keyMoments);
    indicators = indicators == null ? List.of() : List.copyOf(indicators);
  }
}
