package org.cohesion.it.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.validation.Validator;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.cohesion.decisions.application.MeetingForm;
import org.cohesion.decisions.application.Meetings;
import org.cohesion.decisions.domain.AttendanceStatus;
import org.cohesion.decisions.domain.Meeting;
import org.cohesion.minutes.application.MeetingCalendar;
import org.cohesion.minutes.application.MeetingMinutes;
import org.cohesion.minutes.application.MinutesApproval;
import org.cohesion.minutes.application.MinutesEditor;
import org.cohesion.minutes.application.MinutesExport;
import org.cohesion.minutes.application.SaveOutcome;
import org.cohesion.minutes.domain.MinutesStatus;
import org.cohesion.minutes.domain.MinutesText;
import org.cohesion.minutes.domain.Section;
import org.cohesion.minutes.domain.VoteChoice;
import org.cohesion.network.application.BodyAdministration;
import org.cohesion.network.domain.MinutesRule;
import org.cohesion.platform.domain.AccessDeniedException;
import org.cohesion.platform.domain.Constraints;
import org.cohesion.platform.domain.DomainException;
import org.cohesion.platform.domain.NotFoundException;
import org.cohesion.workspace.domain.GroupRole;
import org.cohesion.workspace.domain.Visibility;
import org.junit.jupiter.api.Test;

/**
 * Meetings and minutes against the real MariaDB, through the application services: scheduling and
 * its rules, co-writing with merges and conflicts, sanitising and the size limit, approval by a
 * group lead and by a body's rule, amendments, the PDF and the calendar. Each test makes its own
 * group and accounts.
 */
class MinutesServicesIT extends ServerTestBase {

  @Inject BodyAdministration bodies;
  @Inject Meetings planner;
  @Inject MeetingMinutes meetingMinutes;
  @Inject Validator validator;
  @Inject MinutesEditor editor;
  @Inject MinutesApproval approval;
  @Inject MinutesExport export;
  @Inject MeetingCalendar calendar;

  /** A fresh network-visible group with a lead, a contributor, a reader; and an outsider. */
  record Crew(long group, String lead, String contributor, String reader, String outsider) {}

  private Crew crew() {
    String lead = users.newAccount("lead", "CR responsable");
    String contributor = users.newAccount("contrib", "CR contributrice");
    String reader = users.newAccount("reader", "CR lecteur");
    String outsider = users.newAccount("outsider", "CR extérieure");
    long id =
        users.newGroup(
            "CR",
            Visibility.NETWORK,
            Map.of(
                lead,
                GroupRole.LEAD,
                contributor,
                GroupRole.CONTRIBUTOR,
                reader,
                GroupRole.READER));
    return new Crew(id, lead, contributor, reader, outsider);
  }

  private static MeetingForm plan(String title, String... items) {
    List<MeetingForm.Item> agenda = new ArrayList<>();
    for (String item : items) {
      agenda.add(new MeetingForm.Item(null, item, null));
    }
    return new MeetingForm(
        title,
        LocalDateTime.of(2031, 3, 10, 14, 0),
        LocalDateTime.of(2031, 3, 10, 17, 0),
        "Fort-de-France",
        agenda,
        List.of(new MeetingForm.Link("Ordre du jour", "https://example.org/odj.pdf")));
  }

  private long meeting(Crew crew, String... items) {
    return users.as(
        crew.lead(),
        () ->
            planner.scheduleForGroup(
                crew.group(), plan("Réunion " + UUID.randomUUID(), items), List.of()));
  }

  private static String key(Runnable r) {
    return assertThrows(DomainException.class, r::run).messageKey();
  }

  /** The draft's text with one section's HTML replaced. */
  private static MinutesText with(MinutesText text, int section, String html) {
    List<Section> sections = new ArrayList<>(text.sections());
    Section s = sections.get(section);
    sections.set(section, Section.ofHtml(s.key(), s.title(), html));
    return MinutesText.of(sections);
  }

