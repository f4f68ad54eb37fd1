package org.cohesion.platform.demo;

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
import java.util.Map;
import java.util.logging.Logger;
import org.cohesion.network.domain.Account;
import org.cohesion.network.domain.Body;
import org.cohesion.network.domain.BodySeat.Office;
import org.cohesion.network.domain.Member;
import org.cohesion.network.domain.NetworkEvent;
import org.cohesion.network.domain.NetworkEvent.Kind;
import org.cohesion.network.domain.Theme;
import org.cohesion.platform.persistence.DatabaseReady;
import org.cohesion.platform.security.Passwords;
import org.cohesion.platform.security.PlatformRole;
import org.cohesion.workspace.domain.GroupRole;
import org.cohesion.workspace.domain.JoinPolicy;
import org.cohesion.workspace.domain.Visibility;
import org.cohesion.workspace.domain.WorkingGroup;

/**
 * The demo data set: the network's real working groups, bodies and 2008 calendar (from the centre's
 * 2008 activity report), with invented people marked as demo. Loaded once, into an empty database,
 * in the demo profile only. Every demo account's password is {@link #PASSWORD}.
 *
 * <p>This is the one class of {@code platform} that knows the features: it seeds all of them.
 */
@Dependent // a fresh instance for each load: the people map below is never shared
public class DemoData {
  private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

  /** The documented password of every demo account (README.md). */
  public static final String PASSWORD = "cohesion-demo-2008";

  @PersistenceContext EntityManager em;
  @Inject Passwords passwords;

  private final Map<String, Member> people = new HashMap<>();

