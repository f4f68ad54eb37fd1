package org.cohesion.minutes.domain;

import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Counts the votes of one approval round against the rule, from pure data. A request for changes by
 * any approver returns the minutes at once; otherwise they are approved as soon as the rule is
 * reached, and stay pending until then.
 *
 * @param rule the rule of this round
 * @param approvers who may vote (member ids): the group's leads, the body's seats, or the members
 *     present at the meeting
 * @param votes each approver's current vote in this round
 */
public record ApprovalTally(ApprovalRule rule, Set<Long> approvers, Map<Long, VoteChoice> votes) {

  public enum Outcome {
    PENDING,
    APPROVED,
    RETURNED
  }

  public ApprovalTally {
    Objects.requireNonNull(rule);
    approvers = Set.copyOf(approvers);
    votes = Map.copyOf(votes);
    if (!approvers.containsAll(votes.keySet())) {
      throw new IllegalArgumentException("a vote from someone who is not an approver");
    }
  }

  public long count(VoteChoice choice) {
    return votes.values().stream().filter(choice::equals).count();
  }

  /** Approvals the rule needs, counted the way the rule counts them. */
  public int needed() {
    return switch (rule) {
      case GROUP_LEAD -> 1;
      case MAJORITY_OF_MEMBERS -> approvers.size() / 2 + 1;
      case ALL_PRESENT -> approvers.size();
    };
  }

  public Outcome outcome() {
    if (approvers.isEmpty()) {
      return Outcome.PENDING;
    }
    if (count(VoteChoice.REQUEST_CHANGES) > 0) {
      return Outcome.RETURNED;
    }
    long approvals = count(VoteChoice.APPROVE);
    boolean reached =
        switch (rule) {
          case GROUP_LEAD -> approvals >= 1;
          case MAJORITY_OF_MEMBERS -> approvals * 2 > approvers.size();
          case ALL_PRESENT -> votes.keySet().containsAll(approvers) && approvals >= 1;
        };
    return reached ? Outcome.APPROVED : Outcome.PENDING;
  }
}
