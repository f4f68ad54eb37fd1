package org.cohesion.experience.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cohesion.network.domain.Theme;
import org.cohesion.platform.domain.DomainException;
import org.cohesion.workspace.domain.WorkingGroup;
import org.junit.jupiter.api.Test;

/** The template's validation and the review workflow's rules, without a server. */
class ExperienceSheetTest {
  private static final Instant NOW = Instant.parse("2008-10-01T12:00:00Z");

  private static ExperienceSheet sheet() {
    return ExperienceSheet.draft(
        new WorkingGroup(
            "Prévention", "prevention", new Theme("prevention", "Prévention", "Prevention", 1)),
        7L,
        "Accompagnement à la scolarité",
        NOW);
  }

  private static Identity identity(boolean grid) {
    return new Identity(
        "Accompagnement à la scolarité",
        Set.of(3L),
        12L,
        TargetPublic.CHILDREN,
        LocalDate.of(2008, 4, 1),
        LocalDate.of(2008, 12, 31),
        "Association Lakou",
        "CAF, commune",
        "contact@example.org",
        grid,
        List.of(new KeyMoment(LocalDate.of(2008, 4, 2), "Journée d'information CLAS")),
        List.of());
  }

  private static Map<Part, String> allRequired() {
    Map<Part, String> texts = new EnumMap<>(Part.class);
    for (Part p : Part.values()) {
      if (p.required()) {
        texts.put(p, "Texte de " + p.name());
      }
    }
    return texts;
  }

  @Test
  void aBlankSheetNamesEveryRequiredPartInOrder() {
    ExperienceSheet s = sheet();
    SheetIncompleteException e =
        assertThrows(SheetIncompleteException.class, () -> s.submit(Map.of(), NOW));
    List<String> missing = e.missingLabelKeys();
    assertEquals("experience.field.themes", missing.get(0));
    assertTrue(missing.contains("experience.field.territory"));
    assertTrue(missing.contains("experience.part.CONTEXT"));
    assertTrue(missing.contains("experience.part.TRANSFER"));
    assertTrue(!missing.contains("experience.part.STAFF"), "staff is optional");
    assertTrue(!missing.contains("experience.part.GRID_STAKES"), "no grid, no grid parts");
    assertEquals(SheetStatus.DRAFT, s.getStatus());
  }

  @Test
  void oneEmptyPartIsNamedAloneAndBlankCountsAsEmpty() {
    ExperienceSheet s = sheet();
    s.describe(identity(false), new Budget(null, null), 7L, NOW);
    Map<Part, String> texts = allRequired();
    texts.put(Part.LIMITS, "   \n");
    SheetIncompleteException e =
        assertThrows(SheetIncompleteException.class, () -> s.submit(texts, NOW));
    assertEquals(List.of("experience.part.LIMITS"), e.missingLabelKeys());
  }

  @Test
  void theGridsPartsAreRequiredNeitherWithNorWithoutIt() {
    ExperienceSheet s = sheet();
    s.describe(identity(true), new Budget(null, null), 7L, NOW);
    assertEquals(List.of(), s.missing(allRequired()));
    assertTrue(Part.of(true).contains(Part.GRID_OPPORTUNITIES));
    assertTrue(!Part.of(false).contains(Part.GRID_OPPORTUNITIES));
  }

