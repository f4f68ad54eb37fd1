package org.cohesion.minutes.demo;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.cohesion.decisions.domain.AttendanceStatus;
import org.cohesion.decisions.domain.Meeting;
import org.cohesion.decisions.domain.MeetingPlan;
import org.cohesion.minutes.domain.ApprovalRule;
import org.cohesion.minutes.domain.ApprovalVote;
import org.cohesion.minutes.domain.Minutes;
import org.cohesion.minutes.domain.MinutesRevision;
import org.cohesion.minutes.domain.MinutesText;
import org.cohesion.minutes.domain.RevisionKind;
import org.cohesion.minutes.domain.Section;
import org.cohesion.minutes.domain.VoteChoice;
import org.cohesion.network.domain.Account;
import org.cohesion.network.domain.Body;
import org.cohesion.network.domain.BodySeat;
import org.cohesion.network.domain.Member;
import org.cohesion.platform.demo.DemoSeeding;
import org.cohesion.workspace.domain.GroupRole;
import org.cohesion.workspace.domain.Membership;
import org.cohesion.workspace.domain.WorkingGroup;

/**
 * Meetings and minutes of 2008, marked demo: the CA of 29 February (the programme and its four
 * axes, the budget and its funders, as the 2008 report gives them), approved; the bureau meeting of
 * 12 November, one of the report's 8, whose minutes await the last approval (the president's); the
 * evaluation group's review of the September qualification cycle, approved and readable by the
 * whole network; and its joint session of the two CUCS in October, whose minutes are a draft to
 * co-write. A body's minutes are written on the meeting the decisions recorded (DemoDecisions),
 * with its one attendance list; these minutes give it its agenda. Dates of the bureau and group
 * meetings are invented. Loaded once, after the decisions.
 */
@Dependent
public class DemoMinutes {
  private static final Logger LOG = Logger.getLogger(DemoMinutes.class.getName());

  /** The bureau before its election of 29/11/2008, as the decisions record it (invented). */
  private static final List<String> BUREAU_2008 =
      List.of("hbellemare", "manselme", "ktheodose", "rcelestine");

  @PersistenceContext EntityManager em;

  @Transactional
  public void loadOnce(@Observes @Priority(400) DemoSeeding seeding) {
    long minutes = em.createQuery("SELECT COUNT(m) FROM Minutes m", Long.class).getSingleResult();
    long members = em.createNamedQuery("Member.count", Long.class).getSingleResult();
    if (minutes > 0 || members == 0) {
      return;
    }
    loadBoardProgramme();
    loadBureauNovember();
    loadEvaluationReview();
    loadEvaluationJointSession();
    LOG.info("Demo minutes loaded: 2 body meetings and 2 group meetings of 2008.");
  }

  private void loadBoardProgramme() {
    Body ca = body("CA");
    Meeting meeting =
        agendaOf(
            ca,
            at(2, 29, 17),
            "Programmation 2008 et ses quatre axes",
            "Budget prévisionnel 2008",
            "Questions diverses");
    Minutes minutes = start(meeting);
    write(
        minutes,
        meeting,
        "hbellemare",
        instant(3, 3, 10),
        "Premier jet",
        List.of(
            "<p>Le conseil examine la programmation 2008 présentée par la directrice. Elle"
                + " s'articule autour de quatre axes : l'observation et l'évaluation ; la"
                + " rénovation urbaine et le développement local ; la veille sur le Plan Espoir"
                + " banlieues ; l'appui méthodologique aux projets et aux territoires.</p><p>La"
                + " programmation est validée à l'unanimité des présents. Le conseil adopte aussi"
                + " le principe d'un cycle de qualification sur l'évaluation en septembre.</p>",
            "<p>Le budget prévisionnel s'établit autour de 200 000 euros : Délégation"
                + " interministérielle à la ville 50 %, Caisse des dépôts 20 %, CACEM 30 %. Les"
                + " frais de personnel représentent environ 45 % des charges, les services"
                + " externes 30 %.</p>",
            "<p>Néant.</p>"));
    minutes.submit(
        person("hbellemare"), instant(3, 4, 9), ApprovalRule.MAJORITY_OF_MEMBERS, ids(seats(ca)));
    for (String login : List.of("hbellemare", "manselme", "ktheodose", "rcelestine")) {
      vote(minutes, login, VoteChoice.APPROVE, null, instant(3, 5, 9));
    }
    minutes.approve(instant(3, 6, 18));
  }

