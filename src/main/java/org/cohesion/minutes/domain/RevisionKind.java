package org.cohesion.minutes.domain;

/** How a revision of the minutes came to be. */
public enum RevisionKind {
  /** The first text, laid out from the agenda. */
  CREATED,
  /** A save based on the latest revision. */
  EDIT,
  /** A save based on an older revision, merged with what others saved in between. */
  MERGE,
  /** An old revision brought back as the latest. */
  RESTORE,
  /** The approved text of the previous edition, as the start of an amendment. */
  AMENDMENT
}
