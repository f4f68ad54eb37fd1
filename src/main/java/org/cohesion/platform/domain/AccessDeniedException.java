package org.cohesion.platform.domain;

import java.io.Serial;

/** The caller may see the object but not do this to it. */
public class AccessDeniedException extends DomainException {
  @Serial private static final long serialVersionUID = 1L;

  public AccessDeniedException() {
    super("error.accessDenied");
  }
}
