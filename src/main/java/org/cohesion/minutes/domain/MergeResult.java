package org.cohesion.minutes.domain;

import java.util.List;
import java.util.Objects;

/**
 * What {@link ThreeWayMerge#merge} gives: the merged text and the sections in conflict. In {@code
 * merged}, a conflicting section is the caller's own version ("mine"; absent if mine deleted it).
 */
public record MergeResult(MinutesText merged, List<SectionConflict> conflicts) {

  public MergeResult {
    Objects.requireNonNull(merged, "merged");
    conflicts = List.copyOf(conflicts);
  }

  /** No conflict: {@code merged} holds both sides' changes. */
  public boolean clean() {
    return conflicts.isEmpty();
  }
}
