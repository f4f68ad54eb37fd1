package org.cohesion.decisions.application;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.cohesion.decisions.domain.FollowUpStatus;

/** Counts by follow-up status, and overdue decisions by responsible member. */
public record FollowUpSummary(
    Map<FollowUpStatus, Long> byStatus, List<OverdueCount> overdueByResponsible)
    implements Serializable {

  /** A responsible member and how many of their decisions are overdue. */
  public record OverdueCount(long memberId, String fullName, long count) implements Serializable {}
}
