package org.cohesion.observation.domain;

import java.io.Serializable;
import org.cohesion.platform.security.Caller;
import org.cohesion.platform.security.PlatformRole;

/**
 * Who may do what in the observatory, from pure data. Territory and indicator dashboards and the
 * map are network data: every signed-in member reads them. Staff, administrators and the leads of a
 * working group import files, create indicators and territories, and load boundaries. A group's
 * dashboard follows the group's own visibility ({@code GroupAccess.canSee}).
 */
public record ObservationAccess(boolean signedIn, boolean staff, boolean leadOfAGroup)
    implements Serializable {

  public static ObservationAccess of(Caller caller, boolean leadOfAGroup) {
    return new ObservationAccess(
        caller.isAuthenticated(),
        caller.has(PlatformRole.STAFF) || caller.isAdministrator(),
        leadOfAGroup);
  }

  public boolean canRead() {
    return signedIn;
  }

  public boolean canImport() {
    return signedIn && (staff || leadOfAGroup);
  }
}
