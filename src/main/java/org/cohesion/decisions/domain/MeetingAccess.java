package org.cohesion.decisions.domain;

import java.io.Serializable;

/**
 * What one caller may do with the meetings of one group or body, from pure data: the one rule that
 * the meeting's service and the minutes (which add what they write and read) both apply. For a
 * working group it follows the group's rights; for a body, its seats and the staff.
 *
 * @param signedIn whether anyone is signed in at all
 * @param seesMeeting knows the meeting: the group's members or the body's seats, staff for bodies,
 *     administrators
 * @param plans schedules and changes meetings, records attendance: the group's contributors and
 *     leads, the body's seats and the staff
 */
public record MeetingAccess(boolean signedIn, boolean seesMeeting, boolean plans)
    implements Serializable {

  public static MeetingAccess ofGroup(
      boolean signedIn, boolean administrator, boolean member, boolean contributor) {
    return new MeetingAccess(
        signedIn, signedIn && (administrator || member), signedIn && contributor);
  }

  public static MeetingAccess ofBody(
      boolean signedIn, boolean administrator, boolean staff, boolean seated) {
    return new MeetingAccess(
        signedIn, signedIn && (administrator || staff || seated), signedIn && (staff || seated));
  }
}
