package org.cohesion.platform.security;

import java.io.Serializable;
import java.util.EnumSet;
import java.util.Set;

/**
 * Who is calling, as the application services see it: the member behind the request and their
 * platform roles, read fresh from the database on each request (so a deactivation or a role change
 * takes effect at once, on every node).
 */
public record Caller(Long accountId, Long memberId, String login, Set<PlatformRole> roles)
    implements Serializable {

  private static final Caller ANONYMOUS =
      new Caller(null, null, null, EnumSet.noneOf(PlatformRole.class));

  public Caller {
    roles = roles.isEmpty() ? EnumSet.noneOf(PlatformRole.class) : EnumSet.copyOf(roles);
  }

  public static Caller anonymous() {
    return ANONYMOUS;
  }

  public boolean isAuthenticated() {
    return memberId != null;
  }

  public boolean has(PlatformRole role) {
    return roles.contains(role);
  }

  public boolean isAdministrator() {
    return has(PlatformRole.ADMINISTRATOR);
  }

  @Override
  public Set<PlatformRole> roles() {
    return roles.isEmpty() ? EnumSet.noneOf(PlatformRole.class) : EnumSet.copyOf(roles);
  }
}
