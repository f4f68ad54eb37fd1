package org.cohesion.workspace.domain;

/** How a network-visible group lets people in. */
public enum JoinPolicy {
  /** Anyone of the network joins at once, as a contributor. */
  OPEN,
  /** People ask; a lead accepts or refuses. */
  ON_REQUEST
}
