package org.cohesion.decisions.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.cohesion.platform.domain.DomainException;
import org.junit.jupiter.api.Test;

/** Numbering, the quorum rule, vote validation and the follow-up state machine. */
class DecisionRulesTest {

  private static String key(Runnable r) {
    return assertThrows(DomainException.class, r::run).messageKey();
  }

  @Test
  void numbersArePerBodyAndYearWithTwoDigitsAtLeast() {
    assertEquals("CA-2008-03", new DecisionNumber("CA", 2008, 3).toString());
    assertEquals("BUREAU-2008-12", new DecisionNumber("BUREAU", 2008, 12).toString());
    assertEquals("AG-2009-104", new DecisionNumber("AG", 2009, 104).toString());
    assertEquals(new DecisionNumber("CA", 2008, 3), DecisionNumber.parse("CA-2008-03"));
    assertEquals("decision.number.invalid", key(() -> new DecisionNumber("CA", 2008, 0)));
    assertEquals("decision.number.invalid", key(() -> DecisionNumber.parse("CA-08-3")));
  }

  @Test
  void theBureauCountsOnlyMembersPresent() {
    QuorumRule bureau = QuorumRule.forBody("BUREAU");
    assertEquals(3, bureau.required(4));
    assertTrue(bureau.isMet(4, 3, 0));
    assertFalse(bureau.isMet(4, 2, 2), "proxies do not count for the bureau");
  }

  @Test
  void theBoardCountsProxiesAndTheAssemblyNeedsAQuarter() {
    QuorumRule ca = QuorumRule.forBody("CA");
    assertEquals(4, ca.required(7));
    assertTrue(ca.isMet(7, 2, 2));
    assertFalse(ca.isMet(7, 2, 1));
    QuorumRule ag = QuorumRule.forBody("AG");
    assertEquals(11, ag.required(42));
    assertTrue(ag.isMet(42, 9, 2));
    assertFalse(ag.isMet(42, 9, 1));
    assertFalse(ag.isMet(0, 0, 0), "no electorate, no quorum");
  }

  @Test
  void votesMayNotExceedTheVoters() {
    assertEquals(
        Vote.counted(3, 1, 1), Vote.counted(3, 1, 1).validFor(5), "exactly the voters is fine");
    assertEquals("decision.vote.exceedsVoters", key(() -> Vote.counted(4, 1, 1).validFor(5)));
    assertEquals("decision.vote.negative", key(() -> Vote.counted(-1, 0, 0).validFor(5)));
    assertEquals("decision.vote.missing", key(() -> Vote.counted(0, 0, 0).validFor(5)));
    assertEquals(Vote.unanimous(5), new Vote(true, 0, 0, 0).validFor(5));
    assertEquals(
        "decision.vote.unanimousNotCounted", key(() -> new Vote(true, 0, 1, 0).validFor(5)));
  }

  @Test
  void followUpMovesThroughItsStates() {
    assertEquals(
        FollowUpStatus.IN_PROGRESS, FollowUpStatus.TODO.moveTo(FollowUpStatus.IN_PROGRESS));
    assertEquals(FollowUpStatus.DONE, FollowUpStatus.IN_PROGRESS.moveTo(FollowUpStatus.DONE));
    assertEquals(
        FollowUpStatus.IN_PROGRESS, FollowUpStatus.DONE.moveTo(FollowUpStatus.IN_PROGRESS));
    assertEquals(
        "decision.status.notAllowed",
        key(() -> FollowUpStatus.ABANDONED.moveTo(FollowUpStatus.TODO)));
    assertEquals(
        "decision.status.notAllowed",
        key(() -> FollowUpStatus.DONE.moveTo(FollowUpStatus.ABANDONED)));
    assertEquals(
        "decision.status.unchanged", key(() -> FollowUpStatus.TODO.moveTo(FollowUpStatus.TODO)));
    assertTrue(FollowUpStatus.IN_PROGRESS.isOpen());
    assertFalse(FollowUpStatus.DONE.isOpen());
  }

  @Test
  void theHashCoversEveryFieldAndThePreviousHash() {
    EntryContent c = content("Validation de la programmation 2008", 5);
    String h = RegisterHash.of(RegisterHash.GENESIS, c);
    assertEquals(64, h.length());
    assertEquals(
        h,
        RegisterHash.of(RegisterHash.GENESIS, content("Validation de la programmation 2008", 5)));
    assertFalse(
        h.equals(
            RegisterHash.of(
                RegisterHash.GENESIS, content("Validation de la programmation 2009", 5))));
    assertFalse(
        h.equals(
            RegisterHash.of(
                RegisterHash.GENESIS, content("Validation de la programmation 2008", 6))));
    assertFalse(h.equals(RegisterHash.of("1".repeat(64), c)));
  }

  @Test
  void aWalkFindsTheFirstBadEntry() {
    EntryContent first = content("A", 5);
    String h1 = RegisterHash.of(RegisterHash.GENESIS, first);
    EntryContent second = withSeq(content("B", 5), 2);
    String h2 = RegisterHash.of(h1, second);

    ChainWalk intact = new ChainWalk(1, "CA");
    assertTrue(intact.accept(10, first, RegisterHash.GENESIS, h1));
    assertTrue(intact.accept(11, second, h1, h2));
    ChainReport report = intact.report();
    assertTrue(report.intact());
    assertEquals(2, report.entries());
    assertEquals(h2, report.headHash());

    ChainWalk tampered = new ChainWalk(1, "CA");
    tampered.accept(10, first, RegisterHash.GENESIS, h1);
    assertFalse(tampered.accept(11, withSeq(content("B changed", 5), 2), h1, h2));
    assertEquals(11L, tampered.report().firstBadId());
    assertEquals(ChainReport.Problem.HASH_MISMATCH, tampered.report().problem());

    ChainWalk gap = new ChainWalk(1, "CA");
    assertFalse(gap.accept(11, second, h1, h2), "the first entry is missing");
    assertEquals(ChainReport.Problem.BROKEN_LINK, gap.report().problem());
  }

  private static EntryContent withSeq(EntryContent c, long seq) {
    return new EntryContent(
        c.bodyId(),
        seq,
        c.kind(),
        c.decisionNo(),
        c.correctsId(),
        c.meetingId(),
        c.heldOn(),
        c.title(),
        c.text(),
        c.decisionType(),
        c.unanimous(),
        c.votesFor(),
        c.votesAgainst(),
        c.abstentions(),
        c.themes(),
        c.minutesRef(),
        c.documents(),
        c.publicEntry(),
        c.responsibleId(),
        c.dueOn(),
        c.status(),
        c.note(),
        c.recordedAt(),
        c.recordedBy(),
        c.demo());
  }

  private static EntryContent content(String title, int votesFor) {
    return new EntryContent(
        1,
        1,
        "RECORDED",
        "CA-2008-01",
        null,
        7L,
        LocalDate.of(2008, 2, 29),
        title,
        "Texte",
        "PROGRAMME_VALIDATION",
        false,
        votesFor,
        0,
        1,
        "evaluation,observation",
        null,
        null,
        true,
        3L,
        LocalDate.of(2008, 6, 30),
        "TODO",
        null,
        1_204_300_000_000L,
        3L,
        true);
  }
}
