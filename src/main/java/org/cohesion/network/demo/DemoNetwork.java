package org.cohesion.network.demo;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import org.cohesion.network.domain.Account;
import org.cohesion.network.domain.Body;
import org.cohesion.network.domain.BodySeat.Office;
import org.cohesion.network.domain.Member;
import org.cohesion.network.domain.NetworkEvent;
import org.cohesion.network.domain.NetworkEvent.Kind;
import org.cohesion.network.domain.Theme;
import org.cohesion.platform.demo.DemoSeed;
import org.cohesion.platform.demo.DemoSeeding;
import org.cohesion.platform.security.Passwords;
import org.cohesion.platform.security.PlatformRole;

/**
 * The network's part of the demo year: invented people (marked demo) with their themes, the seats
 * of the bureau and the CA, and the 2008 calendar as the centre's 2008 activity report gives it
 * (dates, places, speakers). The report states that the CA elected the bureau on 29/11/2008 and
 * replaced a resigned member on 15/12/2008: those are the seats' dates; who sat where is invented.
 * Loaded first, once, into a database without members. Every demo account's password is {@link
 * DemoSeed#PASSWORD}.
 */
@Dependent // a fresh instance for each load: the people map below is never shared
public class DemoNetwork {
  private static final Logger LOG = Logger.getLogger(DemoNetwork.class.getName());

  /** The bureau elected by the CA (report: 29/11/2008). */
  public static final LocalDate BUREAU_ELECTED = LocalDate.of(2008, 11, 29);

  /** The CA that replaced the bureau member who resigned (report: 15/12/2008). */
  public static final LocalDate BUREAU_MEMBER_REPLACED = LocalDate.of(2008, 12, 15);

  @PersistenceContext EntityManager em;
  @Inject Passwords passwords;

  private final Map<String, Member> people = new HashMap<>();

  @Transactional
  public void loadOnce(@Observes @Priority(100) DemoSeeding seeding) {
    long members = em.createNamedQuery("Member.count", Long.class).getSingleResult();
    if (members > 0) {
      LOG.info("Demo data already present: nothing loaded.");
      return;
    }
    long started = System.nanoTime();
    // One hash for all: the accounts share the documented password, and argon2id is slow on
    // purpose.
    String hash = passwords.hash(DemoSeed.PASSWORD);
    loadPeople(hash);
    loadThemes();
    loadBodies();
    loadCalendar();
    LOG.info(
        () ->
            "Demo network loaded: "
                + people.size()
                + " people, in "
                + (System.nanoTime() - started) / 1_000_000
                + " ms.");
  }

