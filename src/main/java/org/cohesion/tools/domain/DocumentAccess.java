package org.cohesion.tools.domain;

import java.io.Serializable;
import org.cohesion.platform.security.Caller;
import org.cohesion.platform.security.PlatformRole;
import org.cohesion.workspace.domain.GroupAccess;

/**
 * What one caller may do with one document, from its confidentiality, whether it is in a group (and
 * the caller's access to that group) or in the network library. Pure rules, tested without a
 * server; the services ask them before every read, download and change.
 *
 * @param group the caller's access to the document's group, {@code null} for the library
 */
public record DocumentAccess(
    boolean signedIn, boolean staff, Confidentiality confidentiality, GroupAccess group)
    implements Serializable {

  public static DocumentAccess of(
      Caller caller, Confidentiality confidentiality, GroupAccess group) {
    return new DocumentAccess(caller.isAuthenticated(), staff(caller), confidentiality, group);
  }

  /** Reads the metadata and downloads the files. To anyone else the document does not exist. */
  public boolean canRead() {
    return switch (confidentiality) {
      case PUBLIC -> true;
      case NETWORK -> signedIn;
      case GROUP -> group != null && group.canRead();
    };
  }

  /** Adds versions, changes the metadata and subjects: the group's contributors, or staff. */
  public boolean canChange() {
    if (!signedIn) {
      return false;
    }
    return staff || (group != null && (group.canContribute() || group.canManage()));
  }

  /** Adds a document to a group's tools (group given) or to the library (group null). */
  public static boolean canAdd(Caller caller, GroupAccess group) {
    if (!caller.isAuthenticated()) {
      return false;
    }
    return staff(caller) || (group != null && (group.canContribute() || group.canManage()));
  }

  /** The centre's staff and administrators run the library and the thesaurus. */
  public static boolean staff(Caller caller) {
    return caller.isAdministrator() || caller.has(PlatformRole.STAFF);
  }

  /** A document in the library cannot be kept to a group: it has none. */
  public static boolean allowed(Confidentiality confidentiality, boolean inGroup) {
    return inGroup || confidentiality != Confidentiality.GROUP;
  }
}
