package org.cohesion.platform.security;

import java.io.Serial;
import org.cohesion.platform.domain.DomainException;

/** The action needs a signed-in member and there is none (for instance the session expired). */
public class AuthenticationRequiredException extends DomainException {
  @Serial private static final long serialVersionUID = 1L;

  public AuthenticationRequiredException() {
    super("error.loginRequired");
  }
}
