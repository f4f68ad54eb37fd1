package org.cohesion.experience.demo;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import org.cohesion.experience.application.SheetContents;
import org.cohesion.experience.domain.Budget;
import org.cohesion.experience.domain.CoordinationNetwork;
import org.cohesion.experience.domain.ExperienceSheet;
import org.cohesion.experience.domain.Funder;
import org.cohesion.experience.domain.Funding;
import org.cohesion.experience.domain.Identity;
import org.cohesion.experience.domain.KeyMoment;
import org.cohesion.experience.domain.Part;
import org.cohesion.experience.domain.ResultIndicator;
import org.cohesion.experience.domain.SheetConfidentiality;
import org.cohesion.experience.domain.SheetPart;
import org.cohesion.experience.domain.SheetPublication;
import org.cohesion.experience.domain.TargetPublic;
import org.cohesion.network.domain.Account;
import org.cohesion.observation.domain.Territory;
import org.cohesion.platform.demo.DemoSeeding;
import org.cohesion.tools.application.Thesaurus;
import org.cohesion.tools.domain.Concept;
import org.cohesion.workspace.domain.WorkingGroup;

/**
 * Three sheets of 2008: the evaluation cycle of September assessed with the centre's own grid (its
 * grid is the report's text, as it stands), a CLAS project and the Police/Ville/Justice partnership
 * of the crime-prevention coordinators. What the report does not state (the CLAS project itself,
 * budgets, shares, most results) is invented and the sheets carrying it are marked demo. Also the
 * coordinators' network that the crime-prevention sheet is kept to. Loaded once, after the
 * thesaurus (600).
 */
@Dependent
public class DemoExperience {
  private static final Logger LOG = Logger.getLogger(DemoExperience.class.getName());

  @PersistenceContext EntityManager em;
  @Inject SheetContents contents;

  @Transactional
  public void loadOnce(@Observes @Priority(700) DemoSeeding seeding) {
    long sheets =
        em.createQuery("SELECT COUNT(s) FROM ExperienceSheet s", Long.class).getSingleResult();
    WorkingGroup prevention = group("Prévention de la délinquance");
    WorkingGroup clas = group("Réussite éducative et CLAS");
    WorkingGroup evaluation = group("Évaluation des CUCS");
    if (sheets > 0 || prevention == null || clas == null || evaluation == null) {
      return;
    }
    CoordinationNetwork coordinators =
        new CoordinationNetwork("Réseau des coordonnateurs CLS/CLSPD");
    coordinators.include(prevention.getId());
    em.persist(coordinators);
    em.flush();

    evaluationCycle(evaluation);
    clasProject(clas);
    partnership(prevention, coordinators);
    LOG.info("Demo experience sheets loaded: 3.");
  }

