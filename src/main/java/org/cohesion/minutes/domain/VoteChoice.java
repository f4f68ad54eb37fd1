package org.cohesion.minutes.domain;

/** An approver's answer to submitted minutes. */
public enum VoteChoice {
  APPROVE,
  REQUEST_CHANGES,
  ABSTAIN
}
