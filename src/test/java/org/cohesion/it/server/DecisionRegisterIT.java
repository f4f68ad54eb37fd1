package org.cohesion.it.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import org.cohesion.decisions.application.DecisionForm;
import org.cohesion.decisions.application.DecisionRegister;
import org.cohesion.decisions.application.MeetingDay;
import org.cohesion.decisions.application.Meetings;
import org.cohesion.decisions.application.RegisterFilter;
import org.cohesion.decisions.application.RegisterVerification;
import org.cohesion.decisions.domain.AttendanceStatus;
import org.cohesion.decisions.domain.ChainReport;
import org.cohesion.decisions.domain.Decision;
import org.cohesion.decisions.domain.DecisionType;
import org.cohesion.decisions.domain.FollowUpStatus;
import org.cohesion.platform.domain.AccessDeniedException;
import org.cohesion.platform.domain.DomainException;
import org.cohesion.platform.domain.NotFoundException;
import org.junit.jupiter.api.Test;

/**
 * The decision register against the real MariaDB: recording with its rules, access per body, and
 * the hash chain, which catches any direct alteration of the stored entries.
 */
class DecisionRegisterIT extends ServerTestBase {

  @Inject Meetings meetings;
  @Inject DecisionRegister register;
  @Inject RegisterVerification verification;
  @Inject RawSql sql;

  private long bodyId(String code) {
    return users.count("SELECT b.id FROM Body b WHERE b.code = ?1", code);
  }

  /** A CA meeting with 4 of its 7 members counted (3 present, 1 proxy): quorum met, 4 voters. */
  private long caMeeting(LocalDate on) {
    long ca = bodyId("CA");
    return users.as(
        "hbellemare",
        () -> {
          long m =
              meetings.schedule(
                  ca,
                  new MeetingDay(on, "Conseil d'administration (test)", "Fort-de-France", null));
          meetings.attend(m, users.memberId("hbellemare"), AttendanceStatus.PRESENT, null);
          meetings.attend(m, users.memberId("manselme"), AttendanceStatus.PRESENT, null);
          meetings.attend(m, users.memberId("ceuzet"), AttendanceStatus.PRESENT, null);
          meetings.attend(
              m,
              users.memberId("rcelestine"),
              AttendanceStatus.REPRESENTED,
              users.memberId("hbellemare"));
          return m;
        });
  }

  private static DecisionForm draft(String title) {
    DecisionForm d = new DecisionForm();
    d.setTitle(title);
    d.setText("Le conseil d'administration adopte : " + title);
    d.setType(DecisionType.DELIBERATION);
    d.setUnanimous(false);
    d.setVotesFor(3);
    d.setVotesAgainst(0);
    d.setAbstentions(1);
    d.setThemeCodes(List.of("evaluation"));
    return d;
  }

  private Decision decision(String number) {
    return users.as(
        "hbellemare",
        () -> {
          RegisterFilter f = new RegisterFilter();
          f.setText(number);
          return register.search(f, 0, 5).items().get(0);
        });
  }

  private String key(Runnable r) {
    return assertThrows(DomainException.class, r::run).messageKey();
  }

  private ChainReport verifyCa() {
    long ca = bodyId("CA");
    return users.as("hbellemare", () -> verification.verify(ca)).get(0);
  }

  private long entryId(String number, String kind) {
    return Long.parseLong(
        sql.string(
            "SELECT MIN(id) FROM register_entry WHERE decision_no = ? AND kind = ?", number, kind));
  }

  @Test
  void aBoardMemberRecordsAndFollowsUpAndTheChainVerifies() {
    long m = caMeeting(LocalDate.of(2031, 2, 28));
    String number = users.as("hbellemare", () -> register.record(m, draft("Programme 2031")));
    assertTrue(number.startsWith("CA-2031-"), number);
    Decision d = decision(number);
    users.as("manselme", () -> register.addNote(d.getId(), "Premier point d'étape"));
    users.as("jvalcin", () -> register.changeStatus(d.getId(), FollowUpStatus.IN_PROGRESS, null));
    var view = users.as("hbellemare", () -> register.open(d.getId()));
    assertEquals(3, view.history().size());
    assertEquals(FollowUpStatus.IN_PROGRESS, view.decision().getStatus());

    ChainReport report = verifyCa();
    assertTrue(report.intact(), report.toString());
    assertTrue(report.entries() >= 3);
    assertEquals(64, report.headHash().length());
    assertEquals(
        report.headHash(),
        sql.string(
            "SELECT hash FROM register_entry WHERE body_id = ? ORDER BY id DESC LIMIT 1",
            bodyId("CA")));
  }

