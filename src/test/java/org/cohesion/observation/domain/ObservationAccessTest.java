package org.cohesion.observation.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Set;
import org.cohesion.platform.security.Caller;
import org.cohesion.platform.security.PlatformRole;
import org.junit.jupiter.api.Test;

/** Who imports, who reads; and the ranges each unit allows. */
class ObservationAccessTest {

  private static Caller caller(PlatformRole... roles) {
    Set<PlatformRole> set = EnumSet.noneOf(PlatformRole.class);
    set.addAll(java.util.List.of(roles));
    return new Caller(1L, 2L, "someone", set);
  }

  @Test
  void staffAdministratorsAndLeadsImportOthersRead() {
    assertTrue(ObservationAccess.of(caller(PlatformRole.STAFF), false).canImport());
    assertTrue(ObservationAccess.of(caller(PlatformRole.ADMINISTRATOR), false).canImport());
    assertTrue(ObservationAccess.of(caller(PlatformRole.MEMBER), true).canImport());
    assertFalse(ObservationAccess.of(caller(PlatformRole.MEMBER), false).canImport());
    assertFalse(ObservationAccess.of(caller(PlatformRole.BOARD_MEMBER), false).canImport());
    assertTrue(ObservationAccess.of(caller(PlatformRole.MEMBER), false).canRead());
    assertFalse(ObservationAccess.of(Caller.anonymous(), true).canRead());
    assertFalse(ObservationAccess.of(Caller.anonymous(), true).canImport());
  }

  @Test
  void unitsRefuseWhatTheyCannotHold() {
    assertEquals(
        "import.problem.negativeCount", IndicatorUnit.COUNT.rangeProblem(BigDecimal.ONE.negate()));
    assertNull(IndicatorUnit.COUNT.rangeProblem(BigDecimal.ZERO));
    assertEquals(
        "import.problem.percentOutOfRange",
        IndicatorUnit.PERCENT.rangeProblem(new BigDecimal("100.01")));
    assertNull(IndicatorUnit.PERCENT.rangeProblem(new BigDecimal("100")));
    assertNull(
        IndicatorUnit.EURO.rangeProblem(new BigDecimal("-250")), "a balance may be negative");
    assertEquals(
        "import.problem.rateOutOfRange",
        IndicatorUnit.RATE_PER_1000.rangeProblem(new BigDecimal("1001")));
    assertNull(IndicatorUnit.PERCENT.rangeProblem(null), "a secret has no range");
  }

  @Test
  void aTerritoryBelongsToSeveralGroupingsButNotToItself() {
    Territory commune = new Territory("97209", "Fort-de-France", TerritoryLevel.COMMUNE, "COG2008");
    Territory cucs = new Territory("CUCS-FDF", "CUCS", TerritoryLevel.CUCS, "CUCS2007");
    Territory site = new Territory("SITE-1", "Volga-Plage", TerritoryLevel.SITE, "CUCS2007");
    site.belongTo(commune);
    site.belongTo(cucs);
    assertEquals(2, site.getParents().size());
    assertEquals(commune, site.commune().orElseThrow());
    org.junit.jupiter.api.Assertions.assertThrows(
        org.cohesion.platform.domain.DomainException.class, () -> site.belongTo(site));
  }
}
