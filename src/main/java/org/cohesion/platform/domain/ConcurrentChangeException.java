package org.cohesion.platform.domain;

import java.io.Serial;

/** Someone else saved the same object since the caller loaded it; nothing was overwritten. */
public class ConcurrentChangeException extends DomainException {
  @Serial private static final long serialVersionUID = 1L;

  public ConcurrentChangeException() {
    super("error.concurrentChange");
  }
}
