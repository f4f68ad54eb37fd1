package org.cohesion.minutes.domain;

import java.io.Serializable;
import org.cohesion.decisions.domain.MeetingAccess;

/**
 * What one caller may do with one meeting and its minutes, from pure data: who sees and plans the
 * meeting is the meeting's own rule ({@link MeetingAccess}); who writes the minutes is who plans,
 * and approved minutes of a network-visible group are read by every signed-in member.
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
    MeetingAccess meeting = MeetingAccess.ofGroup(signedIn, administrator, member, contributor);
    return new MinutesAccess(
        signedIn,
        meeting.seesMeeting(),
        meeting.plans(),
        meeting.plans(),
        meeting.seesMeeting() || (signedIn && networkVisible));
  }

  public static MinutesAccess ofBody(
      boolean signedIn, boolean administrator, boolean staff, boolean seated) {
    MeetingAccess meeting = MeetingAccess.ofBody(signedIn, administrator, staff, seated);
    return new MinutesAccess(
        signedIn, meeting.seesMeeting(), meeting.plans(), meeting.plans(), meeting.seesMeeting());
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