  @Test
  void badInputIsRefusedAndNothingIsSaved() {
    long m = caMeeting(LocalDate.of(2032, 3, 10));
    long before = users.count("SELECT COUNT(e) FROM RegisterEntry e");

    DecisionForm tooMany = draft("Trop de voix");
    tooMany.setVotesFor(4);
    assertEquals(
        "decision.vote.exceedsVoters",
        key(() -> users.as("hbellemare", () -> register.record(m, tooMany))));

    DecisionForm early = draft("Échéance avant la séance");
    early.setDueOn(LocalDate.of(2032, 3, 9));
    assertEquals(
        "decision.due.beforeMeeting",
        key(() -> users.as("hbellemare", () -> register.record(m, early))));

    DecisionForm empty = draft("Sans texte");
    empty.setText("   ");
    assertEquals(
        "decision.text.required",
        key(() -> users.as("hbellemare", () -> register.record(m, empty))));

    assertEquals(before, users.count("SELECT COUNT(e) FROM RegisterEntry e"));

    String number = users.as("hbellemare", () -> register.record(m, draft("Première")));
    DecisionForm same = draft("Même numéro");
    same.setSeq(decision(number).getSeq());
    assertEquals(
        "decision.number.used", key(() -> users.as("hbellemare", () -> register.record(m, same))));
    assertEquals(before + 1, users.count("SELECT COUNT(e) FROM RegisterEntry e"));
  }

  @Test
  void aDecisionWithoutQuorumIsRefused() {
    long ca = bodyId("CA");
    long m =
        users.as(
            "manselme",
            () -> {
              long id =
                  meetings.schedule(
                      ca, new MeetingDay(LocalDate.of(2033, 1, 15), "CA sans quorum", null, null));
              meetings.attend(id, users.memberId("manselme"), AttendanceStatus.PRESENT, null);
              meetings.attend(
                  id,
                  users.memberId("ktheodose"),
                  AttendanceStatus.REPRESENTED,
                  users.memberId("manselme"));
              return id;
            });
    DecisionForm d = draft("Sans quorum");
    d.setVotesFor(1);
    d.setAbstentions(0);
    assertEquals(
        "decision.quorumNotMet", key(() -> users.as("manselme", () -> register.record(m, d))));
  }

  @Test
  void onlyMembersOfTheBodyAndStaffRecordAndFollowUp() {
    long bureau = bodyId("BUREAU");
    // Corinne Euzet sits on the CA, not on the bureau.
    assertEquals(
        "decision.notBoardMember",
        key(
            () ->
                users.as(
                    "ceuzet",
                    () ->
                        meetings.schedule(
                            bureau,
                            new MeetingDay(LocalDate.of(2034, 1, 5), "Bureau", null, null)))));
    long m = caMeeting(LocalDate.of(2034, 2, 1));
    assertEquals(
        "decision.notBoardMember",
        key(() -> users.as("flarcher", () -> register.record(m, draft("Pas membre")))));
    String number = users.as("plordinot", () -> register.record(m, draft("Par le personnel")));
    Decision d = decision(number);
    // A member of the network does not even see a decision that is not public.
    assertThrows(
        NotFoundException.class, () -> users.as("flarcher", () -> register.open(d.getId())));
    // A board member of another body sees... nothing either: Karine Théodose sits on the CA too, so
    // ask Nadia Ferjule (no seat) and the bureau-only case through a bureau decision below.
    long bm =
        users.as(
            "hbellemare",
            () -> {
              long id =
                  meetings.schedule(
                      bureau, new MeetingDay(LocalDate.of(2034, 3, 1), "Bureau", null, null));
              for (String login : List.of("hbellemare", "manselme", "ktheodose")) {
                meetings.attend(id, users.memberId(login), AttendanceStatus.PRESENT, null);
              }
              return id;
            });
    DecisionForm pub = draft("Décision publique du bureau");
    pub.setVotesFor(2);
    pub.setPublicDecision(true);
    String bn = users.as("hbellemare", () -> register.record(bm, pub));
    Decision bd = decision(bn);
    assertNotNull(users.as("ceuzet", () -> register.open(bd.getId())), "public: readable");
    assertEquals(
        "decision.followUp.notBoardMember",
        key(() -> users.as("ceuzet", () -> register.addNote(bd.getId(), "Je m'en mêle"))));
    assertThrows(
        AccessDeniedException.class,
        () -> users.as("plordinot", () -> verification.verify(null)),
        "staff without a seat do not run the verification");
  }

  @Test
  void theDatabaseRefusesUpdatesAndDeletesOfTheRegister() {
    long m = caMeeting(LocalDate.of(2035, 4, 1));
    String number = users.as("hbellemare", () -> register.record(m, draft("Intouchable")));
    long id = entryId(number, "RECORDED");
    assertThrows(
        IllegalStateException.class,
        () -> sql.update("UPDATE register_entry SET title = 'x' WHERE id = ?", id));
    assertThrows(
        IllegalStateException.class,
        () -> sql.update("DELETE FROM register_entry WHERE id = ?", id));
  }