  private void loadBureauNovember() {
    Meeting meeting =
        agendaOf(
            body("BUREAU"),
            at(11, 12, 12),
            "Bilan d'étape du programme 2008",
            "Préparation de l'élection du bureau",
            "Pistes pour 2009");
    // The bureau before its election of 29/11, who attended: they approve.
    List<Member> sitting = BUREAU_2008.stream().map(this::person).toList();
    Minutes minutes = start(meeting);
    write(
        minutes,
        meeting,
        "ktheodose",
        instant(11, 13, 9),
        null,
        List.of(
            "<p>Le cycle de qualification sur l'évaluation (22–26 septembre) a réuni 51"
                + " participants, la rencontre « Territoires, acteurs et outils » du 16 mai 61, la"
                + " journée sur la prévention de la récidive du 6 novembre une trentaine.</p>",
            "<p>Le conseil d'administration du 29 novembre élira le bureau. Les candidatures"
                + " sont reçues jusqu'au 20 novembre.</p>",
            "<p>Le bureau engage le bilan 2008 selon la grille enjeux, objectifs, effectivité,"
                + " indicateurs, limites, aspects positifs et opportunités. Pistes : groupe de"
                + " travail et cycle de qualification sur l'observation et l'évaluation ;"
                + " qualification collective sur le développement économique des quartiers ;"
                + " rencontres de la réussite éducative.</p>"));
    minutes.submit(
        person("ktheodose"), instant(11, 14, 9), ApprovalRule.MAJORITY_OF_MEMBERS, ids(sitting));
    vote(minutes, "manselme", VoteChoice.APPROVE, null, instant(11, 17, 10));
    vote(
        minutes,
        "rcelestine",
        VoteChoice.APPROVE,
        "Bon pour moi ; penser à joindre le calendrier 2009.",
        instant(11, 17, 15));
  }

  private void loadEvaluationReview() {
    WorkingGroup group = group("evaluation-des-cucs");
    Meeting meeting =
        Meeting.ofGroup(
            group,
            person("manselme"),
            plan(
                "Bilan du cycle de qualification sur l'évaluation",
                at(10, 3, 9),
                at(10, 3, 12),
                "Centre de ressources, Fort-de-France",
                "Ce que les participants retiennent",
                "Limites et points à améliorer",
                "Suites à donner"));
    schedule(meeting, members(group));
    allPresent(meeting);
    Minutes minutes = start(meeting);
    write(
        minutes,
        meeting,
        "manselme",
        instant(10, 6, 10),
        null,
        List.of(
            "<p>Cycle du 22 au 26 septembre, avec R. Epstein : 51 participants ; 10"
                + " questionnaires retournés, 7 très satisfaits et 3 assez satisfaits.</p>"
                + "<ul><li>Partages d'expériences sur l'évaluation entre les deux CUCS.</li>"
                + "<li>Visions partagées d'un projet entre acteurs d'un même territoire.</li>"
                + "<li>Diversité des acteurs : associations, chefs de projet, État.</li></ul>",
            "<p>Formation jugée trop longue ; calendriers trop chargés pendant l'évaluation des"
                + " CUCS ; pas de travail en groupe continu sur l'évaluation.</p>",
            "<p>Organiser des <strong>séances de travail communes aux deux CUCS</strong> en vue"
                + " des évaluations attendues en 2009, et mutualiser les outils.</p>"));
    minutes.submit(person("manselme"), instant(10, 7, 9), ApprovalRule.GROUP_LEAD, leads(group));
    vote(minutes, "manselme", VoteChoice.APPROVE, null, instant(10, 7, 17));
    minutes.approve(instant(10, 7, 17));
  }

  private void loadEvaluationJointSession() {
    WorkingGroup group = group("evaluation-des-cucs");
    Meeting meeting =
        Meeting.ofGroup(
            group,
            person("manselme"),
            plan(
                "Séance commune des deux CUCS — préparer les évaluations 2009",
                at(10, 15, 14),
                at(10, 15, 17),
                "Mairie du Lamentin, salle du conseil",
                "Outils communs d'évaluation",
                "Tableau de bord par quartier",
                "Calendrier des évaluations 2009"));
    schedule(meeting, members(group));
    Minutes minutes = start(meeting);
    write(
        minutes,
        meeting,
        "manselme",
        instant(10, 16, 9),
        "Premières notes",
        List.of(
            "<p>Les deux équipes présentent leurs grilles d'évaluation. Un tronc commun"
                + " d'indicateurs est proposé.</p>",
            "<p>À compléter : quelles données à l'échelle des quartiers ?</p>",
            ""));
  }

