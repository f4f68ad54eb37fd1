package org.cohesion.experience.application;

import org.cohesion.experience.domain.Part;
import org.cohesion.platform.domain.DomainException;

/**
 * A part saved from a version someone else has written over in the meantime: carries the text that
 * won and its version, so the page shows both side by side and the writer keeps theirs.
 */
public class PartConflictException extends DomainException {
  private static final long serialVersionUID = 1L;

  private final Part part;
  private final String theirs;
  private final int theirVersion;

  public PartConflictException(Part part, String theirs, int theirVersion) {
    super("experience.part.conflict", part.labelKey());
    this.part = part;
    this.theirs = theirs;
    this.theirVersion = theirVersion;
  }

  public Part part() {
    return part;
  }

  public String theirs() {
    return theirs;
  }

  public int theirVersion() {
    return theirVersion;
  }
}
