package org.cohesion.minutes.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Set;
import org.cohesion.minutes.domain.ApprovalTally.Outcome;
import org.junit.jupiter.api.Test;

/**
 * The approval rules and the access rules, without a server (the planning form's checks are Bean
 * Validation's: MinutesServicesIT).
 */
class ApprovalRulesTest {

  private static final Set<Long> FOUR = Set.of(1L, 2L, 3L, 4L);

  private static Outcome outcome(ApprovalRule rule, Set<Long> approvers, Map<Long, VoteChoice> v) {
    return new ApprovalTally(rule, approvers, v).outcome();
  }

  @Test
  void oneLeadApprovesAGroupsMinutes() {
    assertEquals(Outcome.PENDING, outcome(ApprovalRule.GROUP_LEAD, Set.of(1L, 2L), Map.of()));
    assertEquals(
        Outcome.APPROVED,
        outcome(ApprovalRule.GROUP_LEAD, Set.of(1L, 2L), Map.of(2L, VoteChoice.APPROVE)));
    assertEquals(
        Outcome.PENDING,
        outcome(ApprovalRule.GROUP_LEAD, Set.of(1L, 2L), Map.of(2L, VoteChoice.ABSTAIN)));
  }

  @Test
  void aMajorityIsMoreThanHalfOfTheSeats() {
    ApprovalRule rule = ApprovalRule.MAJORITY_OF_MEMBERS;
    assertEquals(3, new ApprovalTally(rule, FOUR, Map.of()).needed());
    assertEquals(
        Outcome.PENDING,
        outcome(rule, FOUR, Map.of(1L, VoteChoice.APPROVE, 2L, VoteChoice.APPROVE)));
    assertEquals(
        Outcome.APPROVED,
        outcome(
            rule,
            FOUR,
            Map.of(1L, VoteChoice.APPROVE, 2L, VoteChoice.APPROVE, 3L, VoteChoice.APPROVE)));
    assertEquals(
        Outcome.APPROVED,
        outcome(
            rule,
            Set.of(1L, 2L, 3L),
            Map.of(1L, VoteChoice.APPROVE, 2L, VoteChoice.APPROVE, 3L, VoteChoice.ABSTAIN)));
  }

  @Test
  void everyMemberPresentMustHaveVotedAndAbstainingDoesNotBlock() {
    ApprovalRule rule = ApprovalRule.ALL_PRESENT;
    Set<Long> present = Set.of(1L, 2L, 3L);
    assertEquals(
        Outcome.PENDING,
        outcome(rule, present, Map.of(1L, VoteChoice.APPROVE, 2L, VoteChoice.APPROVE)));
    assertEquals(
        Outcome.APPROVED,
        outcome(
            rule,
            present,
            Map.of(1L, VoteChoice.APPROVE, 2L, VoteChoice.APPROVE, 3L, VoteChoice.ABSTAIN)));
    assertEquals(
        Outcome.PENDING,
        outcome(
            rule,
            present,
            Map.of(1L, VoteChoice.ABSTAIN, 2L, VoteChoice.ABSTAIN, 3L, VoteChoice.ABSTAIN)));
  }

  @Test
  void anyRequestForChangesReturnsTheMinutes() {
    for (ApprovalRule rule : ApprovalRule.values()) {
      assertEquals(
          Outcome.RETURNED,
          outcome(
              rule,
              FOUR,
              Map.of(
                  1L,
                  VoteChoice.APPROVE,
                  2L,
                  VoteChoice.APPROVE,
                  3L,
                  VoteChoice.APPROVE,
                  4L,
                  VoteChoice.REQUEST_CHANGES)),
          rule.name());
    }
  }

  @Test
  void aVoteFromSomeoneWhoIsNotAnApproverIsRefused() {
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new ApprovalTally(ApprovalRule.GROUP_LEAD, Set.of(1L), Map.of(9L, VoteChoice.APPROVE)));
    assertEquals(Outcome.PENDING, outcome(ApprovalRule.ALL_PRESENT, Set.of(), Map.of()));
  }

  @Test
  void accessFollowsTheGroupOrTheBody() {
    MinutesAccess reader = MinutesAccess.ofGroup(true, false, true, false, false);
    assertTrue(reader.seesMeeting() && !reader.writes() && !reader.plans());
    MinutesAccess outsider = MinutesAccess.ofGroup(true, false, false, false, true);
    assertTrue(!outsider.seesMeeting() && outsider.reads(MinutesStatus.APPROVED));
    assertTrue(!outsider.reads(MinutesStatus.DRAFT) && !outsider.reads(MinutesStatus.SUBMITTED));
    MinutesAccess hidden = MinutesAccess.ofGroup(true, false, false, false, false);
    assertTrue(!hidden.reads(MinutesStatus.APPROVED));
    MinutesAccess anonymous = MinutesAccess.ofGroup(false, false, false, false, true);
    assertTrue(!anonymous.reads(MinutesStatus.APPROVED));
    MinutesAccess admin = MinutesAccess.ofBody(true, true, false, false);
    assertTrue(admin.seesMeeting() && !admin.writes());
    MinutesAccess staff = MinutesAccess.ofBody(true, false, true, false);
    assertTrue(staff.plans() && staff.writes());
    MinutesAccess member = MinutesAccess.ofBody(true, false, false, false);
    assertTrue(!member.reads(MinutesStatus.APPROVED));
  }
}