  /** The planning form is checked as a whole, by Bean Validation, in the service. */
  @Test
  void aPlanIsCheckedAsAWhole() {
    LocalDateTime nine = LocalDateTime.of(2031, 1, 1, 9, 0);
    assertEquals("meeting.endsBeforeStart", formKey(checked(nine, nine, null)));
    assertEquals("meeting.endsBeforeStart", formKey(checked(nine, nine.minusHours(1), null)));
    assertEquals("meeting.times.required", formKey(checked(null, nine, null)));
    assertEquals(
        "meeting.link.invalid",
        formKey(
            checked(nine, nine.plusHours(1), new MeetingForm.Link("x", "javascript:alert(1)"))));
    assertEquals(
        "meeting.link.invalid",
        formKey(checked(nine, nine.plusHours(1), new MeetingForm.Link("x", "https://"))));
    Constraints.check(
        validator,
        checked(nine, nine.plusHours(1), new MeetingForm.Link("Doc", "https://example.org/a.pdf")));
    MeetingForm blankItem =
        new MeetingForm(
            "R",
            nine,
            nine.plusHours(1),
            null,
            List.of(new MeetingForm.Item(null, " ", null)),
            null);
    assertEquals("meeting.agenda.titleRequired", formKey(blankItem));
    MeetingForm untitled = new MeetingForm(" ", nine, nine.plusHours(1), null, null, null);
    assertEquals("meeting.title.required", formKey(untitled));
    List<MeetingForm.Item> many = new ArrayList<>();
    for (int i = 0; i <= Meeting.MAX_ITEMS; i++) {
      many.add(new MeetingForm.Item(null, "Point " + i, null));
    }
    DomainException tooMany =
        assertThrows(
            DomainException.class,
            () ->
                Constraints.check(
                    validator, new MeetingForm("R", nine, nine.plusHours(1), null, many, null)));
    assertEquals("meeting.agenda.tooMany", tooMany.messageKey());
    assertEquals(List.of(Meeting.MAX_ITEMS), List.of(tooMany.arguments()));
  }

  private static MeetingForm checked(
      LocalDateTime start, LocalDateTime end, MeetingForm.Link link) {
    return new MeetingForm(
        "Réunion",
        start,
        end,
        null,
        List.of(new MeetingForm.Item(null, "Point", null)),
        link == null ? List.of() : List.of(link));
  }

  private String formKey(MeetingForm form) {
    return key(() -> Constraints.check(validator, form));
  }

  /**
   * A group's meeting has the body's one attendance input: those who plan it record a member's
   * status (a member of the group not invited yet joins the list), with a proxy for "represented";
   * the search and "invite everyone" stay among the group's members.
   */
  @Test
  void aGroupsMeetingTakesAttendanceAndProxiesThroughTheOneInput() {
    Crew crew = crew();
    long id = meeting(crew, "Point");
    long lead = users.memberId(crew.lead());
    long reader = users.memberId(crew.reader());
    long contributor = users.memberId(crew.contributor());
    users.as(crew.lead(), () -> planner.attend(id, lead, AttendanceStatus.PRESENT, null));
    users.as(crew.lead(), () -> planner.attend(id, reader, AttendanceStatus.REPRESENTED, lead));
    var view = users.as(crew.lead(), () -> planner.attendance(id));
    assertTrue(view.records() && view.invites());
    assertEquals(2, view.meeting().getAttendance().size());
    assertEquals(
        lead,
        view.meeting().getAttendance().stream()
            .filter(a -> a.getMember().getId() == reader)
            .findFirst()
            .orElseThrow()
            .getProxyHolder()
            .getId());
    assertEquals(
        "meeting.invitee.notAllowed",
        key(
            () ->
                users.as(
                    crew.lead(),
                    () ->
                        planner.attend(
                            id, users.memberId(crew.outsider()), AttendanceStatus.PRESENT, null))));
    assertThrows(
        AccessDeniedException.class,
        () ->
            users.as(
                crew.reader(),
                () -> planner.attend(id, contributor, AttendanceStatus.PRESENT, null)));
    assertThrows(
        NotFoundException.class, () -> users.as(crew.outsider(), () -> planner.attendance(id)));
    assertFalse(users.as(crew.reader(), () -> planner.attendance(id)).records());
    assertEquals(
        List.of(contributor),
        users.as(crew.lead(), () -> planner.searchAttendees(id, "CR contrib")).stream()
            .map(p -> p.id())
            .toList());
    assertEquals(
        List.of(), users.as(crew.lead(), () -> planner.searchAttendees(id, "CR extérieure")));
    assertEquals(1, users.as(crew.lead(), () -> planner.inviteEveryone(id)));
    assertEquals(0, users.as(crew.lead(), () -> planner.inviteEveryone(id)));
    assertEquals(
        3, users.as(crew.lead(), () -> planner.attendance(id)).meeting().getAttendance().size());
  }

