package org.cohesion.minutes.domain;

import java.io.Serializable;

/**
 * What one caller may do with one meeting and its minutes, from pure data. For a working group it
 * follows the group's rights ({@code GroupAccess}); for a body, the seats and the staff.
 *
 * @param signedIn whether anyone is signed in at all
 * @param seesMeeting knows the meeting and reads its drafts: the group's members or the body's
 *     seats, staff for bodies, administrators
 * @param plans schedules and changes meetings, records attendance
 * @param writes co-writes the minutes and submits them: contributors and leads of the group, the
 *     body's seats and the staff
 * @param readsApproved reads approved minutes: whoever sees the meeting, and every signed-in member
 *     for a network-visible group
 */
public record MinutesAccess(
    boolean signedIn, boolean seesMeeting, boolean plans, boolean writes, boolean readsApproved)
    implements Serializable {

  public static MinutesAccess ofGroup(
      boolean signedIn,
      boolean administrator,
      boolean member,
      boolean contributor,
      boolean networkVisible) {
    boolean sees = signedIn && (administrator || member);
    return new MinutesAccess(
        signedIn,
        sees,
        signedIn && contributor,
        signedIn && contributor,
        sees || (signedIn && networkVisible));
  }

  public static MinutesAccess ofBody(
      boolean signedIn, boolean administrator, boolean staff, boolean seated) {
    boolean sees = signedIn && (administrator || staff || seated);
    boolean acts = signedIn && (staff || seated);
    return new MinutesAccess(signedIn, sees, acts, acts, sees);
  }

  /**
   * Reads the revision history and old revisions: members only (the group's members, the body's
   * seats and staff, administrators), even of approved minutes that the whole network reads.
   */
  public boolean readsHistory() {
    return seesMeeting;
  }

  /** Reads this edition: a draft or submitted one needs the meeting, an approved one less. */
  public boolean reads(MinutesStatus status) {
    return status == MinutesStatus.APPROVED ? readsApproved : seesMeeting;
  }
}