  @Transactional
  public void loadOnce(@Observes @Priority(100) DatabaseReady ready) {
    if (!ready.isDemo()) {
      return;
    }
    long members = em.createNamedQuery("Member.count", Long.class).getSingleResult();
    if (members > 0) {
      LOG.info("Demo data already present: nothing loaded.");
      return;
    }
    long started = System.nanoTime();
    // One hash for all: the accounts share the documented password, and argon2id is slow on
    // purpose.
    String hash = passwords.hash(PASSWORD);
    loadPeople(hash);
    loadBodies();
    loadGroups();
    loadCalendar();
    LOG.info(
        () ->
            "Demo data loaded: "
                + people.size()
                + " people, in "
                + (System.nanoTime() - started) / 1_000_000
                + " ms. Password of every demo account: "
                + PASSWORD);
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
        "Patrick Lordinot",
        "Centre de ressources Ville caraïbe",
        "Assistant",
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

  private void loadBodies() {
    Body bureau = body("BUREAU");
    bureau.seat(people.get("hbellemare"), Office.PRESIDENT);
    bureau.seat(people.get("manselme"), Office.VICE_PRESIDENT);
    bureau.seat(people.get("ktheodose"), Office.SECRETARY);
    bureau.seat(people.get("rcelestine"), Office.TREASURER);
    Body ca = body("CA");
    for (String login : new String[] {"hbellemare", "manselme", "ktheodose", "rcelestine"}) {
      ca.seat(people.get(login), Office.MEMBER);
    }
    ca.seat(people.get("ceuzet"), Office.MEMBER);
    ca.seat(people.get("edorival"), Office.MEMBER);
    ca.seat(people.get("jcroch"), Office.MEMBER);
  }

  private void loadGroups() {
    group(
        "Évaluation des CUCS",
        "evaluation",
        Visibility.NETWORK,
        JoinPolicy.ON_REQUEST,
        "Co-écriture des outils d'évaluation des deux contrats urbains de cohésion sociale"
            + " (Fort-de-France, Lamentin) : référentiel, indicateurs, suites du cycle de"
            + " qualification de septembre 2008.",
        Map.of(
            "manselme",
            GroupRole.LEAD,
            "rcelestine",
            GroupRole.LEAD,
            "nferjule",
            GroupRole.CONTRIBUTOR,
            "gmariesainte",
            GroupRole.CONTRIBUTOR,
            "jvalcin",
            GroupRole.CONTRIBUTOR,
            "flarcher",
            GroupRole.READER));
    WorkingGroup prevention =
        group(
            "Prévention de la délinquance",
            "prevention",
            Visibility.NETWORK,
            JoinPolicy.ON_REQUEST,
            "Réseau des coordonnateurs CLS/CLSPD : échanges de pratiques entre communes, école et"
                + " parentalité, partenariat police/ville/justice, prévention de la récidive avec le"
                + " SPIP.",
            Map.of(
                "srosemond",
                GroupRole.LEAD,
                "edorival",
                GroupRole.CONTRIBUTOR,
                "lsaintprix",
                GroupRole.CONTRIBUTOR,
                "amondesir",
                GroupRole.CONTRIBUTOR));
    em.persist(
        prevention.requestToJoin(
            people.get("ktheodose"),
            "Notre association porte des actions de médiation de quartier à Trénelle."));
    group(
        "Observation des territoires",
        "observation",
        Visibility.NETWORK,
        JoinPolicy.OPEN,
        "Croisement des données à l'échelle de l'îlot et du quartier (INSEE, CAF, emploi) et"
            + " préparation des tableaux de bord par quartier.",
        Map.of(
            "flarcher",
            GroupRole.LEAD,
            "manselme",
            GroupRole.CONTRIBUTOR,
            "nferjule",
            GroupRole.CONTRIBUTOR));
    group(
        "Rénovation urbaine et développement local",
        "renovation",
        Visibility.NETWORK,
        JoinPolicy.ON_REQUEST,
        "Suivi du projet ANRU de Fort-de-France, articulation avec les CUCS, commerce dans les"
            + " opérations de renouvellement urbain.",
        Map.of("jcroch", GroupRole.LEAD, "gmariesainte", GroupRole.CONTRIBUTOR));
    group(
        "Clause d'insertion ANRU",
        "insertion",
        Visibility.NETWORK,
        JoinPolicy.ON_REQUEST,
        "Groupe de travail sur la clause d'insertion dans les marchés de la rénovation urbaine.",
        Map.of("jcroch", GroupRole.LEAD, "plordinot", GroupRole.READER));
    group(
        "Réussite éducative et CLAS",
        "reussite",
        Visibility.NETWORK,
        JoinPolicy.OPEN,
        "Accompagnement méthodologique des porteurs de projets CLAS et des équipes de réussite"
            + " éducative.",
        Map.of("madelaide", GroupRole.LEAD, "amondesir", GroupRole.READER));
    group(
        "Veille Plan Espoir banlieues",
        "insertion",
        Visibility.MEMBERS_ONLY,
        JoinPolicy.ON_REQUEST,
        "Veille juridique et recensement des mesures du Plan Espoir banlieues, adaptabilité au"
            + " contexte martiniquais.",
        Map.of(
            "jvalcin",
            GroupRole.LEAD,
            "plordinot",
            GroupRole.CONTRIBUTOR,
            "hbellemare",
            GroupRole.READER));
    group(
        "Préparation de la programmation 2009",
        "evaluation",
        Visibility.MEMBERS_ONLY,
        JoinPolicy.ON_REQUEST,
        "Groupe restreint du bureau : bilan 2008 selon la grille enjeux, objectifs, effectivité,"
            + " indicateurs, limites, et propositions pour 2009.",
        Map.of(
            "hbellemare",
            GroupRole.LEAD,
            "manselme",
            GroupRole.CONTRIBUTOR,
            "ktheodose",
            GroupRole.CONTRIBUTOR,
            "jvalcin",
            GroupRole.CONTRIBUTOR));
  }

  private WorkingGroup group(
      String name,
      String themeCode,
      Visibility visibility,
      JoinPolicy policy,
      String description,
      Map<String, GroupRole> members) {
    Theme theme =
        em.createNamedQuery("Theme.findByCode", Theme.class)
            .setParameter("code", themeCode)
            .getSingleResult();
    WorkingGroup group = new WorkingGroup(name, org.cohesion.platform.domain.Slugs.of(name), theme);
    group.setDescription(description);
    group.setVisibility(visibility);
    group.setJoinPolicy(policy);
    members.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(e -> group.addMember(people.get(e.getKey()), e.getValue()));
    em.persist(group);
    return group;
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
        "Journée d'information collective CLAS",
        d(2008, 4, 2),
        null,
        "Restaurant New World",
        null);
    event(
        Kind.TRAINING_DAY,
        "Formation-action : les enjeux du commerce dans les opérations de renouvellement urbain",
        d(2008, 4, 10),
        null,
        "Squash Hôtel",
        null);
    event(
        Kind.NETWORK_MEETING,
        "Rencontre « Territoires, acteurs et outils de la politique de la ville »",
        d(2008, 5, 16),
        null,
        "École hôtelière, AFPA Batelière",
        null);
    event(
        Kind.TRAINING_DAY,
        "Cycle de qualification sur la prévention de la délinquance",
        d(2008, 6, 24),
        d(2008, 6, 26),
        "Lamentin et Saint-Joseph",
        null);
    event(
        Kind.TRAINING_DAY,
        "Cycle de qualification sur l'évaluation de la politique de la ville",
        d(2008, 9, 22),
        d(2008, 9, 26),
        "Fort-de-France",
        null);
    event(
        Kind.TRAINING_DAY,
        "Journée de qualification sur la prévention de la récidive (avec le SPIP)",
        d(2008, 11, 6),
        null,
        "Fort-de-France",
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
