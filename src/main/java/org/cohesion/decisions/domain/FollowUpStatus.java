package org.cohesion.decisions.domain;

import java.util.EnumSet;
import java.util.Set;
import org.cohesion.platform.domain.DomainException;

/**
 * The follow-up of a decision: to do, in progress, done, abandoned. Done can be reopened (the work
 * turned out unfinished); abandoned is final, since a new decision is needed to revive it.
 */
public enum FollowUpStatus {
  TODO,
  IN_PROGRESS,
  DONE,
  ABANDONED;

  public Set<FollowUpStatus> next() {
    return switch (this) {
      case TODO -> EnumSet.of(IN_PROGRESS, DONE, ABANDONED);
      case IN_PROGRESS -> EnumSet.of(TODO, DONE, ABANDONED);
      case DONE -> EnumSet.of(IN_PROGRESS);
      case ABANDONED -> EnumSet.noneOf(FollowUpStatus.class);
    };
  }

  /** Answers the new status, or refuses a move the state machine does not allow. */
  public FollowUpStatus moveTo(FollowUpStatus target) {
    if (target == null) {
      throw new DomainException("decision.status.required");
    }
    if (target == this) {
      throw new DomainException("decision.status.unchanged");
    }
    if (!next().contains(target)) {
      throw new DomainException("decision.status.notAllowed");
    }
    return target;
  }

  /** Still to be carried out: may be overdue. */
  public boolean isOpen() {
    return this == TODO || this == IN_PROGRESS;
  }
}
