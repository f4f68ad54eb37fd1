package org.cohesion.decisions.demo;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import org.cohesion.decisions.application.RegisterChain;
import org.cohesion.decisions.domain.AttendanceStatus;
import org.cohesion.decisions.domain.Decision;
import org.cohesion.decisions.domain.DecisionContent;
import org.cohesion.decisions.domain.DecisionType;
import org.cohesion.decisions.domain.FollowUpStatus;
import org.cohesion.decisions.domain.Meeting;
import org.cohesion.decisions.domain.MeetingPlan;
import org.cohesion.decisions.domain.RegisterEntry;
import org.cohesion.decisions.domain.Vote;
import org.cohesion.network.domain.Account;
import org.cohesion.network.domain.Body;
import org.cohesion.network.domain.Member;
import org.cohesion.network.domain.NetworkEvent;
import org.cohesion.network.domain.Theme;
import org.cohesion.platform.demo.DemoSeeding;

/**
 * The 2008 meetings of the bodies and their decisions, drawn from the 2008 activity report: the AG
 * of 29 January, the CA of 29 February that validated the programme and its 4 axes (with the
 * funders' shares of the budget), 8 bureau meetings (the report gives their number, not their
 * dates: the dates here are invented), the CA of 29 November that elected the bureau and the CA of
 * 15 December that replaced the bureau member who had resigned. Who attended and how they voted is
 * invented: every meeting and decision is marked demo. A meeting whose minutes the demo holds (the
 * CA of 29/02, the bureau of 12/11) has the same attendance as those minutes, and its decisions
 * name them. Loaded once, after the network's part.
 */
@Dependent
public class DemoDecisions {
  private static final Logger LOG = Logger.getLogger(DemoDecisions.class.getName());
  private static final ZoneId ZONE = ZoneId.of("America/Martinique");

  @PersistenceContext EntityManager em;
  @Inject RegisterChain chain;

  /** The minutes of the CA of 29/02/2008 that the minutes feature seeds (DemoMinutes). */
  static final String CA_PROGRAMME_MINUTES =
      "Compte rendu « Conseil d'administration — programme 2008 » du 29/02/2008";

  /** The minutes of the bureau of 12/11/2008 that the minutes feature seeds (DemoMinutes). */
  static final String BUREAU_NOVEMBER_MINUTES =
      "Compte rendu « Bureau — préparation du conseil du 29 novembre » du 12/11/2008";

  /** What the report says of the bureau's other meetings. */
  static final String BUREAU_RECORD = "Relevé de décisions, disponible au Centre de ressources";

  /** The bureau before the election of 29/11/2008 (invented, as is who attended). */
  private static final List<String> BUREAU_2008 =
      List.of("hbellemare", "manselme", "ktheodose", "rcelestine");

  /** The bureau meeting whose minutes the demo holds: all four present, as in the minutes. */
  static final LocalDate BUREAU_NOVEMBER = LocalDate.of(2008, 11, 12);

  private long recorder;
  private int count;
  private String minutesRef;

  @Transactional
  public void loadOnce(@Observes @Priority(300) DemoSeeding seeding) {
    long meetings = em.createNamedQuery("Meeting.count", Long.class).getSingleResult();
    long decisions = em.createNamedQuery("Decision.count", Long.class).getSingleResult();
    if (meetings > 0 || decisions > 0 || members() == 0) {
      return;
    }
    recorder = person("jvalcin").getId();
    loadAssembly();
    loadBoard();
    loadBureau();
    LOG.info(() -> "Demo decisions loaded: " + count + " decisions of 2008.");
  }

  private long members() {
    return em.createNamedQuery("Member.count", Long.class).getSingleResult();
  }

