package org.cohesion.minutes.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.cohesion.decisions.domain.AttendanceStatus;
import org.cohesion.decisions.domain.Meeting;
import org.cohesion.decisions.domain.MeetingPlan;
import org.cohesion.network.domain.Member;
import org.cohesion.platform.domain.DomainException;
import org.cohesion.workspace.domain.WorkingGroup;
import org.junit.jupiter.api.Test;

/** What submission freezes, without a server: the approvers, the plan and the attendance. */
class SubmissionFreezeTest {

  private final Member writer = new Member("Marie Anselme", "marie@example.org");
  private final LocalDateTime nine = LocalDateTime.of(2008, 3, 4, 9, 0);

  private MeetingPlan plan(String title) {
    return new MeetingPlan(
        title,
        nine,
        nine.plusHours(2),
        null,
        List.of(new MeetingPlan.Item(null, "Point", null)),
        List.of());
  }

  private Minutes submittedMinutes(Meeting meeting, Set<Long> approvers) {
    Minutes minutes = Minutes.firstOf(meeting);
    minutes.write(
        MinutesText.of(List.of(Section.ofHtml("item-1", "Point", "<p>Texte</p>"))),
        null,
        RevisionKind.CREATED,
        writer,
        Instant.now(),
        null);
    minutes.submit(writer, Instant.now(), ApprovalRule.GROUP_LEAD, approvers);
    return minutes;
  }

  private static WorkingGroup group() {
    try {
      var blank = WorkingGroup.class.getDeclaredConstructor();
      blank.setAccessible(true);
      return blank.newInstance();
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String key(Runnable r) {
    return assertThrows(DomainException.class, r::run).messageKey();
  }

  @Test
  void submissionRecordsTheApproversAndFreezesPlanInviteesAndAttendance() {
    Meeting meeting = Meeting.ofGroup(group(), writer, plan("Réunion"));
    meeting.invite(List.of(writer));
    Minutes minutes = submittedMinutes(meeting, Set.of(7L, 8L));

    assertEquals(Set.of(7L, 8L), minutes.getApprovers());
    assertTrue(meeting.isMinutesFrozen());
    assertEquals("meeting.frozen", key(() -> meeting.replan(plan("Autre titre"))));
    assertEquals("meeting.frozen", key(() -> meeting.invite(List.of())));
    assertEquals(
        "meeting.attendance.frozen", key(() -> meeting.record(writer, AttendanceStatus.PRESENT)));
    assertEquals("Réunion", meeting.getTitle());
    assertEquals(1, meeting.getInvitations().size());
  }

  @Test
  void returnedToDraftTheMeetingOpensAgainAndANewRoundRecordsItsOwnApprovers() {
    Meeting meeting = Meeting.ofGroup(group(), writer, plan("Réunion"));
    Minutes minutes = submittedMinutes(meeting, Set.of(7L));
    minutes.returnToDraft("À revoir");
    assertFalse(meeting.isMinutesFrozen());
    meeting.replan(plan("Réunion corrigée"));
    minutes.submit(writer, Instant.now(), ApprovalRule.GROUP_LEAD, Set.of(9L));
    assertEquals(Set.of(9L), minutes.getApprovers());
    assertTrue(meeting.isMinutesFrozen());
  }

  @Test
  void anAmendmentReturnedToDraftLeavesTheApprovedMeetingFrozen() {
    Meeting meeting = Meeting.ofGroup(group(), writer, plan("Réunion"));
    Minutes first = submittedMinutes(meeting, Set.of(7L));
    first.approve(Instant.now());
    Minutes amendment = first.amend();
    amendment.write(
        first.getHead().text(), null, RevisionKind.AMENDMENT, writer, Instant.now(), null);
    amendment.submit(writer, Instant.now(), ApprovalRule.GROUP_LEAD, Set.of(7L));
    amendment.returnToDraft("Non");
    assertTrue(meeting.isMinutesFrozen());
  }

  @Test
  void noApproversNoSubmission() {
    Meeting meeting = Meeting.ofGroup(group(), writer, plan("Réunion"));
    Minutes minutes = Minutes.firstOf(meeting);
    minutes.write(MinutesText.empty(), null, RevisionKind.CREATED, writer, Instant.now(), null);
    assertEquals(
        "minutes.noApprovers",
        key(() -> minutes.submit(writer, Instant.now(), ApprovalRule.GROUP_LEAD, Set.of())));
    assertFalse(meeting.isMinutesFrozen());
  }
}
