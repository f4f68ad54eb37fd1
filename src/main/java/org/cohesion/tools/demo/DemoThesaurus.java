package org.cohesion.tools.demo;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.Map;
import java.util.logging.Logger;
import org.cohesion.platform.demo.DemoSeeding;
import org.cohesion.tools.application.Thesaurus;
import org.cohesion.tools.domain.Concept;

/**
 * A small demo thesaurus drawn from the 2008 report's themes (évaluation and its cycle de
 * qualification, prévention de la délinquance and the CLSPD, observation, rénovation urbaine,
 * médiation and the adultes relais, sexualité, développement durable, logement…) and from the
 * network's list of themes. The concepts and their links are chosen for the demo: the national
 * network's thesaurus would replace it by a SKOS import. Loaded once, after the other seeds.
 */
@Dependent
public class DemoThesaurus {
  private static final Logger LOG = Logger.getLogger(DemoThesaurus.class.getName());

  @PersistenceContext EntityManager em;

  private final Map<String, Concept> made = new HashMap<>();

  @Transactional
  public void loadOnce(@Observes @Priority(600) DemoSeeding seeding) {
    long concepts = em.createQuery("SELECT COUNT(c) FROM Concept c", Long.class).getSingleResult();
    if (concepts > 0) {
      return;
    }
    Concept politique = concept("politique-de-la-ville", "Politique de la ville", "Urban policy");
    politique.addAltLabel("fr", "Contrat urbain de cohésion sociale");
    politique.addAltLabel("fr", "CUCS");

    Concept evaluation = under(politique, "evaluation", "Évaluation", "Evaluation");
    evaluation.addAltLabel("fr", "Évaluation des politiques publiques");
    evaluation.addAltLabel("en", "Policy evaluation");
    evaluation.annotate(
        "Démarches et outils d'évaluation des contrats et des actions de la politique de la ville.",
        "Methods and tools to evaluate urban policy contracts and actions.");
    under(evaluation, "referentiel", "Référentiel d'évaluation", "Evaluation framework")
        .addAltLabel("fr", "Grille d'évaluation");
    under(evaluation, "indicateurs", "Indicateurs", "Indicators");
    under(evaluation, "qualification", "Cycle de qualification", "Training cycle")
        .addAltLabel("fr", "Formation des acteurs");

    Concept prevention =
        under(politique, "prevention", "Prévention de la délinquance", "Crime prevention");
    prevention.addAltLabel("fr", "Prévention");
    prevention.addAltLabel("en", "Delinquency prevention");
    under(prevention, "clspd", "CLSPD", "Local crime prevention council")
        .addAltLabel("fr", "Conseil local de sécurité et de prévention de la délinquance");
    Concept mediation = under(prevention, "mediation", "Médiation sociale", "Social mediation");
    mediation.addAltLabel("fr", "Adultes relais");
    mediation.addAltLabel("en", "Adult go-betweens");

    Concept observation =
        under(
            politique, "observation", "Observation des territoires", "Observation of territories");
    observation.addAltLabel("fr", "Observatoire");
    under(observation, "diagnostic", "Diagnostic territorial", "Territorial diagnosis");

    Concept renovation = under(politique, "renovation", "Rénovation urbaine", "Urban renewal");
    renovation.addAltLabel("fr", "Renouvellement urbain");
    renovation.addAltLabel("fr", "ANRU");
    under(renovation, "clause-insertion", "Clause d'insertion", "Employment clause");
    Concept logement = under(politique, "logement", "Logement", "Housing");
    logement.addAltLabel("fr", "Habitat");
    logement.relate(renovation);

    under(politique, "reussite", "Réussite éducative", "Educational success")
        .addAltLabel("fr", "Programme de réussite éducative");
    under(politique, "insertion", "Insertion et développement économique", "Economic integration")
        .relate(made.get("clause-insertion"));
    under(politique, "jeunesse", "Jeunesse", "Youth");
    Concept sante = under(politique, "sante", "Santé", "Health");
    Concept sexualite = under(sante, "sexualite", "Sexualité", "Sexuality");
    sexualite.addAltLabel("fr", "Santé sexuelle");
    sexualite.addAltLabel("en", "Sexual health");
    under(sante, "addictions", "Addictions", "Addictions").relate(prevention);
    Concept durable =
        under(politique, "durable", "Développement durable", "Sustainable development");
    durable.addAltLabel("fr", "Agenda 21");
    durable.relate(renovation);

    made.values().forEach(em::persist);
    LOG.info(() -> "Demo thesaurus loaded: " + made.size() + " concepts.");
  }

  private Concept concept(String key, String fr, String en) {
    Concept c = new Concept(Thesaurus.BASE_URI + key, fr, en);
    made.put(key, c);
    return c;
  }

  private Concept under(Concept parent, String key, String fr, String en) {
    Concept c = concept(key, fr, en);
    c.addBroader(parent);
    return c;
  }
}
