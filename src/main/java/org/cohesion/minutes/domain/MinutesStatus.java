package org.cohesion.minutes.domain;

/**
 * Where one edition of the minutes stands. DRAFT → SUBMITTED → APPROVED, or back from SUBMITTED to
 * DRAFT when an approver asks for changes. APPROVED is final: a correction is a new edition.
 */
public enum MinutesStatus {
  DRAFT,
  SUBMITTED,
  APPROVED
}