  private void loadAssembly() {
    Meeting ag = meeting("AG", d(1, 29), "Assemblée générale 2008", "Fort-de-France", 42);
    for (String login :
        List.of(
            "hbellemare",
            "manselme",
            "ktheodose",
            "rcelestine",
            "ceuzet",
            "edorival",
            "jcroch",
            "nferjule",
            "srosemond",
            "flarcher",
            "madelaide")) {
      ag.record(person(login), AttendanceStatus.PRESENT, null);
    }
    ag.record(person("gmariesainte"), AttendanceStatus.REPRESENTED, person("rcelestine"));
    ag.record(person("lsaintprix"), AttendanceStatus.REPRESENTED, person("srosemond"));
    decide(
        ag,
        "Approbation du rapport d'activités 2007 et des comptes",
        "L'assemblée générale approuve le rapport d'activités de l'année 2007, année de création de"
            + " l'association (6 mars 2007), et les comptes de l'exercice.",
        DecisionType.DELIBERATION,
        null,
        List.of(),
        null,
        null,
        true,
        FollowUpStatus.DONE,
        null);
    decide(
        ag,
        "Orientations 2008 : faire connaître la démarche « Centre de ressources »",
        "L'assemblée générale donne un avis favorable aux orientations 2008 : diffuser les"
            + " informations sur le Plan Espoir banlieues et faire connaître la démarche du Centre"
            + " de ressources aux acteurs de la politique de la ville.",
        DecisionType.OPINION,
        new int[] {11, 0, 2},
        List.of("insertion"),
        null,
        null,
        true,
        FollowUpStatus.DONE,
        null);
  }

