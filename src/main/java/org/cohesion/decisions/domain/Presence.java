package org.cohesion.decisions.domain;

/** How a voting member took part in a meeting. */
public enum Presence {
  PRESENT,
  /** Absent, but gave a proxy ("pouvoir") to a member present. */
  REPRESENTED,
  EXCUSED
}
