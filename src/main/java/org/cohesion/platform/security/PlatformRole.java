package org.cohesion.platform.security;

/** What a person may do across the whole platform, whatever the group. */
public enum PlatformRole {
  /** Manages people, accounts, groups and bodies. */
  ADMINISTRATOR,
  /** Sits on a board body (bureau, CA); approves minutes and records decisions. */
  BOARD_MEMBER,
  /** The centre's staff, who run the network. */
  STAFF,
  /** Any practitioner of the network. */
  MEMBER
}
