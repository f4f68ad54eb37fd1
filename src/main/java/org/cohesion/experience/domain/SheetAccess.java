package org.cohesion.experience.domain;

import java.io.Serializable;
import org.cohesion.platform.security.Caller;
import org.cohesion.platform.security.PlatformRole;
import org.cohesion.workspace.domain.GroupAccess;

/**
 * What one caller may do with one sheet. Pure rules, tested without a server; the services ask them
 * before every read and change, and the catalogue's and search's filters say the same in a query.
 *
 * <ul>
 *   <li>The working copy (drafts, revisions) is read by the group's members and administrators, and
 *       by the staff while it waits for review.
 *   <li>The latest publication is read according to the confidentiality: the group; the groups of
 *       the named coordinators' network (and the staff, who run those networks); every signed-in
 *       member; anyone.
 * </ul>
 *
 * @param group the caller's access to the sheet's group
 * @param inNetwork the caller belongs to a group of the sheet's coordinators' network
 */
public record SheetAccess(
    boolean signedIn,
    boolean staff,
    boolean administrator,
    GroupAccess group,
    boolean inNetwork,
    boolean author,
    SheetStatus status,
    SheetConfidentiality confidentiality,
    boolean published)
    implements Serializable {

  public static SheetAccess of(
      Caller caller, ExperienceSheet sheet, GroupAccess group, boolean inNetwork) {
    return new SheetAccess(
        caller.isAuthenticated(),
        caller.has(PlatformRole.STAFF),
        caller.isAdministrator(),
        group,
        inNetwork,
        caller.memberId() != null && sheet.getAuthorIds().contains(caller.memberId()),
        sheet.getStatus(),
        sheet.getConfidentiality(),
        sheet.getPublishedNumber() > 0);
  }

  private boolean member() {
    return group != null && group.canRead();
  }

  /** Reads the working copy: what is being written, and the part histories. */
  public boolean canReadWorkingCopy() {
    return signedIn && (administrator || member() || (staff && status == SheetStatus.SUBMITTED));
  }

  /** Reads the latest publication (and every earlier one). */
  public boolean canReadPublished() {
    if (!published) {
      return false;
    }
    if (administrator || member()) {
      return true;
    }
    return switch (confidentiality) {
      case PUBLIC -> true;
      case NETWORK -> signedIn;
      case COORDINATORS -> signedIn && (inNetwork || staff);
      case GROUP -> false;
    };
  }

  /** To anyone else the sheet does not exist. */
  public boolean canSee() {
    return canReadWorkingCopy() || canReadPublished();
  }

  /** Writes the parts and the identity: the group's contributors and leads, while editable. */
  public boolean canWrite() {
    return signedIn && group != null && (group.canContribute() || group.canManage());
  }

  public boolean canSubmit() {
    return canWrite() && (status == SheetStatus.DRAFT || status == SheetStatus.RETURNED);
  }

  /** Publishes or returns it: the group's leads, the staff and administrators, once submitted. */
  public boolean canReview() {
    return status == SheetStatus.SUBMITTED
        && signedIn
        && (staff || (group != null && group.canManage()));
  }

  /** Sets who reads it: its authors, the group's leads, the staff. */
  public boolean canChangeConfidentiality() {
    return signedIn && ((author && canWrite()) || staff || (group != null && group.canManage()));
  }

  /** Asks its authors a question: whoever reads it, once it is published. */
  public boolean canComment() {
    return canSee();
  }
}
