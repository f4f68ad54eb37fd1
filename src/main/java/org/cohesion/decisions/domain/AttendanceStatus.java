package org.cohesion.decisions.domain;

/**
 * A member's part in a meeting: invited until the attendance is recorded, then present, represented
 * (absent, with a proxy, a "pouvoir", given to a member present), excused or absent.
 */
public enum AttendanceStatus {
  INVITED,
  PRESENT,
  /** Absent, but gave a proxy ("pouvoir") to a member present. */
  REPRESENTED,
  EXCUSED,
  ABSENT;

  /** Whether the member counts towards the quorum and the votes (in person or by proxy). */
  public boolean counts() {
    return this == PRESENT || this == REPRESENTED;
  }
}