  private void loadBoard() {
    // The one meeting whose minutes DemoMinutes writes: its hours and title are the minutes'.
    Meeting programme =
        meeting(
            "CA",
            d(2, 29),
            17,
            19,
            "Conseil d'administration — programme 2008",
            "Centre de ressources, immeuble La Varangue, Fort-de-France",
            0);
    for (String login :
        List.of("hbellemare", "manselme", "ktheodose", "rcelestine", "ceuzet", "edorival")) {
      programme.record(person(login), AttendanceStatus.PRESENT, null);
    }
    programme.record(person("jcroch"), AttendanceStatus.EXCUSED, null);
    minutesRef = CA_PROGRAMME_MINUTES;
    Decision validation =
        decide(
            programme,
            "Validation de la programmation 2008",
            "Le conseil d'administration valide la programmation 2008 du Centre de ressources,"
                + " organisée en 4 axes :\n"
                + "1. l'observation et l'évaluation ;\n"
                + "2. la rénovation urbaine et le développement local ;\n"
                + "3. la veille sur le Plan Espoir banlieues ;\n"
                + "4. l'appui méthodologique aux projets et aux territoires.\n"
                + "La directrice est chargée de son exécution.",
            DecisionType.PROGRAMME_VALIDATION,
            null,
            List.of("evaluation", "observation", "renovation", "insertion"),
            "jvalcin",
            d(12, 31),
            true,
            null,
            null);
    note(validation, "Point d'étape présenté au conseil d'administration du 15 décembre 2008.");
    status(validation, FollowUpStatus.DONE);
    decide(
        programme,
        "Adoption du cycle de qualification sur l'évaluation",
        "Le conseil adopte le principe d'un cycle de qualification sur l'évaluation de la politique"
            + " de la ville, en réponse aux attentes recensées auprès des chefs de projet CUCS, à"
            + " organiser en septembre 2008.",
        DecisionType.DELIBERATION,
        new int[] {5, 0, 1},
        List.of("evaluation"),
        "manselme",
        d(9, 26),
        true,
        FollowUpStatus.DONE,
        "Cycle tenu du 22 au 26 septembre 2008 avec R. Epstein : 51 participants.");
    decide(
        programme,
        "Budget prévisionnel 2008",
        "Le conseil adopte le budget prévisionnel 2008, autour de 200 000 euros, financé par la"
            + " Délégation interministérielle à la ville (50 %), la Caisse des dépôts (20 %) et la"
            + " CACEM (30 %), et mandate le trésorier pour le suivi des subventions.",
        DecisionType.BUDGET,
        new int[] {5, 0, 1},
        List.of(),
        "rcelestine",
        d(6, 30),
        false,
        FollowUpStatus.DONE,
        null);
    minutesRef = null;

    Meeting election =
        meeting(
            "CA", d(11, 29), "Conseil d'administration : élection du bureau", "Fort-de-France", 0);
    for (String login :
        List.of("hbellemare", "manselme", "ktheodose", "rcelestine", "ceuzet", "edorival")) {
      election.record(person(login), AttendanceStatus.PRESENT, null);
    }
    election.record(person("jcroch"), AttendanceStatus.REPRESENTED, person("ceuzet"));
    decide(
        election,
        "Élection du bureau",
        "Le conseil d'administration élit le bureau : Henri Bellemare, président ; Murielle"
            + " Anselme, vice-présidente ; Éric Dorival, secrétaire ; Rodolphe Célestine,"
            + " trésorier. Karine Théodose, qui tenait jusque-là le secrétariat, ne se"
            + " représentait pas.",
        DecisionType.APPOINTMENT,
        null,
        List.of(),
        null,
        null,
        true,
        FollowUpStatus.DONE,
        null);

    Meeting december =
        meeting(
            "CA",
            d(12, 15),
            "Conseil d'administration : point d'étape, remplacement d'un membre du bureau",
            "Fort-de-France",
            0);
    for (String login : List.of("hbellemare", "manselme", "ktheodose", "rcelestine")) {
      december.record(person(login), AttendanceStatus.PRESENT, null);
    }
    december.record(person("ceuzet"), AttendanceStatus.REPRESENTED, person("hbellemare"));
    december.record(person("edorival"), AttendanceStatus.EXCUSED, null);
    december.record(person("jcroch"), AttendanceStatus.EXCUSED, null);
    decide(
        december,
        "Remplacement d'un membre démissionnaire du bureau",
        "Éric Dorival, élu secrétaire du bureau le 29 novembre 2008, a donné sa démission. Le"
            + " conseil d'administration désigne Karine Théodose secrétaire du bureau à compter du"
            + " 15 décembre 2008, jusqu'à la fin du mandat.",
        DecisionType.APPOINTMENT,
        new int[] {4, 0, 1},
        List.of(),
        null,
        null,
        true,
        FollowUpStatus.DONE,
        null);
    decide(
        december,
        "Cycle de qualification 2009 sur la rénovation urbaine, en commun avec les Antilles et la"
            + " Guyane",
        "Le conseil donne un avis favorable à la programmation, en 2009, d'un cycle de"
            + " qualification sur la rénovation urbaine en commun avec la Guadeloupe et la Guyane,"
            + " attendu par les acteurs : aménagement durable, gestion des espaces urbains,"
            + " management de projet intégré.",
        DecisionType.OPINION,
        null,
        List.of("renovation", "durable"),
        "jcroch",
        d2(2009, 6, 30),
        true,
        FollowUpStatus.IN_PROGRESS,
        null);
  }

