package org.cohesion.it.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The seeded demo year holds what the centre's 2008 activity report states, the same way in every
 * feature that tells it: the 8 bureau meetings, the programme's four axes, the funders' shares, the
 * bureau elected on 29/11 and the member replaced on 15/12 (with the seats' dates), the calendar's
 * dates, places and speakers; and one attendance per body meeting. Reads only the demo rows of
 * 2008, which the other tests leave alone.
 */
class DemoYearIT extends ServerTestBase {

  private static final List<String> AXES =
      List.of(
          "observation et l'évaluation",
          "rénovation urbaine et le développement local",
          "veille sur le Plan Espoir banlieues",
          "appui méthodologique aux projets et aux territoires");

  @PersistenceContext EntityManager em;

  @Test
  void theBureauMetEightTimesAndTheMinutesKnowNoOtherMeeting() {
    Set<LocalDate> board = days("BUREAU");
    assertEquals(8, board.size(), "bureau meetings of 2008: " + board);
    List<?> minuted =
        em.createNativeQuery(
                "SELECT DATE(m.starts_at) FROM meeting m JOIN body b ON b.id = m.body_id"
                    + " WHERE b.code = 'BUREAU' AND m.demo AND YEAR(m.starts_at) = 2008")
            .getResultList();
    assertFalse(minuted.isEmpty());
    for (Object day : minuted) {
      assertTrue(board.contains(((Date) day).toLocalDate()), "a ninth bureau meeting: " + day);
    }
  }

  @Test
  void theProgrammeHasTheReportsFourAxesInTheDecisionAndInTheMinutes() {
    String decision = decisionText("CA", "2008-02-29", "Validation de la programmation 2008");
    String minutes = minutesOf("Conseil d'administration — programme 2008");
    for (String axis : AXES) {
      assertTrue(decision.contains(axis), "decision lacks: " + axis);
      assertTrue(minutes.contains(axis), "minutes lack: " + axis);
    }
    assertFalse(minutes.contains("capitalisation et la diffusion"), "an invented axis");
  }

  @Test
  void theFundersAndTheirSharesAreTheReportsInTheDecisionAndInTheMinutes() {
    String decision = decisionText("CA", "2008-02-29", "Budget prévisionnel 2008");
    String minutes = minutesOf("Conseil d'administration — programme 2008");
    for (String text : List.of(decision, minutes)) {
      assertTrue(text.contains("200 000 euros"), text);
      assertTrue(text.matches("(?s).*Délégation interministérielle à la ville \\(?50 %.*"), text);
      assertTrue(text.matches("(?s).*Caisse des dépôts \\(?20 %.*"), text);
      assertTrue(text.matches("(?s).*CACEM \\(?30 %.*"), text);
      assertFalse(text.contains("ACSé") || text.contains("CAF"), "another funder: " + text);
    }
  }

  @Test
  void theBureauWasElectedOnTheTwentyNinthOfNovemberAndAMemberReplacedOnTheFifteenthOfDecember() {
    String election = decisionText("CA", "2008-11-29", "Élection du bureau");
    String replacement =
        decisionText("CA", "2008-12-15", "Remplacement d'un membre démissionnaire du bureau");
    assertTrue(election.contains("Éric Dorival, secrétaire"), election);
    assertTrue(replacement.contains("Éric Dorival"), replacement);
    assertTrue(replacement.contains("désigne Karine Théodose secrétaire"), replacement);
    assertFalse(election.contains("Karine Théodose, secrétaire"), "elected and then designated");

    Map<String, String> seats = new TreeMap<>();
    for (Object[] row :
        rows(
            "SELECT a.login, s.office, s.seated_on FROM body_seat s JOIN body b ON b.id = s.body_id"
                + " JOIN account a ON a.member_id = s.member_id JOIN member p ON p.id = s.member_id"
                + " WHERE b.code = 'BUREAU' AND p.demo")) {
      seats.put((String) row[0], row[1] + " " + row[2]);
    }
    assertEquals(
        Map.of(
            "hbellemare", "PRESIDENT 2008-11-29",
            "manselme", "VICE_PRESIDENT 2008-11-29",
            "rcelestine", "TREASURER 2008-11-29",
            "ktheodose", "SECRETARY 2008-12-15"),
        seats);
  }

  @Test
  void theCalendarHasTheReportsDatesPlacesAndSpeakers() {
    Map<LocalDate, String> events = new TreeMap<>();
    for (Object[] row :
        rows(
            "SELECT starts_on, ends_on, title, COALESCE(place, '') FROM network_event"
                + " WHERE YEAR(starts_on) = 2008")) {
      events.put(
          ((Date) row[0]).toLocalDate(),
          ((Date) row[1]).toLocalDate() + " | " + row[2] + " | " + row[3]);
    }
    assertEquals(
        Set.of(
            "2008-01-29",
            "2008-02-29",
            "2008-04-02",
            "2008-04-10",
            "2008-05-16",
            "2008-06-24",
            "2008-09-22",
            "2008-11-06",
            "2008-11-29",
            "2008-12-15"),
        events.keySet().stream().map(LocalDate::toString).collect(Collectors.toSet()));
    assertTrue(events.get(LocalDate.of(2008, 4, 2)).endsWith("Restaurant New World"));
    assertTrue(events.get(LocalDate.of(2008, 4, 10)).contains("F. Kossman"));
    assertTrue(events.get(LocalDate.of(2008, 4, 10)).endsWith("Squash Hôtel"));
    assertTrue(events.get(LocalDate.of(2008, 5, 16)).endsWith("École hôtelière, AFPA Batelière"));
    String prevention = events.get(LocalDate.of(2008, 6, 24));
    assertTrue(prevention.startsWith("2008-06-26 |"), prevention);
    assertTrue(prevention.contains("Nicole Chambron"), prevention);
    assertTrue(prevention.endsWith("Lamentin et Saint-Joseph"), prevention);
    String evaluation = events.get(LocalDate.of(2008, 9, 22));
    assertTrue(evaluation.startsWith("2008-09-26 |"), evaluation);
    assertTrue(evaluation.contains("R. Epstein") && evaluation.contains("51 participants"));
    assertTrue(evaluation.endsWith("CNFPT et Foyer des jeunes travailleurs"), evaluation);
    assertTrue(events.get(LocalDate.of(2008, 11, 6)).contains("SPIP"));
  }

  @Test
  void aBodysMeetingHasOneAttendanceInTheDecisionsAndInTheMinutes() {
    List<Object[]> minuted =
        rows(
            "SELECT m.id, b.id, DATE(m.starts_at) FROM meeting m JOIN body b ON b.id = m.body_id"
                + " WHERE m.demo AND YEAR(m.starts_at) = 2008"
                + " AND EXISTS (SELECT 1 FROM minutes n WHERE n.meeting_id = m.id)");
    assertEquals(2, minuted.size(), "the CA of 29/02 and the bureau of 12/11");
    for (Object[] m : minuted) {
      Set<String> inMinutes =
          strings(
              "SELECT CONCAT(a.login, ' ', i.presence) FROM meeting_attendance i"
                  + " JOIN account a ON a.member_id = i.member_id WHERE i.meeting_id = ?1",
              m[0]);
      // The decisions of that body's day are taken at that very meeting: one attendance list.
      Set<String> inDecisions =
          strings(
              "SELECT CONCAT(a.login, ' ', t.presence) FROM meeting_attendance t"
                  + " JOIN meeting bm ON bm.id = t.meeting_id"
                  + " JOIN account a ON a.member_id = t.member_id"
                  + " WHERE bm.id IN (SELECT d.meeting_id FROM decision d"
                  + " WHERE d.body_id = ?1 AND d.held_on = ?2 AND d.demo)",
              m[1],
              m[2]);
      assertFalse(inMinutes.isEmpty());
      assertEquals(inDecisions, inMinutes, "meeting of " + m[2]);
    }
  }

  @Test
  void decisionsNameTheMinutesThatExist() {
    List<Object[]> refs =
        rows(
            "SELECT d.minutes_ref, bm.body_id, DATE(bm.starts_at) FROM decision d"
                + " JOIN meeting bm ON bm.id = d.meeting_id"
                + " WHERE d.demo AND d.minutes_ref LIKE 'Compte rendu%'");
    assertEquals(4, refs.size(), "3 decisions of the CA of 29/02, 1 of the bureau of 12/11");
    for (Object[] r : refs) {
      String title = ((String) r[0]).replaceAll(".*« (.*) ».*", "$1");
      Number found =
          (Number)
              em.createNativeQuery(
                      "SELECT COUNT(*) FROM meeting m JOIN minutes n ON n.meeting_id = m.id"
                          + " WHERE m.body_id = ?1 AND DATE(m.starts_at) = ?2 AND m.title = ?3")
                  .setParameter(1, r[1])
                  .setParameter(2, r[2])
                  .setParameter(3, title)
                  .getSingleResult();
      assertEquals(1, found.intValue(), "no minutes « " + title + " » on " + r[2]);
    }
  }

  @Test
  void theEvaluationReviewFollowsTheSeptemberCycleAndTheCaribbeanCycleIsUrbanRenewal() {
    Date review =
        (Date)
            em.createNativeQuery(
                    "SELECT DATE(starts_at) FROM meeting WHERE demo AND title ="
                        + " 'Bilan du cycle de qualification sur l''évaluation'")
                .getSingleResult();
    assertTrue(review.toLocalDate().isAfter(LocalDate.of(2008, 9, 26)), "review on " + review);
    for (Object text :
        em.createNativeQuery(
                "SELECT r.content FROM minutes n JOIN minutes_revision r ON r.id ="
                    + " n.head_revision_id JOIN meeting m ON m.id = n.meeting_id WHERE m.demo")
            .getResultList()) {
      assertFalse(unescape((String) text).contains("(juin)"), "the cycle was in September");
    }
    Set<String> themes =
        strings(
            "SELECT t.code FROM decision d JOIN decision_theme x ON x.decision_id = d.id"
                + " JOIN theme t ON t.id = x.theme_id WHERE d.demo AND d.title LIKE '%Guyane%'");
    assertTrue(themes.contains("renovation") && !themes.contains("observation"), "" + themes);
  }

  @Test
  void themesOfTheReportAreOnTheMembersAndOnlyTheTwoReportedGroupsAreReal() {
    assertTrue(
        strings("SELECT code FROM theme")
            .containsAll(Set.of("sexualite", "durable", "logement", "mediation")));
    Number bare =
        (Number)
            em.createNativeQuery(
                    "SELECT COUNT(*) FROM member p WHERE p.demo AND NOT EXISTS"
                        + " (SELECT 1 FROM member_theme t WHERE t.member_id = p.id)")
                .getSingleResult();
    assertEquals(0, bare.intValue(), "demo members without themes");
    assertEquals(
        Set.of("clause-d-insertion-anru", "plate-forme-d-observation-sociale-et-sanitaire"),
        strings(
            "SELECT slug FROM working_group WHERE NOT demo AND slug IN"
                + " ('clause-d-insertion-anru', 'plate-forme-d-observation-sociale-et-sanitaire')"));
    // The report: the centre led no working group in 2008.
    Set<String> staffLeads =
        strings(
            "SELECT g.slug FROM membership s JOIN working_group g ON g.id = s.group_id"
                + " JOIN account a ON a.member_id = s.member_id WHERE s.role = 'LEAD'"
                + " AND a.login IN ('jvalcin', 'plordinot') AND (g.demo OR g.slug IN"
                + " ('clause-d-insertion-anru', 'plate-forme-d-observation-sociale-et-sanitaire'))");
    assertEquals(Set.of(), staffLeads);
  }

  private Set<LocalDate> days(String body) {
    List<?> days =
        em.createNativeQuery(
                "SELECT DATE(m.starts_at) FROM meeting m JOIN body b ON b.id = m.body_id"
                    + " WHERE b.code = ?1 AND m.demo AND YEAR(m.starts_at) = 2008")
            .setParameter(1, body)
            .getResultList();
    return days.stream()
        .map(d -> ((Date) d).toLocalDate())
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private String decisionText(String body, String day, String title) {
    return (String)
        em.createNativeQuery(
                "SELECT d.text FROM decision d JOIN meeting m ON m.id = d.meeting_id"
                    + " JOIN body b ON b.id = m.body_id WHERE b.code = ?1 AND DATE(m.starts_at) = ?2"
                    + " AND d.title = ?3 AND d.demo")
            .setParameter(1, body)
            .setParameter(2, Date.valueOf(day))
            .setParameter(3, title)
            .getSingleResult();
  }

  private String minutesOf(String meetingTitle) {
    return unescape(
        (String)
            em.createNativeQuery(
                    "SELECT r.content FROM minutes n JOIN minutes_revision r ON r.id ="
                        + " n.head_revision_id JOIN meeting m ON m.id = n.meeting_id"
                        + " WHERE m.title = ?1 AND m.demo")
                .setParameter(1, meetingTitle)
                .getSingleResult());
  }

  /** The sanitiser writes some characters as references. */
  private static String unescape(String html) {
    return html.replace("&#39;", "'")
        .replace("&#34;", "\"")
        .replace("&quot;", "\"")
        .replace("&#43;", "+")
        .replace("&#64;", "@")
        .replace("&#61;", "=")
        .replace("&amp;", "&")
        .replace("\\u0027", "'")
        .replace("\\\"", "\"");
  }

  @SuppressWarnings("unchecked")
  private List<Object[]> rows(String sql) {
    return em.createNativeQuery(sql).getResultList();
  }

  private Set<String> strings(String sql, Object... params) {
    var query = em.createNativeQuery(sql);
    for (int i = 0; i < params.length; i++) {
      query.setParameter(i + 1, params[i]);
    }
    return ((List<?>) query.getResultList())
        .stream().map(String::valueOf).collect(Collectors.toCollection(TreeSet::new));
  }
}
