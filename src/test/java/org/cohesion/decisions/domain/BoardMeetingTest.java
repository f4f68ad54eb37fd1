package org.cohesion.decisions.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.cohesion.network.domain.Body;
import org.cohesion.network.domain.Member;
import org.cohesion.platform.domain.DomainException;
import org.junit.jupiter.api.Test;

/** Attendance, proxies and the quorum of a meeting; the decision rules that depend on it. */
class BoardMeetingTest {

  private static Body body() throws Exception {
    var constructor = Body.class.getDeclaredConstructor();
    constructor.setAccessible(true);
    Body body = constructor.newInstance();
    var code = Body.class.getDeclaredField("code");
    code.setAccessible(true);
    code.set(body, "CA");
    return body;
  }

  private static Member m(String name) {
    return new Member(name, name + "@example.org");
  }

  private static String key(Runnable r) {
    return assertThrows(DomainException.class, r::run).messageKey();
  }

  @Test
  void proxiesGoToMembersPresentTwoAtMost() throws Exception {
    BoardMeeting meeting = new BoardMeeting(body(), LocalDate.of(2008, 2, 29), "CA", null, 7);
    Member a = m("a"), b = m("b"), c = m("c"), d = m("d"), e = m("e");
    assertEquals(
        "meeting.proxy.holderAbsent", key(() -> meeting.attend(b, Presence.REPRESENTED, a)));
    meeting.attend(a, Presence.PRESENT, null);
    assertEquals("meeting.proxy.self", key(() -> meeting.attend(a, Presence.REPRESENTED, a)));
    assertEquals(
        "meeting.proxy.holderRequired", key(() -> meeting.attend(b, Presence.REPRESENTED, null)));
    meeting.attend(b, Presence.REPRESENTED, a);
    meeting.attend(c, Presence.REPRESENTED, a);
    assertEquals("meeting.proxy.tooMany", key(() -> meeting.attend(d, Presence.REPRESENTED, a)));
    assertEquals(
        "meeting.proxy.holderLeaves", key(() -> meeting.attend(a, Presence.EXCUSED, null)));
    meeting.attend(e, Presence.EXCUSED, null);
    assertEquals(1, meeting.getPresent());
    assertEquals(2, meeting.getRepresented());
    assertEquals(3, meeting.voters());
    assertFalse(meeting.isQuorumMet(), "3 of 7: no quorum");
    meeting.attend(d, Presence.PRESENT, null);
    assertTrue(meeting.isQuorumMet(), "4 of 7");
  }

  @Test
  void noMoreVotersThanTheElectorate() throws Exception {
    BoardMeeting meeting = new BoardMeeting(body(), LocalDate.of(2008, 1, 29), "AG", null, 2);
    meeting.attend(m("a"), Presence.PRESENT, null);
    meeting.attend(m("b"), Presence.PRESENT, null);
    assertEquals(
        "meeting.attendance.exceedsElectorate",
        key(() -> meeting.attend(m("c"), Presence.PRESENT, null)));
    assertEquals(
        "meeting.electorate.invalid",
        key(() -> new BoardMeeting(body(0), LocalDate.of(2008, 1, 29), "AG", null, 0)));
  }

  @Test
  void aDecisionNeedsTheQuorumAFittingVoteAndADueDateAfterTheMeeting() throws Exception {
    BoardMeeting meeting = new BoardMeeting(body(), LocalDate.of(2008, 2, 29), "CA", null, 3);
    Member a = m("a");
    meeting.attend(a, Presence.PRESENT, null);
    DecisionDraft draft = new DecisionDraft();
    draft.setTitle("Validation de la programmation 2008");
    draft.setText("Le conseil valide la programmation.");
    assertEquals(
        "decision.quorumNotMet",
        key(
            () ->
                Decision.take(
                    meeting, 1, draft, java.util.Set.of(), null, java.time.Instant.EPOCH)));
    meeting.attend(m("b"), Presence.REPRESENTED, a);
    draft.setUnanimous(false);
    draft.setVotesFor(3);
    assertEquals(
        "decision.vote.exceedsVoters",
        key(
            () ->
                Decision.take(
                    meeting, 1, draft, java.util.Set.of(), null, java.time.Instant.EPOCH)));
    draft.setVotesFor(2);
    draft.setDueOn(LocalDate.of(2008, 2, 28));
    assertEquals(
        "decision.due.beforeMeeting",
        key(
            () ->
                Decision.take(
                    meeting, 1, draft, java.util.Set.of(), null, java.time.Instant.EPOCH)));
    draft.setDueOn(LocalDate.of(2008, 12, 31));
    draft.setText(" ");
    assertEquals(
        "decision.text.required",
        key(
            () ->
                Decision.take(
                    meeting, 1, draft, java.util.Set.of(), null, java.time.Instant.EPOCH)));
  }

  private static Body body(int unused) {
    try {
      return body();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