  /** Every stored field of an entry, changed directly in SQL, is caught at that entry. */
  @Test
  void changingAnyStoredFieldIsDetectedAtThatEntry() {
    long m = caMeeting(LocalDate.of(2036, 5, 1));
    String number = users.as("hbellemare", () -> register.record(m, draft("À altérer")));
    Decision d = decision(number);
    users.as("hbellemare", () -> register.changeStatus(d.getId(), FollowUpStatus.DONE, "Fait"));
    users.as("hbellemare", () -> register.addNote(d.getId(), "Note finale"));
    long recorded = entryId(number, "RECORDED");
    long status = entryId(number, "STATUS");
    assertTrue(verifyCa().intact());

    String[][] changes = {
      {"text", "UPDATE register_entry SET text = CONCAT(text, ' (modifié)') WHERE id = ?"},
      {"title", "UPDATE register_entry SET title = 'Autre titre' WHERE id = ?"},
      {"vote", "UPDATE register_entry SET votes_for = votes_for + 1 WHERE id = ?"},
      {"date", "UPDATE register_entry SET held_on = held_on - INTERVAL 1 DAY WHERE id = ?"},
      {"due", "UPDATE register_entry SET due_on = '2099-01-01' WHERE id = ?"},
      {"time", "UPDATE register_entry SET recorded_at = recorded_at + 1 WHERE id = ?"},
      {"hash", "UPDATE register_entry SET hash = REPEAT('a', 64) WHERE id = ?"},
    };
    for (String[] change : changes) {
      sql.tamperWithEntry(
          recorded,
          () -> assertEquals(1, sql.update(change[1], recorded)),
          () -> {
            ChainReport r = verifyCa();
            assertFalse(r.intact(), change[0] + " was not detected");
            assertEquals(recorded, r.firstBadId(), change[0] + ": wrong entry named");
            assertEquals(number, r.firstBadNumber());
          });
    }
    sql.tamperWithEntry(
        status,
        () -> sql.update("UPDATE register_entry SET status = 'ABANDONED' WHERE id = ?", status),
        () -> assertEquals(status, verifyCa().firstBadId(), "status change not detected"));
    assertTrue(verifyCa().intact(), "restored: intact again");
  }

  @Test
  void deletingOrInsertingAnEntryIsDetected() {
    long m = caMeeting(LocalDate.of(2037, 6, 1));
    String number = users.as("hbellemare", () -> register.record(m, draft("Chaîne")));
    Decision d = decision(number);
    users.as("hbellemare", () -> register.addNote(d.getId(), "Note à supprimer"));
    long note = entryId(number, "NOTE");
    // Room for an entry "in the middle": the next entry gets an id well after the note's.
    sql.update("ALTER TABLE register_entry AUTO_INCREMENT = " + (note + 10));
    users.as("hbellemare", () -> register.addNote(d.getId(), "Note suivante"));
    long next =
        Long.parseLong(
            sql.string(
                "SELECT MAX(id) FROM register_entry WHERE decision_no = ? AND kind = 'NOTE'",
                number));

    sql.tamperWithEntry(
        note,
        () -> sql.update("DELETE FROM register_entry WHERE id = ?", note),
        () -> {
          ChainReport r = verifyCa();
          assertFalse(r.intact(), "deletion not detected");
          assertEquals(next, r.firstBadId());
          assertEquals(ChainReport.Problem.BROKEN_LINK, r.problem());
        });

    long forged = note + 5;
    sql.withoutTriggers(
        () -> {
          try {
            sql.update(
                "INSERT INTO register_entry (id, body_id, chain_seq, kind, decision_no, note,"
                    + " recorded_at, recorded_by, demo, prev_hash, hash)"
                    + " SELECT ?, body_id, 999999, 'NOTE', decision_no, 'Ajout frauduleux',"
                    + " recorded_at, recorded_by, demo, hash, REPEAT('b', 64)"
                    + " FROM register_entry WHERE id = ?",
                forged,
                note);
            ChainReport r = verifyCa();
            assertFalse(r.intact(), "insertion not detected");
            assertEquals(forged, r.firstBadId());
          } finally {
            sql.update("DELETE FROM register_entry WHERE id = ?", forged);
          }
        });
    assertTrue(verifyCa().intact(), "restored: intact again");
  }

  @Test
  void editingTheCurrentViewIsDetectedToo() {
    long m = caMeeting(LocalDate.of(2038, 7, 1));
    String number = users.as("hbellemare", () -> register.record(m, draft("Vue")));
    String original = sql.string("SELECT status FROM decision WHERE number = ?", number);
    try {
      sql.update("UPDATE decision SET status = 'DONE' WHERE number = ?", number);
      ChainReport r = verifyCa();
      assertFalse(r.intact());
      assertEquals(ChainReport.Problem.VIEW_MISMATCH, r.problem());
      assertEquals(number, r.firstBadNumber());
    } finally {
      sql.update("UPDATE decision SET status = ? WHERE number = ?", original, number);
    }
    assertTrue(verifyCa().intact());
  }
}
