package org.cohesion.platform.domain;

import java.io.Serial;

/**
 * The object does not exist, or the caller may not know that it exists. Both cases answer the same,
 * so that a members-only group cannot be discovered by guessing its id or slug.
 */
public class NotFoundException extends DomainException {
  @Serial private static final long serialVersionUID = 1L;

  public NotFoundException() {
    super("error.notFound");
  }
}
