package org.cohesion.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.cohesion.platform.domain.AccessDeniedException;

/** The first line of every service method: who is calling, and may they be here at all. */
@ApplicationScoped
public class Guard {

  @Inject CurrentCaller current;

  public Caller caller() {
    return current.get();
  }

  public Caller requireSignedIn() {
    Caller caller = current.get();
    if (!caller.isAuthenticated()) {
      throw new AuthenticationRequiredException();
    }
    return caller;
  }

  public Caller requireRole(PlatformRole role) {
    Caller caller = requireSignedIn();
    if (!caller.has(role)) {
      throw new AccessDeniedException();
    }
    return caller;
  }
}