  @Test
  void schedulingChecksItsRulesAndWritesNothingOnBadInput() {
    Crew crew = crew();
    long before = users.count("SELECT COUNT(m) FROM Meeting m WHERE m.group.id = ?1", crew.group());
    MeetingForm backwards =
        new MeetingForm(
            "À l'envers",
            LocalDateTime.of(2031, 3, 10, 17, 0),
            LocalDateTime.of(2031, 3, 10, 14, 0),
            null,
            List.of(),
            List.of());
    assertEquals(
        "meeting.endsBeforeStart",
        key(
            () ->
                users.as(
                    crew.lead(),
                    () -> planner.scheduleForGroup(crew.group(), backwards, List.of()))));
    MeetingForm badLink =
        new MeetingForm(
            "Lien",
            LocalDateTime.of(2031, 3, 10, 14, 0),
            LocalDateTime.of(2031, 3, 10, 15, 0),
            null,
            List.of(),
            List.of(new MeetingForm.Link("Piège", "javascript:alert(1)")));
    assertEquals(
        "meeting.link.invalid",
        key(
            () ->
                users.as(
                    crew.lead(),
                    () -> planner.scheduleForGroup(crew.group(), badLink, List.of()))));
    assertEquals(
        "meeting.invitee.notAllowed",
        key(
            () ->
                users.as(
                    crew.lead(),
                    () ->
                        planner.scheduleForGroup(
                            crew.group(),
                            plan("Invités"),
                            List.of(users.memberId(crew.outsider()))))));
    assertThrows(
        AccessDeniedException.class,
        () ->
            users.as(
                crew.reader(), () -> planner.scheduleForGroup(crew.group(), plan("R"), List.of())));
    assertThrows(
        NotFoundException.class,
        () ->
            users.as(
                crew.outsider(),
                () -> planner.scheduleForGroup(crew.group(), plan("O"), List.of())));
    assertEquals(
        before, users.count("SELECT COUNT(m) FROM Meeting m WHERE m.group.id = ?1", crew.group()));

    long id =
        users.as(
            crew.contributor(),
            () ->
                planner.scheduleForGroup(
                    crew.group(),
                    plan("Valide", "Point A", "Point B"),
                    List.of(users.memberId(crew.lead()), users.memberId(crew.reader()))));
    var view = users.as(crew.reader(), () -> meetingMinutes.open(id));
    assertEquals(2, view.meeting().getAgenda().size());
    assertEquals(2, view.meeting().getInvitations().size());
    assertThrows(
        NotFoundException.class, () -> users.as(crew.outsider(), () -> meetingMinutes.open(id)));
  }