  private void loadPeople(String hash) {
    person(
        "jvalcin",
        "Josette Valcin",
        "Centre de ressources Ville caraïbe",
        "Directrice",
        "Fort-de-France",
        hash,
        PlatformRole.ADMINISTRATOR,
        PlatformRole.STAFF);
    person(
        "plordinot",
        "Patricia Lordinot",
        "Centre de ressources Ville caraïbe",
        "Assistante",
        "Fort-de-France",
        hash,
        PlatformRole.STAFF);
    person(
        "hbellemare",
        "Henri Bellemare",
        "Université Antilles-Guyane, faculté de droit",
        "Doyen, président du Centre de ressources",
        "Schœlcher",
        hash,
        PlatformRole.BOARD_MEMBER);
    person(
        "manselme",
        "Murielle Anselme",
        "Ville de Fort-de-France",
        "Cheffe de projet CUCS",
        "Fort-de-France",
        hash,
        PlatformRole.BOARD_MEMBER);
    person(
        "rcelestine",
        "Rodolphe Célestine",
        "Ville du Lamentin",
        "Chef de projet CUCS",
        "Lamentin",
        hash,
        PlatformRole.BOARD_MEMBER);
    person(
        "nferjule",
        "Nadia Ferjule",
        "Ville de Fort-de-France",
        "Chargée de mission CUCS",
        "Fort-de-France",
        hash);
    person(
        "gmariesainte",
        "Gilles Marie-Sainte",
        "Ville du Lamentin",
        "Chargé de mission CUCS",
        "Lamentin",
        hash);
    person(
        "srosemond",
        "Sylvie Rosemond",
        "Ville de Fort-de-France",
        "Coordonnatrice du CLSPD",
        "Fort-de-France",
        hash);
    person(
        "edorival",
        "Éric Dorival",
        "Ville du Lamentin",
        "Coordonnateur prévention de la délinquance",
        "Lamentin",
        hash,
        PlatformRole.BOARD_MEMBER);
    person(
        "lsaintprix",
        "Line Saint-Prix",
        "Ville de Schœlcher",
        "Coordonnatrice prévention de la délinquance",
        "Schœlcher",
        hash);
    person(
        "amondesir",
        "Alex Mondésir",
        "Ville de Saint-Joseph",
        "Coordonnateur du CLS",
        "Saint-Joseph",
        hash);
    person(
        "ktheodose",
        "Karine Théodose",
        "Association Quartiers solidaires",
        "Responsable associative",
        "Fort-de-France",
        hash,
        PlatformRole.BOARD_MEMBER);
    person(
        "flarcher",
        "Fabrice Larcher",
        "Plate-forme d'observation sociale et sanitaire",
        "Chargé d'études",
        "Fort-de-France",
        hash);
    person(
        "ceuzet",
        "Corinne Euzet",
        "CAF de la Martinique",
        "Conseillère technique",
        "Fort-de-France",
        hash,
        PlatformRole.BOARD_MEMBER);
    person(
        "jcroch",
        "Jean-Claude Roch",
        "Ville de Fort-de-France",
        "Chef de projet rénovation urbaine (ANRU)",
        "Fort-de-France",
        hash);
    person(
        "madelaide",
        "Mireille Adélaïde",
        "Ville du Lamentin",
        "Coordonnatrice réussite éducative",
        "Lamentin",
        hash);
  }

  private void person(
      String login,
      String name,
      String organisation,
      String job,
      String town,
      String hash,
      PlatformRole... roles) {
    Member member = new Member(name, login + "@demo.cohesion.invalid");
    member.describe(organisation, job, town);
    member.markAsDemo();
    em.persist(member);
    Account account = new Account(member, login, hash);
    account.grantRoles(
        roles.length == 0 ? EnumSet.of(PlatformRole.MEMBER) : EnumSet.of(roles[0], roles));
    em.persist(account);
    people.put(login, member);
  }

  /** The themes each person works on, shown on their profile: the report's themes. */
  private void loadThemes() {
    themes("jvalcin", "evaluation", "observation", "renovation");
    themes("plordinot", "jeunesse");
    themes("hbellemare", "evaluation");
    themes("manselme", "evaluation", "observation", "logement");
    themes("rcelestine", "evaluation", "insertion");
    themes("nferjule", "evaluation", "observation");
    themes("gmariesainte", "insertion", "renovation");
    themes("srosemond", "prevention", "mediation");
    themes("edorival", "prevention", "addictions");
    themes("lsaintprix", "prevention", "jeunesse");
    themes("amondesir", "prevention", "reussite");
    themes("ktheodose", "mediation", "sexualite", "addictions");
    themes("flarcher", "observation");
    themes("ceuzet", "reussite", "logement");
    themes("jcroch", "renovation", "durable", "logement");
    themes("madelaide", "reussite", "jeunesse");
  }

  private void themes(String login, String... codes) {
    Set<Theme> set = new LinkedHashSet<>();
    for (String code : List.of(codes)) {
      set.add(
          em.createNamedQuery("Theme.findByCode", Theme.class)
              .setParameter("code", code)
              .getSingleResult());
    }
    people.get(login).followThemes(set);
  }

