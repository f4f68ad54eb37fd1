package org.cohesion.decisions.domain;

/** What a decision is: its label comes from the bundles ({@code decisionType.X}). */
public enum DecisionType {
  DELIBERATION,
  OPINION,
  PROGRAMME_VALIDATION,
  BUDGET,
  APPOINTMENT
}
