package org.cohesion.it.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cohesion.decisions.application.DecisionForm;
import org.cohesion.decisions.application.DecisionRegister;
import org.cohesion.decisions.application.MeetingDay;
import org.cohesion.decisions.application.MeetingForm;
import org.cohesion.decisions.application.Meetings;
import org.cohesion.decisions.domain.AttendanceStatus;
import org.cohesion.decisions.domain.DecisionType;
import org.cohesion.minutes.application.MinutesApproval;
import org.cohesion.minutes.application.MinutesEditor;
import org.cohesion.minutes.domain.MinutesStatus;
import org.cohesion.minutes.domain.MinutesText;
import org.cohesion.minutes.domain.Section;
import org.cohesion.minutes.domain.VoteChoice;
import org.cohesion.platform.domain.NotFoundException;
import org.cohesion.platform.search.SearchAudience;
import org.cohesion.platform.search.SearchIndex;
import org.cohesion.platform.search.SearchNode;
import org.cohesion.platform.search.SearchQuery;
import org.cohesion.platform.search.SearchResults;
import org.cohesion.platform.security.Caller;
import org.cohesion.platform.security.CurrentCaller;
import org.cohesion.workspace.application.GroupAdministration;
import org.cohesion.workspace.application.GroupForm;
import org.cohesion.workspace.application.Workspaces;
import org.cohesion.workspace.domain.GroupRole;
import org.cohesion.workspace.domain.Visibility;
import org.junit.jupiter.api.Test;

/**
 * Search against the real MariaDB and this node's real index: a change goes through the services,
 * its outbox row and the node's pass; the caller's tokens are computed by the server as for a
 * request. For each kind and level, a reader who may not read an item never gets it as a hit, a
 * count, a facet or a suggestion.
 */
class SearchIT extends ServerTestBase {
  private static final SecureRandom RANDOM = new SecureRandom();

  @Inject RawSql sql;
  @Inject SearchNode node;
  @Inject SearchAudience audience;
  @Inject CurrentCaller current;
  @Inject MinutesEditor editor;
  @Inject MinutesApproval approval;
  @Inject Workspaces workspaces;
  @Inject GroupAdministration groups;
  @Inject Meetings boardMeetings;
  @Inject DecisionRegister register;

  /** A word no other test writes: letters only, so the analysis keeps it whole. */
  static String word() {
    StringBuilder w = new StringBuilder("qz");
    for (int i = 0; i < 10; i++) {
      w.append((char) ('a' + RANDOM.nextInt(26)));
    }
    return w.toString();
  }

  private Set<String> tokensOf(String login) {
    return login == null
        ? audience.tokensOf(Caller.anonymous())
        : users.as(login, () -> audience.tokensOf(current.get()));
  }

  private SearchResults find(String login, String q) {
    node.catchUp();
    SearchIndex index = node.index().orElseThrow();
    return index.search(new SearchQuery(q, Map.of(), 0, 20), tokensOf(login), null);
  }

  private void finds(String login, String q, String kind, long id) {
    SearchResults r = find(login, q);
    assertTrue(
        r.hits().stream().anyMatch(h -> h.kind().equals(kind) && h.id() == id),
        login + " should find " + kind + " " + id + " by " + q + ": " + r);
  }

  /** Not a hit, not a count, not a facet value, not a suggestion. */
  private void neverFinds(String login, String q) {
    SearchResults r = find(login, q);
    assertEquals(0, r.total(), login + " counts " + q + ": " + r);
    assertEquals(List.of(), r.hits(), login + " finds " + q);
    r.facets().forEach((name, values) -> assertEquals(List.of(), values, name + " facet: " + r));
    assertEquals(
        List.of(), node.index().orElseThrow().suggest(q, tokensOf(login), 10), "suggestions");
  }

  private long outboxRows(String kind, long id) {
    return Long.parseLong(
        sql.string(
            "SELECT COUNT(*) FROM search_outbox WHERE kind = ? AND entity_id = ?", kind, id));
  }