  @Test
  void submitReviewPublishReviseAndPublishAgain() {
    ExperienceSheet s = sheet();
    s.describe(identity(false), new Budget(null, null), 7L, NOW);
    s.submit(allRequired(), NOW);
    assertEquals(SheetStatus.SUBMITTED, s.getStatus());
    assertEquals(
        "experience.notEditable",
        assertThrows(DomainException.class, () -> s.partWritten(8L, NOW)).messageKey());
    assertEquals(
        "experience.return.commentRequired",
        assertThrows(DomainException.class, () -> s.returnToAuthors(" ", NOW)).messageKey());
    s.returnToAuthors("Précisez les résultats", NOW);
    assertEquals(SheetStatus.RETURNED, s.getStatus());
    assertEquals("Précisez les résultats", s.getReviewComment());
    assertEquals(
        "experience.notSubmitted",
        assertThrows(DomainException.class, () -> s.publish(NOW)).messageKey());
    s.partWritten(8L, NOW);
    assertTrue(s.getAuthorIds().contains(8L), "a co-writer becomes an author");
    s.submit(allRequired(), NOW);
    assertEquals(1, s.publish(NOW));
    assertEquals(SheetStatus.PUBLISHED, s.getStatus());
    s.partWritten(7L, NOW);
    assertEquals(SheetStatus.DRAFT, s.getStatus(), "a revision starts");
    assertEquals(1, s.getPublishedNumber(), "the publication stays");
    s.submit(allRequired(), NOW);
    assertEquals(2, s.publish(NOW));
  }

  @Test
  void datesAndBudgetAreCheckedWhenDescribed() {
    ExperienceSheet s = sheet();
    Identity backwards =
        new Identity(
            "T",
            Set.of(),
            null,
            null,
            LocalDate.of(2008, 5, 1),
            LocalDate.of(2008, 4, 30),
            null,
            null,
            null,
            false,
            null,
            null);
    assertEquals(
        "experience.period.order",
        assertThrows(
                DomainException.class, () -> s.describe(backwards, new Budget(null, null), 7L, NOW))
            .messageKey());
    Budget over =
        new Budget(BigDecimal.ONE, List.of(new Funding(Funder.STATE, null, BigDecimal.TEN)));
    assertEquals(
        "experience.budget.overfunded",
        assertThrows(DomainException.class, () -> s.describe(identity(false), over, 7L, NOW))
            .messageKey());
    assertEquals(
        "experience.title.required",
        assertThrows(
                DomainException.class,
                () ->
                    ExperienceSheet.draft(
                        new WorkingGroup(
                            "Prévention",
                            "prevention",
                            new Theme("prevention", "Prévention", "Prevention", 1)),
                        7L,
                        "  ",
                        NOW))
            .messageKey());
  }

  @Test
  void openingWiderIsConfirmedClosingIsImmediate() {
    ExperienceSheet s = sheet();
    assertEquals(
        "experience.confidentiality.confirm",
        assertThrows(
                DomainException.class,
                () -> s.keepTo(SheetConfidentiality.NETWORK, null, false, NOW))
            .messageKey());
    assertEquals(SheetConfidentiality.GROUP, s.getConfidentiality(), "unchanged");
    s.keepTo(SheetConfidentiality.PUBLIC, null, true, NOW);
    s.keepTo(SheetConfidentiality.COORDINATORS, 4L, false, NOW);
    assertEquals(SheetConfidentiality.COORDINATORS, s.getConfidentiality());
    assertEquals(4L, s.getNetworkId());
    assertThrows(
        DomainException.class,
        () -> s.keepTo(SheetConfidentiality.COORDINATORS, 5L, false, NOW),
        "another network is other readers: confirmed too");
    assertEquals(
        "experience.confidentiality.networkRequired",
        assertThrows(
                DomainException.class,
                () -> s.keepTo(SheetConfidentiality.COORDINATORS, null, true, NOW))
            .messageKey());
    s.keepTo(SheetConfidentiality.GROUP, null, false, NOW);
    assertEquals(null, s.getNetworkId());
  }

  @Test
  void aPartRefusesAStaleVersionAndAnOverlongText() {
    SheetPart part = new SheetPart(1L, Part.CONTEXT, NOW);
    part.write("premier", 0, 7L, NOW);
    assertEquals(
        "experience.part.conflict",
        assertThrows(DomainException.class, () -> part.write("x", 3, 8L, NOW)).messageKey());
    assertEquals("premier", part.getBody());
    assertEquals(
        "experience.part.tooLong",
        assertThrows(
                DomainException.class,
                () -> part.write("a".repeat(Part.MAX_LENGTH + 1), 0, 7L, NOW))
            .messageKey());
  }
}
