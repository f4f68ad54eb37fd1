package org.cohesion.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.stream.Collectors;
import org.cohesion.platform.domain.DomainException;
import org.cohesion.tools.domain.Concept;
import org.junit.jupiter.api.Test;

/** The thesaurus' rules, held by the concept itself. */
class ConceptTest {

  private static Concept c(String fr) {
    return new Concept("urn:test:" + fr, fr, null);
  }

  @Test
  void noCycleThroughAnyPath() {
    Concept a = c("Politique de la ville");
    Concept b = c("Évaluation");
    Concept d = c("Référentiel");
    b.addBroader(a);
    d.addBroader(b);
    assertTrue(d.isUnder(a));
    DomainException e = assertThrows(DomainException.class, () -> a.addBroader(d));
    assertEquals("concept.cycle", e.messageKey());
    assertThrows(DomainException.class, () -> a.addBroader(a));
  }

  @Test
  void relatedNeverAlsoAboveOrBelow() {
    Concept a = c("Prévention");
    Concept b = c("Médiation");
    b.addBroader(a);
    assertEquals(
        "concept.relatedAndBroader",
        assertThrows(DomainException.class, () -> a.relate(b)).messageKey());
    Concept x = c("Logement");
    Concept y = c("Rénovation urbaine");
    x.relate(y);
    assertTrue(y.getRelated().contains(x), "related is symmetric");
    assertEquals(
        "concept.relatedAndBroader",
        assertThrows(DomainException.class, () -> x.addBroader(y)).messageKey());
  }

  @Test
  void aLabelIsNotBothPreferredAndAlternative() {
    Concept a = c("Évaluation");
    assertThrows(DomainException.class, () -> a.addAltLabel("fr", "évaluation"));
    a.addAltLabel("fr", "Évaluation des politiques publiques");
    assertThrows(
        DomainException.class, () -> a.relabel("Évaluation des politiques publiques", null));
    assertEquals(
        "concept.badLanguage",
        assertThrows(DomainException.class, () -> a.addAltLabel("f r", "x")).messageKey());
  }

  @Test
  void expansionReachesEveryNarrowerConcept() {
    Concept a = c("Santé");
    Concept b = c("Sexualité");
    Concept d = c("Santé sexuelle des jeunes");
    b.addBroader(a);
    d.addBroader(b);
    Set<String> all =
        a.withAllNarrower().stream().map(Concept::getPrefFr).collect(Collectors.toSet());
    assertEquals(Set.of("Santé", "Sexualité", "Santé sexuelle des jeunes"), all);
    assertFalse(b.withAllNarrower().contains(a));
    d.detach();
    assertTrue(b.getNarrower().isEmpty());
  }
}