  @Test
  void coWritingMergesDisjointEditsAndReturnsConflictsToTheirAuthor() {
    Crew crew = crew();
    long meeting = meeting(crew, "Premier point", "Second point");
    long minutes = users.as(crew.contributor(), () -> editor.start(meeting));
    assertEquals(minutes, (long) users.as(crew.lead(), () -> editor.start(meeting)));
    MinutesEditor.Draft a = users.as(crew.contributor(), () -> editor.open(minutes));
    MinutesEditor.Draft b = users.as(crew.lead(), () -> editor.open(minutes));
    assertEquals(a.headNumber(), b.headNumber());

    SaveOutcome first =
        users.as(
            crew.contributor(),
            () ->
                editor.save(
                    minutes, a.headNumber(), with(a.text(), 0, "<p>Texte de A</p>"), "A écrit"));
    assertEquals(SaveOutcome.Kind.SAVED, first.kind());

    SaveOutcome second =
        users.as(
            crew.lead(),
            () ->
                editor.save(minutes, b.headNumber(), with(b.text(), 1, "<p>Texte de B</p>"), null));
    assertEquals(SaveOutcome.Kind.MERGED, second.kind());
    MinutesText head = users.as(crew.reader(), () -> editor.open(minutes)).text();
    assertTrue(head.sections().get(0).html().contains("Texte de A"));
    assertTrue(head.sections().get(1).html().contains("Texte de B"));

    // A third person started from the same old revision and rewrote the first section too.
    SaveOutcome clash =
        users.as(
            crew.lead(),
            () ->
                editor.save(minutes, a.headNumber(), with(a.text(), 0, "<p>Texte de C</p>"), null));
    assertEquals(SaveOutcome.Kind.CONFLICT, clash.kind());
    assertEquals(1, clash.conflicts().size());
    assertTrue(clash.text().sections().get(0).html().contains("Texte de C"), "mine kept");
    assertTrue(clash.conflicts().get(0).theirsHtml().contains("Texte de A"));
    assertEquals(second.headNumber(), clash.headNumber(), "nothing written");
    assertEquals(
        second.headNumber(), users.as(crew.reader(), () -> editor.open(minutes)).headNumber());

    assertEquals(
        "minutes.revision.unknown",
        key(() -> users.as(crew.lead(), () -> editor.save(minutes, 999, head, null))));
    assertThrows(
        AccessDeniedException.class,
        () -> users.as(crew.reader(), () -> editor.save(minutes, second.headNumber(), head, null)));
    assertThrows(
        NotFoundException.class,
        () ->
            users.as(crew.outsider(), () -> editor.save(minutes, second.headNumber(), head, null)));

    var history = users.as(crew.reader(), () -> editor.history(minutes));
    assertEquals(3, history.size());
    int restored = users.as(crew.lead(), () -> editor.restore(minutes, 1));
    assertEquals(4, restored);
    assertEquals(
        users.as(crew.lead(), () -> editor.text(minutes, 1)),
        users.as(crew.lead(), () -> editor.text(minutes, 4)));
  }

  @Test
  void richTextIsSanitisedAndTheSizeIsLimited() {
    Crew crew = crew();
    long meeting = meeting(crew, "Point");
    long minutes = users.as(crew.lead(), () -> editor.start(meeting));
    MinutesEditor.Draft d = users.as(crew.lead(), () -> editor.open(minutes));
    String hostile =
        "<h2>Titre</h2><p onclick=\"steal()\">Bonjour <a href=\"javascript:alert(1)\">ici</a>"
            + "<script>alert(1)</script></p><p style=\"display:none\">caché</p>"
            + "<table><tr><td>cellule</td></tr></table>";
    users.as(
        crew.lead(), () -> editor.save(minutes, d.headNumber(), with(d.text(), 0, hostile), null));
    String stored =
        users.as(crew.lead(), () -> editor.open(minutes)).text().sections().get(0).html();
    assertFalse(stored.contains("script"), stored);
    assertFalse(stored.contains("onclick"), stored);
    assertFalse(stored.contains("javascript:"), stored);
    assertFalse(stored.contains("display"), stored);
    assertTrue(stored.contains("<h2>Titre</h2>"), stored);
    assertTrue(stored.contains("<td>cellule</td>"), stored);

    int head = users.as(crew.lead(), () -> editor.open(minutes)).headNumber();
    String huge = "<p>" + "x".repeat(1_000_001) + "</p>";
    MinutesText tooBig = with(d.text(), 0, huge);
    assertEquals(
        "minutes.tooLarge",
        key(() -> users.as(crew.lead(), () -> editor.save(minutes, head, tooBig, null))));
    assertEquals(head, users.as(crew.lead(), () -> editor.open(minutes)).headNumber());
  }