  /**
   * The body's meeting the decisions recorded (DemoDecisions, with its attendance: the one list),
   * given the agenda its minutes follow.
   */
  private Meeting agendaOf(Body body, LocalDateTime startsAt, String... items) {
    Meeting meeting =
        em.createQuery(
                "SELECT m FROM Meeting m WHERE m.body = :body AND m.startsAt = :startsAt"
                    + " AND m.demo = TRUE",
                Meeting.class)
            .setParameter("body", body)
            .setParameter("startsAt", startsAt)
            .getSingleResult();
    MeetingPlan now = meeting.plan();
    meeting.replan(plan(now.title(), now.startsAt(), now.endsAt(), now.place(), items));
    return meeting;
  }

  private void schedule(Meeting meeting, List<Member> invitees) {
    meeting.markAsDemo();
    meeting.invite(invitees);
    em.persist(meeting);
  }

  private static void allPresent(Meeting meeting) {
    meeting.getInvitations().forEach(i -> meeting.record(i.getMember(), AttendanceStatus.PRESENT));
  }

  private Minutes start(Meeting meeting) {
    Minutes minutes = Minutes.firstOf(meeting);
    em.persist(minutes);
    em.flush();
    MinutesRevision first =
        minutes.write(
            text(meeting, List.of()),
            null,
            RevisionKind.CREATED,
            meeting.getCreatedBy(),
            meeting.getStartsAt().atZone(Meeting.ZONE).toInstant(),
            null);
    em.persist(first);
    return minutes;
  }

  private void write(
      Minutes minutes,
      Meeting meeting,
      String login,
      Instant at,
      String summary,
      List<String> bodies) {
    MinutesRevision revision =
        minutes.write(
            text(meeting, bodies),
            minutes.getHead().getNumber(),
            RevisionKind.EDIT,
            person(login),
            at,
            summary);
    em.persist(revision);
  }

  private static MinutesText text(Meeting meeting, List<String> bodies) {
    List<Section> sections = new ArrayList<>();
    for (int i = 0; i < meeting.getAgenda().size(); i++) {
      var item = meeting.getAgenda().get(i);
      sections.add(
          Section.ofHtml(item.getKey(), item.getTitle(), i < bodies.size() ? bodies.get(i) : ""));
    }
    return MinutesText.of(sections);
  }

  private void vote(Minutes minutes, String login, VoteChoice choice, String comment, Instant at) {
    ApprovalVote vote = new ApprovalVote(minutes, person(login));
    vote.cast(choice, comment, at);
    em.persist(vote);
  }

  private static MeetingPlan plan(
      String title, LocalDateTime start, LocalDateTime end, String place, String... items) {
    List<MeetingPlan.Item> agenda = new ArrayList<>();
    for (String item : items) {
      agenda.add(new MeetingPlan.Item(null, item, null));
    }
    return new MeetingPlan(title, start, end, place, agenda, List.of());
  }

  private static LocalDateTime at(int month, int day, int hour) {
    return LocalDateTime.of(2008, month, day, hour, 0);
  }

  private static Instant instant(int month, int day, int hour) {
    return at(month, day, hour).atZone(Meeting.ZONE).toInstant();
  }

  private static Set<Long> ids(List<Member> members) {
    return members.stream().map(Member::getId).collect(Collectors.toSet());
  }

  private static Set<Long> leads(WorkingGroup group) {
    return group.getMemberships().stream()
        .filter(ms -> ms.getRole() == GroupRole.LEAD)
        .map(ms -> ms.getMember().getId())
        .collect(Collectors.toSet());
  }

  private List<Member> seats(Body body) {
    return body.getSeats().stream().map(BodySeat::getMember).toList();
  }

  private List<Member> members(WorkingGroup group) {
    return group.getMemberships().stream().map(Membership::getMember).toList();
  }

  private Member person(String login) {
    return em.createNamedQuery("Account.findByLogin", Account.class)
        .setParameter("login", login)
        .getSingleResult()
        .getMember();
  }

  private Body body(String code) {
    return em.createNamedQuery("Body.findByCode", Body.class)
        .setParameter("code", code)
        .getSingleResult();
  }

  private WorkingGroup group(String slug) {
    return em.createNamedQuery("WorkingGroup.findBySlug", WorkingGroup.class)
        .setParameter("slug", slug)
        .getSingleResult();
  }
}
