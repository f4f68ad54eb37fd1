package org.cohesion.observation.domain;

/** Status of one value. A suppressed value (statistical secret) has no number at all. */
public enum ObservationStatus {
  NORMAL,
  PROVISIONAL,
  SUPPRESSED
}