  private static MeetingForm plan(String title) {
    return new MeetingForm(
        title,
        LocalDateTime.of(2031, 5, 12, 9, 0),
        LocalDateTime.of(2031, 5, 12, 11, 0),
        "Le Lamentin",
        List.of(new MeetingForm.Item(null, "Point unique", null)),
        List.of());
  }

  /** Starts the minutes of a new meeting of the group and writes this paragraph in them. */
  private long minutesWith(long group, String lead, String meetingTitle, String html) {
    long meeting =
        users.as(lead, () -> boardMeetings.scheduleForGroup(group, plan(meetingTitle), List.of()));
    long minutes = users.as(lead, () -> editor.start(meeting));
    MinutesEditor.Draft d = users.as(lead, () -> editor.open(minutes));
    List<Section> sections = new ArrayList<>(d.text().sections());
    Section s = sections.get(0);
    sections.set(0, Section.ofHtml(s.key(), s.title(), html));
    users.as(lead, () -> editor.save(minutes, d.headNumber(), MinutesText.of(sections), null));
    return minutes;
  }

  record Crew(long group, String lead, String reader, String outsider) {}

  private Crew crew(Visibility visibility) {
    String lead = users.newAccount("slead", "Recherche responsable");
    String reader = users.newAccount("sreader", "Recherche lectrice");
    String outsider = users.newAccount("soutsider", "Recherche extérieur");
    long group =
        users.newGroup(
            "Recherche", visibility, Map.of(lead, GroupRole.LEAD, reader, GroupRole.READER));
    return new Crew(group, lead, reader, outsider);
  }

  @Test
  void aChangeReachesTheIndexThroughOneOutboxRowOfItsTransaction() {
    Crew crew = crew(Visibility.MEMBERS_ONLY);
    String w = word();
    long meeting =
        users.as(
            crew.lead(),
            () -> boardMeetings.scheduleForGroup(crew.group(), plan("Réunion " + w), List.of()));
    assertEquals(1, outboxRows("meeting", meeting));
    long minutes = users.as(crew.lead(), () -> editor.start(meeting));
    assertEquals(1, outboxRows("minutes", minutes));
    MinutesEditor.Draft d = users.as(crew.lead(), () -> editor.open(minutes));
    List<Section> sections = new ArrayList<>(d.text().sections());
    Section s = sections.get(0);
    sections.set(
        0, Section.ofHtml(s.key(), s.title(), "<p>La prévention " + w + " des addictions.</p>"));
    // A refused change writes nothing: the outsider may not write these minutes.
    assertThrows(
        NotFoundException.class,
        () ->
            users.as(
                crew.outsider(),
                () -> editor.save(minutes, d.headNumber(), MinutesText.of(sections), null)));
    assertEquals(1, outboxRows("minutes", minutes));
    users.as(
        crew.lead(), () -> editor.save(minutes, d.headNumber(), MinutesText.of(sections), null));
    assertEquals(2, outboxRows("minutes", minutes));

    finds(crew.reader(), "prevention " + w, "minutes", minutes);
    finds(crew.reader(), "PRÉVENTIONS " + w, "minutes", minutes);
    finds("jvalcin", w, "meeting", meeting);
    neverFinds(crew.outsider(), w);
    neverFinds(null, w);

    // A node that starts again from nothing finds the same from the database alone.
    node.rebuild();
    finds(crew.reader(), "prevention " + w, "minutes", minutes);
    neverFinds(crew.outsider(), w);
  }

