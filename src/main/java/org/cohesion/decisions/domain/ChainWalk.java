package org.cohesion.decisions.domain;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Walks one body's chain entry by entry, in id order, and stops at the first entry that does not
 * hold. It also replays the entries into each decision's current state, so that the current view
 * (the {@code decision} table) can be checked against the register.
 */
public final class ChainWalk {

  /** A decision's current state, as the register says (replayed) or as the view holds it. */
  public record State(
      String title,
      String text,
      String type,
      boolean unanimous,
      int votesFor,
      int votesAgainst,
      int abstentions,
      String themes,
      boolean publicDecision,
      Long responsibleId,
      LocalDate dueOn,
      String status) {}

  private final long bodyId;
  private final String bodyCode;
  private final Map<String, State> states = new HashMap<>();
  private final Map<Long, String> numberOfEntry = new HashMap<>();
  private String expectedPrevious = RegisterHash.GENESIS;
  private long expectedSeq = 1;
  private long good;
  private ChainReport failure;

  public ChainWalk(long bodyId, String bodyCode) {
    this.bodyId = bodyId;
    this.bodyCode = bodyCode;
  }

  /** Takes the next entry; answers false once the chain is broken (later entries are ignored). */
  public boolean accept(long id, EntryContent c, String previousHash, String hash) {
    if (failure != null) {
      return false;
    }
    if (c.bodyId() != bodyId
        || c.chainSeq() != expectedSeq
        || !expectedPrevious.equals(previousHash)) {
      fail(id, c.decisionNo(), c.chainSeq(), ChainReport.Problem.BROKEN_LINK);
      return false;
    }
    if (!RegisterHash.of(previousHash, c).equals(hash)) {
      fail(id, c.decisionNo(), c.chainSeq(), ChainReport.Problem.HASH_MISMATCH);
      return false;
    }
    replay(c);
    numberOfEntry.put(id, c.decisionNo());
    expectedPrevious = hash;
    expectedSeq++;
    good++;
    return true;
  }

  private void replay(EntryContent c) {
    switch (EntryKind.valueOf(c.kind())) {
      case RECORDED, CORRECTED -> {
        State before = states.get(c.decisionNo());
        String status = before == null ? c.status() : before.status();
        states.put(
            c.decisionNo(),
            new State(
                c.title(),
                c.text(),
                c.decisionType(),
                Boolean.TRUE.equals(c.unanimous()),
                nz(c.votesFor()),
                nz(c.votesAgainst()),
                nz(c.abstentions()),
                c.themes() == null ? "" : c.themes(),
                Boolean.TRUE.equals(c.publicEntry()),
                c.responsibleId(),
                c.dueOn(),
                status));
      }
      case STATUS ->
          states.computeIfPresent(
              c.decisionNo(),
              (k, s) ->
                  new State(
                      s.title(),
                      s.text(),
                      s.type(),
                      s.unanimous(),
                      s.votesFor(),
                      s.votesAgainst(),
                      s.abstentions(),
                      s.themes(),
                      s.publicDecision(),
                      s.responsibleId(),
                      s.dueOn(),
                      c.status()));
      case NOTE -> {
        // A note changes nothing of the decision's state.
      }
    }
  }

  /**
   * Checks one decision of the current view against the replayed register (call after the walk,
   * only when the chain is intact). Answers false, and records the failure, on a difference.
   */
  public boolean checkView(long decisionId, String number, State view) {
    if (failure != null) {
      return false;
    }
    State replayed = states.remove(number);
    if (!Objects.equals(replayed, view)) {
      fail(decisionId, number, null, ChainReport.Problem.VIEW_MISMATCH);
      return false;
    }
    return true;
  }

  /** After every view row was checked: a decision of the register missing from the view. */
  public ChainReport finish() {
    if (failure == null && !states.isEmpty()) {
      fail(
          null,
          states.keySet().stream().sorted().findFirst().orElseThrow(),
          null,
          ChainReport.Problem.VIEW_MISMATCH);
    }
    return report();
  }

  public ChainReport report() {
    return failure != null
        ? failure
        : new ChainReport(bodyId, bodyCode, true, good, expectedPrevious, null, null, null, null);
  }

  public boolean isBroken() {
    return failure != null;
  }

  private void fail(Long id, String number, Long seq, ChainReport.Problem problem) {
    failure =
        new ChainReport(bodyId, bodyCode, false, good, expectedPrevious, id, number, seq, problem);
  }

  private static int nz(Integer i) {
    return i == null ? 0 : i;
  }
}
