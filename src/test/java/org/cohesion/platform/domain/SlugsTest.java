package org.cohesion.platform.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SlugsTest {

  @Test
  void frenchNamesBecomeReadableAsciiSlugs() {
    assertEquals("prevention-de-la-delinquance", Slugs.of("Prévention de la délinquance"));
    assertEquals("schoelcher-saint-joseph", Slugs.of("  Schœlcher & Saint-Joseph! "));
    assertEquals("clause-d-insertion-anru", Slugs.of("Clause d'insertion ANRU"));
    assertEquals("script-alert-1-script", Slugs.of("<script>alert(1)</script>"));
    assertTrue(Slugs.of("x".repeat(200)).length() <= Slugs.MAX_LENGTH);
  }

  @Test
  void onlyLowerCaseWordsJoinedByHyphensAreValid() {
    assertTrue(Slugs.isValid("evaluation-des-cucs"));
    assertFalse(Slugs.isValid("Évaluation"));
    assertFalse(Slugs.isValid("a--b"));
    assertFalse(Slugs.isValid("-a"));
    assertFalse(Slugs.isValid("' or 1=1"));
    assertFalse(Slugs.isValid(null));
  }
}
