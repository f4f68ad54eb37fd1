package org.cohesion.decisions.domain;

/** The kinds of entries of the register. Every change to a decision is a new entry. */
public enum EntryKind {
  /** The decision as taken at the meeting, with its follow-up. */
  RECORDED,
  /** A corrected version of the decision's content; references the entry it corrects. */
  CORRECTED,
  /** A dated follow-up note. */
  NOTE,
  /** A change of follow-up status, with an optional note. */
  STATUS
}
