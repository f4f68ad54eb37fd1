package org.cohesion.minutes.domain;

/** An invited member's part in a meeting: invited until the meeting's attendance is recorded. */
public enum AttendanceStatus {
  INVITED,
  PRESENT,
  EXCUSED,
  ABSENT
}
