package org.cohesion.decisions.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.cohesion.decisions.application.DecisionForm;
import org.cohesion.network.domain.Body;
import org.cohesion.network.domain.Member;
import org.cohesion.platform.domain.DomainException;
import org.junit.jupiter.api.Test;

/**
 * One attendance list: proxies and the quorum of a body's meeting; the decision rules that depend
 * on it.
 */
class MeetingAttendanceTest {

  private static Body body() throws Exception {
    var constructor = Body.class.getDeclaredConstructor();
    constructor.setAccessible(true);
    Body body = constructor.newInstance();
    var code = Body.class.getDeclaredField("code");
    code.setAccessible(true);
    code.set(body, "CA");
    return body;
  }

  private static Meeting meeting(Body body, LocalDate on, String title, int electorate) {
    return Meeting.ofBody(body, m("recorder"), MeetingPlan.onDay(title, on, null), electorate);
  }

  private static Member m(String name) {
    return new Member(name, name + "@example.org");
  }

  private static String key(Runnable r) {
    return assertThrows(DomainException.class, r::run).messageKey();
  }

  @Test
  void proxiesGoToMembersPresentTwoAtMost() throws Exception {
    Meeting meeting = meeting(body(), LocalDate.of(2008, 2, 29), "CA", 7);
    Member a = m("a"), b = m("b"), c = m("c"), d = m("d"), e = m("e");
    assertEquals(
        "meeting.proxy.holderAbsent",
        key(() -> meeting.record(b, AttendanceStatus.REPRESENTED, a)));
    meeting.record(a, AttendanceStatus.PRESENT, null);
    assertEquals(
        "meeting.proxy.self", key(() -> meeting.record(a, AttendanceStatus.REPRESENTED, a)));
    assertEquals(
        "meeting.proxy.holderRequired",
        key(() -> meeting.record(b, AttendanceStatus.REPRESENTED, null)));
    meeting.record(b, AttendanceStatus.REPRESENTED, a);
    meeting.record(c, AttendanceStatus.REPRESENTED, a);
    assertEquals(
        "meeting.proxy.tooMany", key(() -> meeting.record(d, AttendanceStatus.REPRESENTED, a)));
    assertEquals(
        "meeting.proxy.holderLeaves", key(() -> meeting.record(a, AttendanceStatus.EXCUSED, null)));
    meeting.record(e, AttendanceStatus.EXCUSED, null);
    assertEquals(1, meeting.getPresent());
    assertEquals(2, meeting.getRepresented());
    assertEquals(3, meeting.voters());
    assertFalse(meeting.isQuorumMet(), "3 of 7: no quorum");
    meeting.record(d, AttendanceStatus.PRESENT, null);
    assertTrue(meeting.isQuorumMet(), "4 of 7");
  }

  @Test
  void noMoreVotersThanTheElectorate() throws Exception {
    Meeting meeting = meeting(body(), LocalDate.of(2008, 1, 29), "AG", 2);
    meeting.record(m("a"), AttendanceStatus.PRESENT, null);
    meeting.record(m("b"), AttendanceStatus.PRESENT, null);
    assertEquals(
        "meeting.attendance.exceedsElectorate",
        key(() -> meeting.record(m("c"), AttendanceStatus.PRESENT, null)));
    assertEquals(
        "meeting.electorate.invalid",
        key(() -> meeting(body(0), LocalDate.of(2008, 1, 29), "AG", 0)));
  }

  @Test
  void aDecisionNeedsTheQuorumAFittingVoteAndADueDateAfterTheMeeting() throws Exception {
    Meeting meeting = meeting(body(), LocalDate.of(2008, 2, 29), "CA", 3);
    Member a = m("a");
    meeting.record(a, AttendanceStatus.PRESENT, null);
    DecisionForm draft = new DecisionForm();
    draft.setTitle("Validation de la programmation 2008");
    draft.setText("Le conseil valide la programmation.");
    assertEquals(
        "decision.quorumNotMet",
        key(
            () ->
                Decision.take(
                    meeting,
                    1,
                    draft.content(),
                    java.util.Set.of(),
                    null,
                    java.time.Instant.EPOCH)));
    meeting.record(m("b"), AttendanceStatus.REPRESENTED, a);
    draft.setUnanimous(false);
    draft.setVotesFor(3);
    assertEquals(
        "decision.vote.exceedsVoters",
        key(
            () ->
                Decision.take(
                    meeting,
                    1,
                    draft.content(),
                    java.util.Set.of(),
                    null,
                    java.time.Instant.EPOCH)));
    draft.setVotesFor(2);
    draft.setDueOn(LocalDate.of(2008, 2, 28));
    assertEquals(
        "decision.due.beforeMeeting",
        key(
            () ->
                Decision.take(
                    meeting,
                    1,
                    draft.content(),
                    java.util.Set.of(),
                    null,
                    java.time.Instant.EPOCH)));
    draft.setDueOn(LocalDate.of(2008, 12, 31));
    draft.setText(" ");
    assertEquals(
        "decision.text.required",
        key(
            () ->
                Decision.take(
                    meeting,
                    1,
                    draft.content(),
                    java.util.Set.of(),
                    null,
                    java.time.Instant.EPOCH)));
  }

  private static Body body(int unused) {
    try {
      return body();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