  @Test
  void theLeadApprovesTheMinutesFreezeAndAnAmendmentGoesThroughApprovalAgain() {
    Crew crew = crew();
    long meeting = meeting(crew, "Point unique");
    long minutes = users.as(crew.contributor(), () -> editor.start(meeting));
    MinutesEditor.Draft d = users.as(crew.contributor(), () -> editor.open(minutes));
    users.as(
        crew.contributor(),
        () -> editor.save(minutes, d.headNumber(), with(d.text(), 0, "<p>Décidé.</p>"), null));
    assertEquals(
        "minutes.notSubmitted",
        key(() -> users.as(crew.lead(), () -> approval.vote(minutes, VoteChoice.APPROVE, null))));
    users.as(crew.contributor(), () -> approval.submit(minutes));
    MinutesEditor.Draft submitted = users.as(crew.contributor(), () -> editor.open(minutes));
    assertEquals(
        "minutes.submitted.locked",
        key(
            () ->
                users.as(
                    crew.contributor(),
                    () -> editor.save(minutes, submitted.headNumber(), submitted.text(), null))));
    assertThrows(
        AccessDeniedException.class,
        () -> users.as(crew.contributor(), () -> approval.vote(minutes, VoteChoice.APPROVE, null)));
    assertThrows(
        AccessDeniedException.class,
        () -> users.as(crew.reader(), () -> approval.vote(minutes, VoteChoice.APPROVE, null)));
    assertThrows(
        NotFoundException.class,
        () -> users.as(crew.outsider(), () -> approval.vote(minutes, VoteChoice.APPROVE, null)));
    assertEquals(
        "minutes.vote.commentRequired",
        key(
            () ->
                users.as(
                    crew.lead(), () -> approval.vote(minutes, VoteChoice.REQUEST_CHANGES, " "))));

    assertEquals(
        MinutesStatus.DRAFT,
        users.as(
            crew.lead(),
            () -> approval.vote(minutes, VoteChoice.REQUEST_CHANGES, "Préciser la date.")));
    var returned = users.as(crew.contributor(), () -> approval.state(minutes));
    assertTrue(returned.minutes().getReturnedComment().contains("Préciser la date."));
    users.as(crew.contributor(), () -> approval.submit(minutes));
    assertEquals(
        MinutesStatus.APPROVED,
        users.as(crew.lead(), () -> approval.vote(minutes, VoteChoice.APPROVE, null)));

    var approved = users.as(crew.reader(), () -> approval.state(minutes));
    MinutesText text = users.as(crew.reader(), () -> editor.open(minutes)).text();
    assertEquals(text.fingerprint(), approved.minutes().getFingerprint());
    assertEquals(64, approved.minutes().getFingerprint().length());
    assertEquals(
        "minutes.notSubmitted",
        key(() -> users.as(crew.lead(), () -> approval.vote(minutes, VoteChoice.APPROVE, null))));
    int head = users.as(crew.lead(), () -> editor.open(minutes)).headNumber();
    assertEquals(
        "minutes.frozen",
        key(() -> users.as(crew.lead(), () -> editor.save(minutes, head, text, null))));

    // Approved minutes of a network-visible group: every member of the network reads them.
    assertEquals(text, users.as(crew.outsider(), () -> editor.open(minutes)).text());
    byte[] pdf = users.as(crew.outsider(), () -> export.pdf(minutes, Locale.FRENCH));
    assertEquals("%PDF", new String(pdf, 0, 4, StandardCharsets.US_ASCII));

    long amendment = users.as(crew.contributor(), () -> approval.amend(minutes));
    assertEquals(text, users.as(crew.contributor(), () -> editor.open(amendment)).text());
    assertThrows(
        NotFoundException.class, () -> users.as(crew.outsider(), () -> editor.open(amendment)));
    assertEquals(
        "minutes.amend.notLatest",
        key(() -> users.as(crew.contributor(), () -> approval.amend(minutes))));
    assertEquals(
        approved.minutes().getFingerprint(),
        users.as(crew.reader(), () -> approval.state(minutes)).minutes().getFingerprint());
  }