  /**
   * The 8 bureau meetings of 2008 (the report's number; the dates are invented). Each row: day,
   * title of the decision, its text, theme, responsible, due day, status, what the report says was
   * done (the follow-up note), and who was excused.
   */
  private void loadBureau() {
    String[][] bureaux = {
      {
        "01-15",
        "Préparation de l'assemblée générale du 29 janvier",
        "Le bureau arrête l'ordre du jour de l'assemblée générale et le rapport d'activités 2007.",
        "",
        "hbellemare",
        "01-29",
        "DONE",
        "Assemblée générale tenue le 29 janvier 2008.",
        "rcelestine"
      },
      {
        "03-18",
        "Lancement de l'accompagnement individuel CLAS",
        "Le bureau décide d'ouvrir à partir d'avril l'accompagnement individuel des porteurs de"
            + " projets CLAS, avec une journée d'information collective le 2 avril, co-pilotée avec"
            + " le bureau de la politique de la ville et la CAF.",
        "reussite",
        "jvalcin",
        "04-02",
        "DONE",
        "Journée du 2 avril au restaurant New World : 100 participants.",
        ""
      },
      {
        "04-22",
        "Rencontre « Territoires, acteurs et outils de la politique de la ville »",
        "Le bureau valide l'organisation de la rencontre du 16 mai à l'École hôtelière (AFPA"
            + " Batelière) pour présenter le Centre de ressources et fédérer les acteurs du"
            + " développement social urbain.",
        "",
        "jvalcin",
        "05-16",
        "DONE",
        "Rencontre du 16 mai : 61 participants ; compte rendu et programme sur le site Internet.",
        "rcelestine"
      },
      {
        "05-27",
        "Cycle de qualification sur la prévention de la délinquance",
        "Le bureau valide le programme du cycle des 24, 25 et 26 juin au Lamentin et à"
            + " Saint-Joseph, co-animé avec la sociologue Nicole Chambron, avec les coordonnateurs"
            + " CLS/CLSPD.",
        "prevention",
        "edorival",
        "06-26",
        "DONE",
        "Cycle des 24, 25 et 26 juin : une trentaine de participants par jour.",
        ""
      },
      {
        "07-08",
        "Programme du cycle de qualification sur l'évaluation",
        "Le bureau arrête le programme du cycle du 22 au 26 septembre, au CNFPT et au Foyer des"
            + " jeunes travailleurs, avec R. Epstein, sociologue, et sa restitution aux deux équipes"
            + " CUCS.",
        "evaluation",
        "manselme",
        "09-26",
        "DONE",
        "Cycle du 22 au 26 septembre : 51 participants ; 10 questionnaires retournés (7 très"
            + " satisfaits, 3 assez satisfaits).",
        "ktheodose"
      },
      {
        "09-09",
        "Publication de l'annuaire de la politique de la ville",
        "Le bureau décide de publier l'annuaire des acteurs de la politique de la ville, par"
            + " thématique, et de le diffuser avec la lettre « La cohésion se construit ».",
        "",
        "plordinot",
        "11-30",
        "DONE",
        "Annuaire de la politique de la ville publié, les acteurs recensés par thématique.",
        "rcelestine"
      },
      {
        "10-14",
        "Journée de qualification sur la prévention de la récidive",
        "Le bureau valide la journée du 6 novembre avec le SPIP sur la préparation à la sortie des"
            + " détenus.",
        "prevention",
        "jvalcin",
        "11-06",
        "DONE",
        "Journée du 6 novembre avec le SPIP : une trentaine d'acteurs.",
        "rcelestine"
      },
      {
        "11-12",
        "Bilan 2008 et préparation de la programmation 2009",
        "Le bureau engage le bilan 2008 selon la grille enjeux, objectifs, effectivité,"
            + " indicateurs, limites, aspects positifs et opportunités, et la préparation de la"
            + " programmation 2009.",
        "evaluation",
        "hbellemare",
        "2009-01-31",
        "TODO",
        "",
        ""
      },
    };
    for (String[] b : bureaux) {
      LocalDate on = LocalDate.parse("2008-" + b[0]);
      boolean minuted = on.equals(BUREAU_NOVEMBER);
      Meeting bureau =
          minuted
              ? meeting(
                  "BUREAU",
                  on,
                  12,
                  14,
                  "Bureau — préparation du conseil du 29 novembre",
                  "Centre de ressources, Fort-de-France",
                  0)
              : meeting(
                  "BUREAU", on, "Réunion du bureau", "Centre de ressources, Fort-de-France", 0);
      for (String login : BUREAU_2008) {
        bureau.record(
            person(login),
            login.equals(b[8]) ? AttendanceStatus.EXCUSED : AttendanceStatus.PRESENT,
            null);
      }
      minutesRef = minuted ? BUREAU_NOVEMBER_MINUTES : BUREAU_RECORD;
      LocalDate due = b[5].length() > 5 ? LocalDate.parse(b[5]) : LocalDate.parse("2008-" + b[5]);
      decide(
          bureau,
          b[1],
          b[2],
          DecisionType.DELIBERATION,
          null,
          b[3].isEmpty() ? List.of() : List.of(b[3]),
          b[4],
          due,
          false,
          FollowUpStatus.valueOf(b[6]),
          b[7].isEmpty() ? null : b[7]);
    }
    minutesRef = null;
  }