  @Test
  void aMembersOnlyGroupsItemsAreItsMembersOnlyNotEvenCountedOrFaceted() {
    Crew secret = crew(Visibility.MEMBERS_ONLY);
    String w = word();
    String shared = word();
    users.as(
        secret.lead(),
        () ->
            workspaces.describe(
                secret.group(),
                workspaces.open(secret.group()).group().getVersion(),
                "Groupe " + w + " " + shared));
    long meeting =
        users.as(
            secret.lead(),
            () -> boardMeetings.scheduleForGroup(secret.group(), plan("Séance " + w), List.of()));
    long draft =
        minutesWith(
            secret.group(), secret.lead(), "Atelier", "<p>Brouillon " + w + " " + shared + "</p>");

    finds(secret.reader(), w, "group", secret.group());
    finds(secret.reader(), w, "meeting", meeting);
    finds(secret.reader(), w, "minutes", draft);
    finds("jvalcin", w, "minutes", draft);
    neverFinds(secret.outsider(), w);

    // A network group's item with the same word: the outsider counts and facets it alone.
    Crew open = crew(Visibility.NETWORK);
    String o = word();
    long approved =
        minutesWith(
            open.group(), open.lead(), "Plénière", "<p>Approuvé " + o + " " + shared + "</p>");
    neverFinds(open.outsider(), o);
    users.as(open.lead(), () -> approval.submit(approved));
    assertEquals(
        MinutesStatus.APPROVED,
        users.as(open.lead(), () -> approval.vote(approved, VoteChoice.APPROVE, null)));
    finds(open.outsider(), o, "minutes", approved);
    SearchResults both = find(secret.outsider(), shared);
    assertEquals(1, both.total(), both.toString());
    assertEquals(List.of(new SearchResults.Facet("minutes", 1)), both.facets().get("kind"));
    assertTrue(
        both.facets().get("group").stream()
            .noneMatch(f -> f.value().startsWith("Recherche") && f.count() > 1));
    // The secret group's member counts all three: the group, its draft, the approved minutes.
    assertEquals(3, find(secret.reader(), shared).total());

    // Made members-only, the group takes its approved minutes out of the network's reach.
    users.as(
        "jvalcin",
        () -> {
          GroupForm form = groups.form(open.group());
          form.setVisibility(Visibility.MEMBERS_ONLY);
          groups.update(form);
        });
    neverFinds(open.outsider(), o);
    finds(open.reader(), o, "minutes", approved);
  }

  @Test
  void aBoardOnlyDecisionIsTheBoardsAndAPublicOneTheNetworks() {
    String w = word();
    String p = word();
    String member = users.newAccount("smember", "Recherche adhérent");
    long ca = users.count("SELECT b.id FROM Body b WHERE b.code = ?1", "CA");
    LocalDate on = LocalDate.of(2036, 1 + RANDOM.nextInt(12), 1 + RANDOM.nextInt(28));
    long m =
        users.as(
            "hbellemare",
            () -> {
              long id =
                  boardMeetings.schedule(
                      ca, new MeetingDay(on, "Conseil (recherche)", "Fort-de-France", null));
              for (String login : List.of("hbellemare", "manselme", "ceuzet")) {
                boardMeetings.attend(id, users.memberId(login), AttendanceStatus.PRESENT, null);
              }
              boardMeetings.attend(
                  id,
                  users.memberId("rcelestine"),
                  AttendanceStatus.REPRESENTED,
                  users.memberId("hbellemare"));
              return id;
            });
    users.as("hbellemare", () -> register.record(m, draft("Subvention " + w, false)));
    users.as("hbellemare", () -> register.record(m, draft("Rapport " + p, true)));
    long secretId =
        users.count("SELECT d.id FROM Decision d WHERE d.title = ?1", "Subvention " + w);
    long publicId = users.count("SELECT d.id FROM Decision d WHERE d.title = ?1", "Rapport " + p);

    finds("hbellemare", w, "decision", secretId);
    finds("jvalcin", w, "decision", secretId);
    neverFinds(member, w);
    finds(member, p, "decision", publicId);
    neverFinds(null, p);
  }

  private static DecisionForm draft(String title, boolean isPublic) {
    DecisionForm d = new DecisionForm();
    d.setTitle(title);
    d.setText("Le conseil adopte : " + title);
    d.setType(DecisionType.DELIBERATION);
    d.setUnanimous(false);
    d.setVotesFor(3);
    d.setVotesAgainst(0);
    d.setAbstentions(1);
    d.setThemeCodes(List.of("evaluation"));
    d.setPublicDecision(isPublic);
    return d;
  }

  @Test
  void membersAreTheNetworksAndNobodyElses() {
    String w = word();
    String login = users.newAccount("sfound", "Mireille " + w);
    long id = users.memberId(login);
    finds(users.newAccount("sseeker", "Recherche chercheur"), w, "member", id);
    neverFinds(null, w);
  }
}