  @Test
  void aBodyApprovesByMajorityOfItsSeatsOrByEveryMemberPresent() {
    long bureau = users.count("SELECT b.id FROM Body b WHERE b.code = ?1", "BUREAU");
    long meeting =
        users.as(
            "jvalcin",
            () ->
                planner.scheduleForBody(
                    bureau,
                    plan("Bureau (test)", "Point"),
                    List.of(
                        users.memberId("hbellemare"),
                        users.memberId("manselme"),
                        users.memberId("ktheodose"),
                        users.memberId("rcelestine"))));
    long minutes = users.as("ktheodose", () -> editor.start(meeting));
    users.as("ktheodose", () -> approval.submit(minutes));
    assertThrows(
        NotFoundException.class,
        () -> users.as("srosemond", () -> approval.vote(minutes, VoteChoice.APPROVE, null)));
    assertEquals(
        MinutesStatus.SUBMITTED,
        users.as("manselme", () -> approval.vote(minutes, VoteChoice.ABSTAIN, null)));
    assertEquals(
        MinutesStatus.SUBMITTED,
        users.as("rcelestine", () -> approval.vote(minutes, VoteChoice.APPROVE, null)));
    assertEquals(
        MinutesStatus.SUBMITTED,
        users.as("ktheodose", () -> approval.vote(minutes, VoteChoice.APPROVE, null)));
    // 2 of 4: not yet a majority. A changed vote counts once.
    assertEquals(
        MinutesStatus.APPROVED,
        users.as("manselme", () -> approval.vote(minutes, VoteChoice.APPROVE, "D'accord")));
    var state = users.as("hbellemare", () -> approval.state(minutes));
    assertEquals(3, state.votes().size());
    assertEquals(3, state.needed());

    // Every member present: the bureau switches rule, two of four were present.
    users.as("jvalcin", () -> bodies.changeMinutesRule(bureau, MinutesRule.ALL_PRESENT));
    try {
      long second =
          users.as(
              "jvalcin",
              () ->
                  planner.scheduleForBody(
                      bureau,
                      plan("Bureau restreint (test)", "Point"),
                      List.of(users.memberId("hbellemare"), users.memberId("manselme"))));
      long secondMinutes = users.as("manselme", () -> editor.start(second));
      assertEquals(
          "minutes.nonepresent",
          key(() -> users.as("manselme", () -> approval.submit(secondMinutes))));
      for (String present : List.of("hbellemare", "manselme")) {
        long memberId = users.memberId(present);
        users.as(
            "jvalcin",
            () ->
                planner.attend(
                    second,
                    memberId,
                    org.cohesion.decisions.domain.AttendanceStatus.PRESENT,
                    null));
      }
      users.as("manselme", () -> approval.submit(secondMinutes));
      assertThrows(
          AccessDeniedException.class,
          () ->
              users.as("rcelestine", () -> approval.vote(secondMinutes, VoteChoice.APPROVE, null)));
      assertEquals(
          MinutesStatus.SUBMITTED,
          users.as("manselme", () -> approval.vote(secondMinutes, VoteChoice.APPROVE, null)));
      assertEquals(
          MinutesStatus.APPROVED,
          users.as("hbellemare", () -> approval.vote(secondMinutes, VoteChoice.ABSTAIN, null)));
    } finally {
      users.as("jvalcin", () -> bodies.changeMinutesRule(bureau, MinutesRule.MAJORITY_OF_MEMBERS));
    }
  }

  @Test
  void meetingsExportAsICalendarAndFeedsNeedTheirToken() {
    Crew crew = crew();
    long meeting = meeting(crew, "Ordre du jour");
    String ics = users.as(crew.reader(), () -> calendar.meeting(meeting, "http://cohesion.test"));
    assertTrue(ics.contains("BEGIN:VEVENT"), ics);
    assertTrue(ics.contains("UID:meeting-" + meeting + "@cohesion"), ics);
    // 14:00 in Martinique (UTC−4) is 18:00 UTC.
    assertTrue(ics.contains("DTSTART:20310310T180000Z"), ics);
    assertTrue(ics.contains("http://cohesion.test/meetings/meeting.xhtml?id=" + meeting), ics);
    assertThrows(
        NotFoundException.class,
        () -> users.as(crew.outsider(), () -> calendar.meeting(meeting, null)));

    String token = users.as(crew.reader(), () -> calendar.feedToken()).orElseThrow();
    // Only its hash is kept: the address is shown once, then it can only be renewed.
    assertTrue(users.as(crew.reader(), () -> calendar.feedToken()).isEmpty());
    assertTrue(calendar.feed(token, crew.group(), null).contains("meeting-" + meeting));
    assertTrue(calendar.feed(token, null, null).contains("meeting-" + meeting));
    String outsiderToken = users.as(crew.outsider(), () -> calendar.renewFeedToken());
    assertFalse(calendar.feed(outsiderToken, null, null).contains("meeting-" + meeting));
    assertThrows(NotFoundException.class, () -> calendar.feed(outsiderToken, crew.group(), null));
    assertThrows(NotFoundException.class, () -> calendar.feed("x".repeat(43), null, null));
    String renewed = users.as(crew.reader(), () -> calendar.renewFeedToken());
    assertThrows(NotFoundException.class, () -> calendar.feed(token, null, null));
    assertTrue(calendar.feed(renewed, null, null).contains("meeting-" + meeting));
  }
}