  /** A meeting the register knows by its day only. */
  private Meeting meeting(
      String bodyCode, LocalDate on, String title, String place, int electorate) {
    return meeting(bodyCode, MeetingPlan.onDay(title, on, place), electorate);
  }

  /** A meeting whose minutes the demo holds, with their hours. */
  private Meeting meeting(
      String bodyCode, LocalDate on, int from, int to, String title, String place, int electorate) {
    return meeting(
        bodyCode,
        new MeetingPlan(title, on.atTime(from, 0), on.atTime(to, 0), place, List.of(), List.of()),
        electorate);
  }

  private Meeting meeting(String bodyCode, MeetingPlan plan, int electorate) {
    Body body = body(bodyCode);
    LocalDate on = plan.startsAt().toLocalDate();
    Meeting meeting =
        Meeting.ofBody(body, person("jvalcin"), plan, electorate == 0 ? null : electorate);
    em.createQuery(
            "SELECT e FROM NetworkEvent e WHERE e.body = :body AND e.startsOn = :on",
            NetworkEvent.class)
        .setParameter("body", body)
        .setParameter("on", on)
        .getResultStream()
        .findFirst()
        .ifPresent(meeting::linkedTo);
    meeting.markAsDemo();
    em.persist(meeting);
    return meeting;
  }

  private Decision decide(
      Meeting meeting,
      String title,
      String text,
      DecisionType type,
      int[] votes,
      List<String> themes,
      String responsible,
      LocalDate due,
      boolean isPublic,
      FollowUpStatus status,
      String doneNote) {
    em.flush();
    Vote vote =
        votes == null ? new Vote(true, 0, 0, 0) : Vote.counted(votes[0], votes[1], votes[2]);
    DecisionContent content =
        new DecisionContent(title, text, type, vote, minutesRef, null, isPublic, due);
    int seq =
        em.createNamedQuery("Decision.maxSeq", Integer.class)
                .setParameter("bodyId", meeting.getBody().getId())
                .setParameter("year", meeting.getHeldOn().getYear())
                .getResultStream()
                .filter(java.util.Objects::nonNull)
                .findFirst()
                .orElse(0)
            + 1;
    Set<Theme> themeSet = new LinkedHashSet<>();
    themes.forEach(
        code ->
            themeSet.add(
                em.createNamedQuery("Theme.findByCode", Theme.class)
                    .setParameter("code", code)
                    .getSingleResult()));
    Decision decision =
        Decision.take(
            meeting,
            seq,
            content,
            themeSet,
            responsible == null ? null : person(responsible),
            at(meeting.getHeldOn()));
    decision.markAsDemo();
    em.persist(decision);
    chain.append(RegisterEntry.content(decision, null, recorder, at(meeting.getHeldOn())));
    count++;
    if (status != null && status != FollowUpStatus.TODO) {
      if (doneNote != null) {
        note(decision, doneNote);
      } else if (status == FollowUpStatus.DONE && due != null) {
        note(decision, "Réalisé comme prévu.");
      }
      status(decision, status);
    }
    return decision;
  }

  private void note(Decision decision, String text) {
    chain.append(RegisterEntry.note(decision, text, recorder, later(decision)));
  }

  private void status(Decision decision, FollowUpStatus status) {
    decision.moveTo(status);
    chain.append(RegisterEntry.status(decision, null, recorder, later(decision)));
  }

  private static Instant later(Decision decision) {
    LocalDate on = decision.getDueOn() == null ? decision.getHeldOn() : decision.getDueOn();
    return on.atTime(17, 0).atZone(ZONE).toInstant();
  }

  private static Instant at(LocalDate on) {
    return on.atTime(18, 30).atZone(ZONE).toInstant();
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

  private static LocalDate d(int month, int day) {
    return LocalDate.of(2008, month, day);
  }

  private static LocalDate d2(int year, int month, int day) {
    return LocalDate.of(year, month, day);
  }
}