  private void evaluationCycle(WorkingGroup group) {
    long author = member("manselme");
    ExperienceSheet s =
        ExperienceSheet.draft(group, author, "Cycle de qualification Évaluation", at(2008, 10, 6));
    s.describe(
        new Identity(
            "Cycle de qualification Évaluation",
            concepts("qualification", "evaluation"),
            territory("97209"),
            TargetPublic.PROFESSIONALS,
            LocalDate.of(2008, 9, 22),
            LocalDate.of(2008, 9, 26),
            "Centre de ressources Ville caraïbe",
            "CNFPT, Foyer des jeunes travailleurs, équipes des deux CUCS",
            "contact@villecaraibe.example",
            true,
            List.of(
                new KeyMoment(LocalDate.of(2008, 9, 22), "Techniques et théorie de l’évaluation"),
                new KeyMoment(LocalDate.of(2008, 9, 23), "Échanges d’expériences entre les 2 CUCS"),
                new KeyMoment(LocalDate.of(2008, 9, 24), "La prévention de la délinquance"),
                new KeyMoment(
                    LocalDate.of(2008, 9, 25), "Porteurs de projets, conseils méthodologiques")),
            List.of(
                new ResultIndicator(
                    "Participants aux journées", "51", "2008", "Centre de ressources", null, null),
                new ResultIndicator(
                    "Questionnaires très satisfaits",
                    "7 sur 10",
                    "2008",
                    "Enquête de satisfaction",
                    null,
                    null),
                new ResultIndicator(
                    "Téléchargements du compte rendu",
                    "127",
                    "2008",
                    "Site internet",
                    null,
                    null))),
        new Budget(null, List.of()),
        author,
        at(2008, 10, 6));
    Map<Part, String> texts =
        Map.ofEntries(
            Map.entry(
                Part.CONTEXT,
                "Ce cycle de qualification répondait aux attentes des chefs de projets et acteurs de la politique en général. Ces attentes avaient été recensées par le Centre de ressources et retranscrites en cahier des charges."),
            Map.entry(
                Part.OBJECTIVES,
                "Qualifier et permettre l’échange de pratiques des acteurs de la politique de la ville sur l’évaluation."),
            Map.entry(
                Part.TARGET_PUBLIC,
                "Chefs de projets, équipes CUCS et CLS, porteurs de projets, services de l’État."),
            Map.entry(
                Part.ACTIONS,
                "Une semaine de formation-action au CNFPT et au Foyer des jeunes travailleurs, avec un sociologue expert de la politique de la ville, R. Epstein ; accompagnement individualisé des deux équipes CUCS le dernier jour."),
            Map.entry(
                Part.PARTICIPATION,
                "Les habitants n’étaient pas associés à ce cycle, destiné aux professionnels."),
            Map.entry(
                Part.RESULTS,
                "Une cinquantaine de participants en moyenne ; amorce d’un travail de mutualisation entre les acteurs, notamment des 2 CUCS."),
            Map.entry(
                Part.LIMITS,
                "Trop longue durée de la formation. Calendriers trop surchargés pour l’accompagnement sur le temps de l’évaluation des CUCS."),
            Map.entry(
                Part.TRANSFER,
                "Un cahier des charges construit sur les attentes recensées ; un intervenant à la fois théoricien et praticien ; des journées par thématique."),
            Map.entry(
                Part.GRID_STAKES,
                "La démarche d’évaluation permet le débat entre acteurs, permet d’interroger les acteurs sur leurs pratiques. Le cycle de qualification répondait aux attentes nationales et préoccupations pratiques des acteurs sur leurs évaluations en cours ou futures (notamment équipes CUCS)."),
            Map.entry(
                Part.GRID_OBJECTIVES,
                "Qualifier et permettre l’échange de pratiques des acteurs de la politique de la ville sur l’évaluation."),
            Map.entry(
                Part.GRID_EFFECTIVENESS,
                "Mise en place d’une semaine de formation-action sur l’évaluation de la politique de la ville, d’un cahier des charges, de la logistique et de l’organisation des journées par thématique. Recensement des attentes. Prestation d’un sociologue, expert. Mise à disposition et diffusion de documents méthodologiques sur l’évaluation des CUCS et CLS/PD."),
            Map.entry(
                Part.GRID_INDICATORS,
                "Nombre de participants aux journées de formation : 51 ; enquêtes de satisfaction (10 questionnaires retournés : 7 très satisfaits et 3 assez satisfaits). 20 demandes postérieures des documents de participants et du diaporama de l’intervenant. 127 téléchargements du compte rendu."),
            Map.entry(
                Part.GRID_LIMITS,
                "Trop longue durée de la formation. Manque de volonté d’échanges et de mutualisations de certains acteurs. Calendriers trop surchargés. Absence de travail en groupes en continu sur l’évaluation. Attentes plus spécialisées sur des thématiques comme la prévention de la délinquance d’une partie des acteurs."),
            Map.entry(
                Part.GRID_POSITIVE,
                "Partages d’expériences sur l’évaluation. Visions partagées d’un projet entre acteurs d’un même territoire. Apport sur l’actualité du Plan Espoir banlieues. Diversité des acteurs (associatifs, chefs de projets, État) et géographique."),
            Map.entry(
                Part.GRID_OPPORTUNITIES,
                "Travail continu en groupes avec les CUCS et les CLS à mettre en place pour 2009, faire le lien avec l’observation."));
    publish(s, texts, SheetConfidentiality.PUBLIC, null, author, at(2008, 10, 20));
  }

