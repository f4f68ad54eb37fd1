package org.cohesion.experience.domain;

/**
 * Who reads a published sheet, from the most closed to the most open. Making a sheet more open
 * ("lowering" its confidentiality) is confirmed first; closing it takes effect at once.
 */
public enum SheetConfidentiality {
  /** The group's members only. */
  GROUP,
  /** The groups of one coordinators' network (e.g. the crime-prevention coordinators). */
  COORDINATORS,
  /** Every signed-in member of the network. */
  NETWORK,
  /** Anyone. */
  PUBLIC;

  /** True when going from this level to {@code target} lets more people read the sheet. */
  public boolean widenedBy(SheetConfidentiality target) {
    return target.ordinal() > ordinal();
  }
}
