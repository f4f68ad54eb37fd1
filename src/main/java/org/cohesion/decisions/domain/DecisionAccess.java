package org.cohesion.decisions.domain;

import java.util.Set;

/**
 * What one caller may do in the decision log, from pure data: the bodies they sit on and their
 * platform roles. Board members of a body and staff record and follow up; administrators read
 * everything; every other member reads public decisions only.
 */
public record DecisionAccess(
    Set<Long> seatedBodyIds, boolean staff, boolean administrator, boolean boardMember) {

  public boolean canReadAllOf(long bodyId) {
    return staff || administrator || seatedBodyIds.contains(bodyId);
  }

  public boolean canRead(Decision decision) {
    return decision.isPublicDecision() || canReadAllOf(decision.getBody().getId());
  }

  public boolean canRecordIn(long bodyId) {
    return staff || seatedBodyIds.contains(bodyId);
  }

  public boolean canFollowUp(long bodyId) {
    return canRecordIn(bodyId);
  }

  /** Board members (by role or by seat) and administrators run the verification. */
  public boolean canVerify() {
    return administrator || boardMember || !seatedBodyIds.isEmpty();
  }

  /** Sees every decision, public or not, of every body. */
  public boolean seesAll() {
    return staff || administrator;
  }
}