  /**
   * The bureau as it stands after the CA of 15/12/2008: elected on 29/11 (the secretary then
   * elected, Éric Dorival, resigned), Karine Théodose seated as secretary on 15/12. The CA's seats
   * carry no date: the report does not give them.
   */
  private void loadBodies() {
    Body bureau = body("BUREAU");
    bureau.seat(people.get("hbellemare"), Office.PRESIDENT, BUREAU_ELECTED);
    bureau.seat(people.get("manselme"), Office.VICE_PRESIDENT, BUREAU_ELECTED);
    bureau.seat(people.get("ktheodose"), Office.SECRETARY, BUREAU_MEMBER_REPLACED);
    bureau.seat(people.get("rcelestine"), Office.TREASURER, BUREAU_ELECTED);
    Body ca = body("CA");
    for (String login : new String[] {"hbellemare", "manselme", "ktheodose", "rcelestine"}) {
      ca.seat(people.get(login), Office.MEMBER);
    }
    ca.seat(people.get("ceuzet"), Office.MEMBER);
    ca.seat(people.get("edorival"), Office.MEMBER);
    ca.seat(people.get("jcroch"), Office.MEMBER);
  }

  private void loadCalendar() {
    event(Kind.BODY_MEETING, "Assemblée générale", d(2008, 1, 29), null, "Fort-de-France", "AG");
    event(
        Kind.BODY_MEETING,
        "Conseil d'administration : validation de la programmation 2008",
        d(2008, 2, 29),
        null,
        "Fort-de-France",
        "CA");
    event(
        Kind.TRAINING_DAY,
        "Journée d'information collective CLAS, avec le bureau de la politique de la ville et la"
            + " CAF (100 participants)",
        d(2008, 4, 2),
        null,
        "Restaurant New World",
        null);
    event(
        Kind.TRAINING_DAY,
        "Formation-action : les enjeux du commerce dans les opérations de renouvellement urbain,"
            + " avec F. Kossman, expert ANRU (20 participants)",
        d(2008, 4, 10),
        null,
        "Squash Hôtel",
        null);
    event(
        Kind.NETWORK_MEETING,
        "Rencontre « Territoires, acteurs et outils de la politique de la ville » (61"
            + " participants)",
        d(2008, 5, 16),
        null,
        "École hôtelière, AFPA Batelière",
        null);
    event(
        Kind.TRAINING_DAY,
        "Cycle de qualification sur la prévention de la délinquance, avec la sociologue Nicole"
            + " Chambron (une trentaine de participants par jour)",
        d(2008, 6, 24),
        d(2008, 6, 26),
        "Lamentin et Saint-Joseph",
        null);
    event(
        Kind.TRAINING_DAY,
        "Cycle de qualification sur l'évaluation de la politique de la ville, avec R. Epstein,"
            + " sociologue (51 participants)",
        d(2008, 9, 22),
        d(2008, 9, 26),
        "CNFPT et Foyer des jeunes travailleurs",
        null);
    event(
        Kind.TRAINING_DAY,
        "Journée de qualification sur la prévention de la récidive, avec le SPIP (une trentaine"
            + " de participants)",
        d(2008, 11, 6),
        null,
        null,
        null);
    event(
        Kind.BODY_MEETING,
        "Conseil d'administration : élection du bureau",
        d(2008, 11, 29),
        null,
        "Fort-de-France",
        "CA");
    event(
        Kind.BODY_MEETING,
        "Conseil d'administration : point d'étape, remplacement d'un membre du bureau",
        d(2008, 12, 15),
        null,
        "Fort-de-France",
        "CA");
  }

  private void event(
      Kind kind, String title, LocalDate from, LocalDate to, String place, String bodyCode) {
    NetworkEvent event = new NetworkEvent(kind, title, from, to, place);
    if (bodyCode != null) {
      event.heldBy(body(bodyCode));
    }
    em.persist(event);
  }

  private Body body(String code) {
    return em.createNamedQuery("Body.findByCode", Body.class)
        .setParameter("code", code)
        .getSingleResult();
  }

  private static LocalDate d(int y, int m, int day) {
    return LocalDate.of(y, m, day);
  }
}
