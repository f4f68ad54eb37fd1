package org.cohesion.workspace.demo;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Map;
import java.util.logging.Logger;
import org.cohesion.network.domain.Account;
import org.cohesion.network.domain.Member;
import org.cohesion.network.domain.Theme;
import org.cohesion.platform.demo.DemoSeeding;
import org.cohesion.platform.domain.Slugs;
import org.cohesion.workspace.domain.GroupRole;
import org.cohesion.workspace.domain.JoinPolicy;
import org.cohesion.workspace.domain.Visibility;
import org.cohesion.workspace.domain.WorkingGroup;

/**
 * The working groups of the demo year. The 2008 report says the centre led no working group and
 * took part in two, which it names: the clause d'insertion group (with the ANRU) and the
 * plate-forme d'observation sociale et sanitaire. Those two are seeded as the report describes
 * them, led by others than the centre's staff; every other group is invented from the report's
 * themes and marked demo. Loaded once, after the network's people.
 */
@Dependent
public class DemoWorkspace {
  private static final Logger LOG = Logger.getLogger(DemoWorkspace.class.getName());

  @PersistenceContext EntityManager em;

  private int count;

  @Transactional
  public void loadOnce(@Observes @Priority(200) DemoSeeding seeding) {
    long groups =
        em.createQuery("SELECT COUNT(g) FROM WorkingGroup g", Long.class).getSingleResult();
    long members = em.createNamedQuery("Member.count", Long.class).getSingleResult();
    if (groups > 0 || members == 0) {
      return;
    }
    loadReportedGroups();
    loadDemoGroups();
    LOG.info(() -> "Demo working groups loaded: " + count + ".");
  }

  /** The two groups the report names. */
  private void loadReportedGroups() {
    group(
        "Clause d'insertion ANRU",
        "insertion",
        Visibility.NETWORK,
        JoinPolicy.ON_REQUEST,
        "Groupe de travail sur la clause d'insertion dans les marchés de la rénovation urbaine"
            + " (relation avec l'ANRU). Le Centre de ressources y participe.",
        Map.of("jcroch", GroupRole.LEAD, "plordinot", GroupRole.READER));
    group(
        "Plate-forme d'observation sociale et sanitaire",
        "observation",
        Visibility.NETWORK,
        JoinPolicy.ON_REQUEST,
        "Plate-forme initiée par la DSDS, dont le Centre de ressources est membre : croisement des"
            + " données par échelle îlot et quartiers, priorités de la politique de la ville.",
        Map.of("flarcher", GroupRole.LEAD, "jvalcin", GroupRole.CONTRIBUTOR));
  }

  private void loadDemoGroups() {
    demo(
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
        demo(
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
            person("ktheodose"),
            "Notre association porte des actions de médiation de quartier à Trénelle."));
    demo(
        "Observation des territoires",
        "observation",
        Visibility.NETWORK,
        JoinPolicy.OPEN,
        "Préparation des tableaux de bord par quartier et mutualisation des outils d'observation"
            + " entre les deux CUCS, en lien avec la plate-forme d'observation sociale et sanitaire.",
        Map.of(
            "flarcher",
            GroupRole.LEAD,
            "manselme",
            GroupRole.CONTRIBUTOR,
            "nferjule",
            GroupRole.CONTRIBUTOR));
    demo(
        "Rénovation urbaine et développement local",
        "renovation",
        Visibility.NETWORK,
        JoinPolicy.ON_REQUEST,
        "Suivi du projet ANRU de Fort-de-France, articulation avec les CUCS, commerce dans les"
            + " opérations de renouvellement urbain.",
        Map.of("jcroch", GroupRole.LEAD, "gmariesainte", GroupRole.CONTRIBUTOR));
    demo(
        "Réussite éducative et CLAS",
        "reussite",
        Visibility.NETWORK,
        JoinPolicy.OPEN,
        "Accompagnement méthodologique des porteurs de projets CLAS et des équipes de réussite"
            + " éducative.",
        Map.of("madelaide", GroupRole.LEAD, "amondesir", GroupRole.READER));
    demo(
        "Veille Plan Espoir banlieues",
        "insertion",
        Visibility.MEMBERS_ONLY,
        JoinPolicy.ON_REQUEST,
        "Veille juridique et recensement des mesures du Plan Espoir banlieues, adaptabilité au"
            + " contexte martiniquais.",
        Map.of(
            "hbellemare",
            GroupRole.LEAD,
            "jvalcin",
            GroupRole.CONTRIBUTOR,
            "plordinot",
            GroupRole.CONTRIBUTOR));
    demo(
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

  private WorkingGroup demo(
      String name,
      String themeCode,
      Visibility visibility,
      JoinPolicy policy,
      String description,
      Map<String, GroupRole> members) {
    return group(name, themeCode, visibility, policy, description, members, true);
  }

  private WorkingGroup group(
      String name,
      String themeCode,
      Visibility visibility,
      JoinPolicy policy,
      String description,
      Map<String, GroupRole> members) {
    return group(name, themeCode, visibility, policy, description, members, false);
  }

  private WorkingGroup group(
      String name,
      String themeCode,
      Visibility visibility,
      JoinPolicy policy,
      String description,
      Map<String, GroupRole> members,
      boolean demo) {
    Theme theme =
        em.createNamedQuery("Theme.findByCode", Theme.class)
            .setParameter("code", themeCode)
            .getSingleResult();
    WorkingGroup group = new WorkingGroup(name, Slugs.of(name), theme);
    group.describe(description);
    group.changeAccess(visibility, policy);
    if (demo) {
      group.markAsDemo();
    }
    members.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(e -> group.addMember(person(e.getKey()), e.getValue()));
    em.persist(group);
    count++;
    return group;
  }

  private Member person(String login) {
    return em.createNamedQuery("Account.findByLogin", Account.class)
        .setParameter("login", login)
        .getSingleResult()
        .getMember();
  }
}