  private void clasProject(WorkingGroup group) {
    long author = member("madelaide");
    ExperienceSheet s =
        ExperienceSheet.draft(
            group, author, "Accompagnement à la scolarité en soirée", at(2008, 11, 3));
    s.describe(
        new Identity(
            "Accompagnement à la scolarité en soirée",
            concepts("reussite"),
            territory("97213"),
            TargetPublic.CHILDREN,
            LocalDate.of(2008, 4, 7),
            LocalDate.of(2008, 12, 19),
            "Association de quartier (démonstration)",
            "CAF, commune, écoles du quartier",
            "clas@example.org",
            false,
            List.of(
                new KeyMoment(
                    LocalDate.of(2008, 4, 2),
                    "Journée d’information collective CLAS (CAF, bureau de la politique de la ville)"),
                new KeyMoment(
                    LocalDate.of(2008, 6, 20), "Rencontre des parents et des enseignants")),
            List.of(
                new ResultIndicator(
                    "Enfants accompagnés",
                    "24",
                    "2008",
                    "Association (démonstration)",
                    null,
                    null))),
        new Budget(
            new BigDecimal("18000"),
            List.of(
                new Funding(Funder.CAF, null, new BigDecimal("9000")),
                new Funding(Funder.COMMUNE, null, new BigDecimal("4500")),
                new Funding(Funder.STATE, null, new BigDecimal("3000")))),
        author,
        at(2008, 11, 3));
    s.markDemo();
    Map<Part, String> texts =
        Map.of(
            Part.CONTEXT,
                "Des élèves de primaire sans aide aux devoirs à la maison ; des parents éloignés de l’école. (Fiche de démonstration.)",
            Part.OBJECTIVES,
                "Aider les enfants à acquérir des méthodes, et associer les parents au suivi de la scolarité.",
            Part.TARGET_PUBLIC, "24 enfants du CP au CM2 et leurs parents.",
            Part.ACTIONS,
                "Deux soirées par semaine : aide méthodologique, lecture, jeux éducatifs ; un temps avec les parents par trimestre.",
            Part.PARTICIPATION,
                "Les parents choisissent les thèmes des rencontres ; deux mères bénévoles animent la lecture.",
            Part.RESULTS,
                "Assiduité de 80 % ; les enseignants notent des devoirs plus souvent faits.",
            Part.LIMITS,
                "Difficulté à garder des bénévoles ; transport le soir. Le soutien disciplinaire, tenté au début, ne relevait pas du CLAS.",
            Part.TRANSFER,
                "Un local proche des écoles, un référent par école, une convention avec la CAF dès le printemps.");
    publish(s, texts, SheetConfidentiality.NETWORK, null, author, at(2008, 11, 17));
  }

