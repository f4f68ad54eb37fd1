package org.cohesion.experience.domain;

/** Who pays a share of an action's budget. */
public enum Funder {
  STATE,
  COMMUNE,
  EPCI,
  CAF,
  REGION,
  OTHER
}
