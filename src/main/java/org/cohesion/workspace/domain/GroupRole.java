package org.cohesion.workspace.domain;

/** A member's role inside one working group. */
public enum GroupRole {
  /** Leads the group: manages its members, accepts join requests, approves its minutes. */
  LEAD,
  /** Co-writes the group's material. */
  CONTRIBUTOR,
  /** Reads the group's material. */
  READER;

  public boolean canContribute() {
    return this != READER;
  }

  public boolean canManage() {
    return this == LEAD;
  }
}
