package org.cohesion.network.domain;

/** How a body approves the minutes of its meetings (the rule is chosen per body). */
public enum MinutesRule {
  /** Approved once more than half of the body's seats have approved. */
  MAJORITY_OF_MEMBERS,
  /**
   * Approved once every member marked present at the meeting has voted, with no request for changes
   * and at least one approval (abstaining present members do not block).
   */
  ALL_PRESENT
}
