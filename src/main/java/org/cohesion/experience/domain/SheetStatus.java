package org.cohesion.experience.domain;

/** Where the working copy of a sheet stands in its review. */
public enum SheetStatus {
  /** Being written (also after a publication, while a revision is written). */
  DRAFT,
  /** Waiting for the group's leads or the staff. */
  SUBMITTED,
  /** Sent back with comments: written again, then submitted again. */
  RETURNED,
  /** The working copy is the latest publication. */
  PUBLISHED;

  public boolean editable() {
    return this == DRAFT || this == RETURNED || this == PUBLISHED;
  }
}
