package org.cohesion.decisions.domain;

import java.io.Serializable;

/**
 * The outcome of verifying one body's chain: intact with its length and head hash, or the first
 * entry that does not hold (its id, decision number and position) and why.
 */
public record ChainReport(
    long bodyId,
    String bodyCode,
    boolean intact,
    long entries,
    String headHash,
    Long firstBadId,
    String firstBadNumber,
    Long firstBadSeq,
    Problem problem)
    implements Serializable {

  /** What is wrong with the first bad entry. */
  public enum Problem {
    /** The entry's content (or its stored hash) was changed: the hash does not match. */
    HASH_MISMATCH,
    /** The entry does not follow the previous one: an entry was deleted or inserted before it. */
    BROKEN_LINK,
    /** The current view of a decision differs from what the register says. */
    VIEW_MISMATCH
  }

  @Override
  public String toString() {
    return intact
        ? bodyCode + ": intact, " + entries + " entries, head hash " + headHash
        : bodyCode
            + ": NOT intact after "
            + entries
            + " good entries; first bad entry id "
            + firstBadId
            + " ("
            + firstBadNumber
            + ", position "
            + firstBadSeq
            + "): "
            + problem;
  }
}