  private void partnership(WorkingGroup group, CoordinationNetwork coordinators) {
    long author = member("edorival");
    ExperienceSheet s =
        ExperienceSheet.draft(group, author, "Partenariat Police/Ville/Justice", at(2008, 7, 15));
    s.describe(
        new Identity(
            "Partenariat Police/Ville/Justice",
            concepts("clspd", "prevention"),
            territory("97213"),
            TargetPublic.YOUTH,
            LocalDate.of(2008, 6, 26),
            LocalDate.of(2008, 12, 31),
            "Ville du Lamentin (démonstration)",
            "Police nationale, Parquet, Éducation nationale, Centre de ressources",
            "clspd@example.org",
            false,
            List.of(
                new KeyMoment(
                    LocalDate.of(2008, 6, 26),
                    "Journée d’échange : le partenariat Police/Ville/Justice")),
            List.of(
                new ResultIndicator(
                    "Participants à la journée",
                    "30",
                    "2008",
                    "Centre de ressources",
                    null,
                    null))),
        new Budget(
            new BigDecimal("12000"),
            List.of(
                new Funding(Funder.STATE, null, new BigDecimal("6000")),
                new Funding(Funder.COMMUNE, null, new BigDecimal("4000")))),
        author,
        at(2008, 7, 15));
    s.markDemo();
    Map<Part, String> texts =
        Map.of(
            Part.CONTEXT,
                "Une cellule de veille du CLSPD qui se réunissait peu ; des signalements qui n’arrivaient pas au bon interlocuteur. (Fiche de démonstration, d’après la journée du 26 juin 2008.)",
            Part.OBJECTIVES,
                "Installer des échanges réguliers entre la police, la ville et la justice sur les situations de jeunes.",
            Part.TARGET_PUBLIC, "Jeunes de 13 à 18 ans repérés par les partenaires.",
            Part.ACTIONS,
                "Une cellule de veille mensuelle, une charte d’échange d’informations, un référent par partenaire.",
            Part.PARTICIPATION,
                "Les associations de quartier sont invitées deux fois par an ; les habitants ne siègent pas dans la cellule.",
            Part.RESULTS, "Dix cellules tenues ; des délais de réponse raccourcis.",
            Part.LIMITS,
                "Le partage d’informations nominatives reste délicat ; la rotation des agents oblige à réexpliquer la charte.",
            Part.TRANSFER,
                "Une charte signée au plus haut niveau, un secrétariat tenu par la ville.");
    publish(
        s, texts, SheetConfidentiality.COORDINATORS, coordinators.getId(), author, at(2008, 9, 1));
  }

  private void publish(
      ExperienceSheet s,
      Map<Part, String> texts,
      SheetConfidentiality level,
      Long networkId,
      long by,
      Instant at) {
    em.persist(s);
    em.flush();
    texts.forEach(
        (part, text) -> {
          SheetPart p = new SheetPart(s.getId(), part, at);
          p.write(text, 0, by, at);
          em.persist(p);
        });
    em.flush();
    s.submit(texts, at);
    int number = s.publish(at);
    s.keepTo(level, networkId, true, at);
    em.flush();
    em.persist(new SheetPublication(s, number, contents.json(contents.of(s, number)), by, at));
  }

  private WorkingGroup group(String name) {
    return em.createQuery("SELECT g FROM WorkingGroup g WHERE g.name = :n", WorkingGroup.class)
        .setParameter("n", name)
        .getResultStream()
        .findFirst()
        .orElse(null);
  }

  private long member(String login) {
    return em.createNamedQuery("Account.findByLogin", Account.class)
        .setParameter("login", login)
        .getSingleResult()
        .getMember()
        .getId();
  }

  private Set<Long> concepts(String... keys) {
    Set<Long> ids = new LinkedHashSet<>();
    for (String key : keys) {
      em.createNamedQuery("Concept.findByUri", Concept.class)
          .setParameter("uri", Thesaurus.BASE_URI + key)
          .getResultStream()
          .findFirst()
          .ifPresent(c -> ids.add(c.getId()));
    }
    return ids;
  }

  private Long territory(String code) {
    return em.createNamedQuery("Territory.findByCode", Territory.class)
        .setParameter("code", code)
        .getResultStream()
        .findFirst()
        .map(Territory::getId)
        .orElse(null);
  }

  private static Instant at(int y, int m, int d) {
    return LocalDate.of(y, m, d).atTime(12, 0).toInstant(java.time.ZoneOffset.ofHours(-4));
  }
}
