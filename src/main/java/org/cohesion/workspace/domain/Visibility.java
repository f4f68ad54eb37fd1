package org.cohesion.workspace.domain;

/** Who may know that a group exists. */
public enum Visibility {
  /** Only its members (and administrators) see it; to anyone else it does not exist. */
  MEMBERS_ONLY,
  /** Every member of the network sees it and may join or ask to join. */
  NETWORK
}
