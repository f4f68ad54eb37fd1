package org.cohesion.minutes.domain;

/**
 * Who approves submitted minutes, and when that is enough. A working group's minutes are approved
 * by one of its leads; a body chooses between a majority of its seats and every member present.
 */
public enum ApprovalRule {
  /** A working group: the first lead who approves approves the minutes. */
  GROUP_LEAD,
  /** A body: more than half of its seats approve. */
  MAJORITY_OF_MEMBERS,
  /**
   * A body: every member marked present at the meeting has voted, none asked for changes, and at
   * least one approved (abstaining does not block).
   */
  ALL_PRESENT
}
