package org.cohesion.it.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.cohesion.decisions.application.MeetingForm;
import org.cohesion.decisions.application.Meetings;
import org.cohesion.decisions.domain.AttendanceStatus;
import org.cohesion.minutes.application.MeetingMinutes;
import org.cohesion.minutes.application.MinutesApproval;
import org.cohesion.minutes.application.MinutesEditor;
import org.cohesion.minutes.domain.MinutesStatus;
import org.cohesion.minutes.domain.VoteChoice;
import org.cohesion.network.application.BodyAdministration;
import org.cohesion.network.domain.BodySeat.Office;
import org.cohesion.platform.domain.AccessDeniedException;
import org.cohesion.platform.domain.DomainException;
import org.cohesion.workspace.domain.GroupRole;
import org.cohesion.workspace.domain.Visibility;
import org.junit.jupiter.api.Test;

/**
 * Minutes as docs/minutes.md says: the history is for members, and what is approved (approvers,
 * plan, invitees, attendance) is frozen at submission. Fresh accounts and groups; the bureau's
 * extra seats are removed afterwards.
 */
class MinutesFreezeIT extends ServerTestBase {

  @Inject BodyAdministration bodies;
  @Inject Meetings planner;
  @Inject MeetingMinutes meetingMinutes;
  @Inject MinutesEditor editor;
  @Inject MinutesApproval approval;

  private static MeetingForm plan(String title) {
    return new MeetingForm(
        title,
        LocalDateTime.of(2032, 5, 10, 9, 0),
        LocalDateTime.of(2032, 5, 10, 11, 0),
        null,
        List.of(new MeetingForm.Item(null, "Point", null)),
        List.of());
  }

  private static String key(Runnable r) {
    return assertThrows(DomainException.class, r::run).messageKey();
  }

  @Test
  void theHistoryOfApprovedMinutesOfANetworkGroupIsForItsMembersOnly() {
    String lead = users.newAccount("hlead", "Historique responsable");
    String reader = users.newAccount("hreader", "Historique lectrice");
    String outsider = users.newAccount("hout", "Historique extérieur");
    long group =
        users.newGroup(
            "Historique",
            Visibility.NETWORK,
            Map.of(lead, GroupRole.LEAD, reader, GroupRole.READER));
    long meeting =
        users.as(
            lead, () -> planner.scheduleForGroup(group, plan("H " + UUID.randomUUID()), List.of()));
    long minutes = users.as(lead, () -> editor.start(meeting));
    users.as(lead, () -> approval.submit(minutes));
    assertEquals(
        MinutesStatus.APPROVED,
        users.as(lead, () -> approval.vote(minutes, VoteChoice.APPROVE, null)));

    // The outsider reads the approved text (network-visible group) but not how it was written.
    assertEquals(
        MinutesStatus.APPROVED,
        users.as(outsider, () -> approval.state(minutes)).minutes().getStatus());
    assertThrows(
        AccessDeniedException.class, () -> users.as(outsider, () -> editor.history(minutes)));
    assertThrows(
        AccessDeniedException.class, () -> users.as(outsider, () -> editor.text(minutes, 1)));
    assertFalse(users.as(reader, () -> editor.history(minutes)).isEmpty());
    users.as(reader, () -> editor.text(minutes, 1));
  }

  @Test
  void attendanceInviteesAndPlanAreRefusedOnceSubmittedAndNothingChanges() {
    String lead = users.newAccount("flead", "Gel responsable");
    String member = users.newAccount("fmember", "Gel membre");
    String newcomer = users.newAccount("fnew", "Gel arrivante");
    long group =
        users.newGroup(
            "Gel",
            Visibility.MEMBERS_ONLY,
            Map.of(
                lead, GroupRole.LEAD, member, GroupRole.CONTRIBUTOR, newcomer, GroupRole.READER));
    long leadId = users.memberId(lead);
    long memberId = users.memberId(member);
    long meeting =
        users.as(
            lead,
            () ->
                planner.scheduleForGroup(
                    group, plan("G " + UUID.randomUUID()), List.of(leadId, memberId)));
    users.as(lead, () -> planner.attend(meeting, memberId, AttendanceStatus.PRESENT, null));
    long minutes = users.as(member, () -> editor.start(meeting));
    users.as(member, () -> approval.submit(minutes));

    assertEquals(
        "meeting.attendance.frozen",
        key(
            () ->
                users.as(
                    lead, () -> planner.attend(meeting, memberId, AttendanceStatus.ABSENT, null))));
    int version = users.as(lead, () -> meetingMinutes.open(meeting)).meeting().getVersion();
    long newcomerId = users.memberId(newcomer);
    assertEquals(
        "meeting.frozen",
        key(
            () ->
                users.as(
                    lead,
                    () ->
                        planner.replan(
                            meeting, version, plan("Autre"), List.of(leadId, newcomerId)))));

    var view = users.as(lead, () -> meetingMinutes.open(meeting));
    assertEquals(2, view.meeting().getInvitations().size());
    assertEquals(
        List.of(),
        view.meeting().getInvitations().stream()
            .filter(i -> i.getMember().getId().equals(newcomerId))
            .toList());
    assertEquals(
        AttendanceStatus.PRESENT,
        view.meeting().getInvitations().stream()
            .filter(i -> i.getMember().getId().equals(memberId))
            .findFirst()
            .orElseThrow()
            .getPresence());

    // Approved: still frozen.
    users.as(lead, () -> approval.vote(minutes, VoteChoice.APPROVE, null));
    assertEquals(
        "meeting.attendance.frozen",
        key(
            () ->
                users.as(
                    lead, () -> planner.attend(meeting, leadId, AttendanceStatus.PRESENT, null))));
  }

  @Test
  void aSeatAddedAfterSubmissionDoesNotChangeTheCount() {
    long bureau = users.count("SELECT b.id FROM Body b WHERE b.code = ?1", "BUREAU");
    String first = users.newAccount("seat1", "Siège ajouté un");
    String second = users.newAccount("seat2", "Siège ajouté deux");
    long meeting =
        users.as(
            "jvalcin",
            () -> planner.scheduleForBody(bureau, plan("B " + UUID.randomUUID()), List.of()));
    long minutes = users.as("ktheodose", () -> editor.start(meeting));
    users.as("ktheodose", () -> approval.submit(minutes));
    var before = users.as("ktheodose", () -> approval.state(minutes));
    try {
      users.as("jvalcin", () -> bodies.seat(bureau, users.memberId(first), Office.MEMBER));
      users.as("jvalcin", () -> bodies.seat(bureau, users.memberId(second), Office.MEMBER));

      var after = users.as("ktheodose", () -> approval.state(minutes));
      assertEquals(before.approvers().size(), after.approvers().size());
      assertEquals(before.needed(), after.needed());
      assertThrows(
          AccessDeniedException.class,
          () -> users.as(first, () -> approval.vote(minutes, VoteChoice.REQUEST_CHANGES, "Non")));

      // The four seats of the submission: three approvals are a majority of them (not of six).
      assertEquals(4, before.approvers().size());
      users.as("manselme", () -> approval.vote(minutes, VoteChoice.APPROVE, null));
      users.as("rcelestine", () -> approval.vote(minutes, VoteChoice.APPROVE, null));
      assertEquals(
          MinutesStatus.APPROVED,
          users.as("ktheodose", () -> approval.vote(minutes, VoteChoice.APPROVE, null)));
    } finally {
      users.as("jvalcin", () -> bodies.unseat(bureau, users.memberId(first)));
      users.as("jvalcin", () -> bodies.unseat(bureau, users.memberId(second)));
    }
  }
}
