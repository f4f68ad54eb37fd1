package org.cohesion.minutes.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ThreeWayMergeTest {

  /**
   * Blocks from short words: "a" → "
   *
   * <p>a".
   */
  static List<String> ps(String... words) {
    return Arrays.stream(words).map(w -> "<p>" + w + "</p>").toList();
  }

  static Section sec(String key, String title, String... words) {
    return new Section(key, title, ps(words));
  }

  static MinutesText text(Section... sections) {
    return MinutesText.of(List.of(sections));
  }

  static final MinutesText BASE =
      text(
          sec("item-1", "Ouverture", "a", "b", "c", "d", "e"),
          sec("item-2", "Budget", "f", "g", "h"),
          sec("item-3", "Divers", "i", "j"));

  static MinutesText edit(MinutesText t, String key, String... words) {
    Section s = t.section(key).orElseThrow();
    return t.with(s.withBlocks(ps(words)));
  }

  @Test
  void nothingChangedOnEitherSide() {
    MergeResult r = ThreeWayMerge.merge(BASE, BASE, BASE);
    assertTrue(r.clean());
    assertEquals(BASE, r.merged());
  }

  @Test
  void oneSideOnlyTakesThatSide() {
    MinutesText mine = edit(BASE, "item-1", "a", "B!", "c", "d", "e");
    assertEquals(mine, ThreeWayMerge.merge(BASE, mine, BASE).merged());
    assertEquals(mine, ThreeWayMerge.merge(BASE, BASE, mine).merged());
  }

  @Test
  void identicalEditsOnBothSidesAreTakenOnce() {
    MinutesText both = edit(BASE, "item-1", "a", "b2", "c", "d", "e", "new");
    MergeResult r = ThreeWayMerge.merge(BASE, both, both);
    assertTrue(r.clean());
    assertEquals(both, r.merged());
  }

  @Test
  void identicalEditWithinOtherwiseDifferentEditsIsTakenOnce() {
    MinutesText mine = edit(BASE, "item-1", "a", "B", "c", "d", "e");
    MinutesText theirs = edit(BASE, "item-1", "a", "B", "c", "D", "e");
    MergeResult r = ThreeWayMerge.merge(BASE, mine, theirs);
    assertTrue(r.clean());
    assertEquals(ps("a", "B", "c", "D", "e"), r.merged().section("item-1").orElseThrow().blocks());
  }

  @Test
  void disjointEditsInTheSameSectionMerge() {
    MinutesText mine = edit(BASE, "item-1", "a", "B-mine", "c", "d", "e");
    MinutesText theirs = edit(BASE, "item-1", "a", "b", "c", "D-theirs", "e");
    MergeResult r = ThreeWayMerge.merge(BASE, mine, theirs);
    assertTrue(r.clean());
    assertEquals(
        ps("a", "B-mine", "c", "D-theirs", "e"),
        r.merged().section("item-1").orElseThrow().blocks());
  }

  @Test
  void editsOfAdjacentParagraphsMerge() {
    MinutesText mine = edit(BASE, "item-1", "a", "B-mine", "c", "d", "e");
    MinutesText theirs = edit(BASE, "item-1", "a", "b", "C-theirs", "d", "e");
    MergeResult r = ThreeWayMerge.merge(BASE, mine, theirs);
    assertTrue(r.clean());
    assertEquals(
        ps("a", "B-mine", "C-theirs", "d", "e"),
        r.merged().section("item-1").orElseThrow().blocks());
  }

  @Test
  void editsInDifferentSectionsMerge() {
    MinutesText mine = edit(BASE, "item-1", "a", "b", "c", "d", "E-mine");
    MinutesText theirs = edit(BASE, "item-3", "I-theirs", "j");
    MergeResult r = ThreeWayMerge.merge(BASE, mine, theirs);
    assertTrue(r.clean());
    assertEquals(
        text(
            sec("item-1", "Ouverture", "a", "b", "c", "d", "E-mine"),
            sec("item-2", "Budget", "f", "g", "h"),
            sec("item-3", "Divers", "I-theirs", "j")),
        r.merged());
  }

  @Test
  void overlappingEditsConflictKeepingMineInTheMergedTextAndTheirsInTheConflict() {
    MinutesText mine = edit(BASE, "item-2", "f", "G-mine", "h");
    MinutesText theirs =
        edit(BASE, "item-2", "f", "G-theirs", "h").with(sec("item-3", "Divers", "i", "j", "k"));
    MergeResult r = ThreeWayMerge.merge(BASE, mine, theirs);
    assertFalse(r.clean());
    assertEquals(1, r.conflicts().size());
    SectionConflict c = r.conflicts().get(0);
    assertEquals("item-2", c.key());
    assertEquals("Budget", c.title());
    assertEquals(SectionConflict.Kind.CONTENT, c.kind());
    assertFalse(c.titleConflict());
    assertEquals(ps("f", "g", "h"), c.base());
    assertEquals(ps("f", "G-mine", "h"), c.mine());
    assertEquals(ps("f", "G-theirs", "h"), c.theirs());
    assertEquals("<p>f</p><p>G-mine</p><p>h</p>", c.mineHtml());
    assertEquals("<p>f</p><p>G-theirs</p><p>h</p>", c.theirsHtml());
    // mine kept for the conflicting section, theirs' clean change elsewhere merged
    assertEquals(ps("f", "G-mine", "h"), r.merged().section("item-2").orElseThrow().blocks());
    assertEquals(ps("i", "j", "k"), r.merged().section("item-3").orElseThrow().blocks());
  }

  @Test
  void conflictingSectionIsMineWholeEvenWhereSomeChangesWereDisjoint() {
    MinutesText mine = edit(BASE, "item-1", "A-mine", "b", "c", "d", "e");
    MinutesText theirs = edit(BASE, "item-1", "A-theirs", "b", "c", "d", "E-theirs");
    MergeResult r = ThreeWayMerge.merge(BASE, mine, theirs);
    assertFalse(r.clean());
    assertEquals(mine.section("item-1"), r.merged().section("item-1"));
    assertEquals(ps("A-theirs", "b", "c", "d", "E-theirs"), r.conflicts().get(0).theirs());
  }

  @Test
  void oneSideDeletesAParagraphTheOtherEditsAnotherOne() {
    MinutesText mine = edit(BASE, "item-1", "a", "c", "d", "e"); // b deleted
    MinutesText theirs = edit(BASE, "item-1", "a", "b", "c", "D-theirs", "e");
    MergeResult r = ThreeWayMerge.merge(BASE, mine, theirs);
    assertTrue(r.clean());
    assertEquals(
        ps("a", "c", "D-theirs", "e"), r.merged().section("item-1").orElseThrow().blocks());
  }

  @Test
  void oneSideDeletesAParagraphTheOtherEditsTheSameOne() {
    MinutesText mine = edit(BASE, "item-1", "a", "c", "d", "e"); // b deleted
    MinutesText theirs = edit(BASE, "item-1", "a", "B-theirs", "c", "d", "e");
    MergeResult r = ThreeWayMerge.merge(BASE, mine, theirs);
    assertFalse(r.clean());
    assertEquals(ps("a", "c", "d", "e"), r.merged().section("item-1").orElseThrow().blocks());
    assertEquals(ps("a", "B-theirs", "c", "d", "e"), r.conflicts().get(0).theirs());

    // the other way round: mine's edit is kept
    MergeResult back = ThreeWayMerge.merge(BASE, theirs, mine);
    assertFalse(back.clean());
    assertEquals(
        ps("a", "B-theirs", "c", "d", "e"), back.merged().section("item-1").orElseThrow().blocks());
  }

  @Test
  void bothSidesDeleteTheSameParagraph() {
    MinutesText both = edit(BASE, "item-1", "a", "c", "d", "e");
    MinutesText theirs = edit(both, "item-1", "a", "c", "d", "E");
    MergeResult r = ThreeWayMerge.merge(BASE, both, theirs);
    assertTrue(r.clean());
    assertEquals(ps("a", "c", "d", "E"), r.merged().section("item-1").orElseThrow().blocks());
  }

  @Test
  void differentInsertionsAtTheSameSpotConflict() {
    MinutesText mine = edit(BASE, "item-1", "a", "b", "X-mine", "c", "d", "e");
    MinutesText theirs = edit(BASE, "item-1", "a", "b", "Y-theirs", "c", "d", "e");
    MergeResult r = ThreeWayMerge.merge(BASE, mine, theirs);
    assertFalse(r.clean());
    assertEquals(mine.section("item-1"), r.merged().section("item-1"));
    assertEquals(ps("a", "b", "Y-theirs", "c", "d", "e"), r.conflicts().get(0).theirs());
  }

  @Test
  void sameInsertionAtTheSameSpotIsTakenOnce() {
    MinutesText mine = edit(BASE, "item-1", "a", "b", "X", "c", "d", "e");
    MinutesText theirs = edit(BASE, "item-1", "a", "b", "X", "c", "d", "E");
    MergeResult r = ThreeWayMerge.merge(BASE, mine, theirs);
    assertTrue(r.clean());
    assertEquals(
        ps("a", "b", "X", "c", "d", "E"), r.merged().section("item-1").orElseThrow().blocks());
  }

  @Test
  void insertionsAtDifferentSpotsMerge() {
    MinutesText mine = edit(BASE, "item-1", "X-mine", "a", "b", "c", "d", "e");
    MinutesText theirs = edit(BASE, "item-1", "a", "b", "c", "d", "e", "Y-theirs");
    MergeResult r = ThreeWayMerge.merge(BASE, mine, theirs);
    assertTrue(r.clean());
    assertEquals(
        ps("X-mine", "a", "b", "c", "d", "e", "Y-theirs"),
        r.merged().section("item-1").orElseThrow().blocks());
  }

  @Test
  void insertionNextToAParagraphTheOtherSideEditedMerges() {
    MinutesText mine = edit(BASE, "item-1", "a", "b", "X-mine", "c", "d", "e"); // before c
    MinutesText theirs = edit(BASE, "item-1", "a", "b", "C-theirs", "d", "e");
    MergeResult r = ThreeWayMerge.merge(BASE, mine, theirs);
    assertTrue(r.clean());
    assertEquals(
        ps("a", "b", "X-mine", "C-theirs", "d", "e"),
        r.merged().section("item-1").orElseThrow().blocks());
  }

  @Test
  void insertionInsideARangeTheOtherSideReplacedConflicts() {
    MinutesText mine = edit(BASE, "item-1", "a", "b", "X-mine", "c", "d", "e"); // between b and c
    MinutesText theirs = edit(BASE, "item-1", "a", "BC-theirs", "d", "e"); // b and c replaced
    assertFalse(ThreeWayMerge.merge(BASE, mine, theirs).clean());
  }

  @Test
  void reorderedSectionsWithAConcurrentEditMergeCleanly() {
    MinutesText mine =
        text(
            BASE.section("item-3").orElseThrow(),
            BASE.section("item-1").orElseThrow(),
            BASE.section("item-2").orElseThrow());
    MinutesText theirs = edit(BASE, "item-1", "a", "b", "C-theirs", "d", "e");
    MergeResult r = ThreeWayMerge.merge(BASE, mine, theirs);
    assertTrue(r.clean());
    assertEquals(List.of("item-3", "item-1", "item-2"), r.merged().keys());
    assertEquals(
        ps("a", "b", "C-theirs", "d", "e"), r.merged().section("item-1").orElseThrow().blocks());

    // and the other way round: theirs moved, mine edited the moved section
    MinutesText mineEdit = edit(BASE, "item-3", "i", "J-mine");
    MergeResult r2 = ThreeWayMerge.merge(BASE, mineEdit, mine);
    assertTrue(r2.clean());
    assertEquals(List.of("item-3", "item-1", "item-2"), r2.merged().keys());
    assertEquals(ps("i", "J-mine"), r2.merged().section("item-3").orElseThrow().blocks());
  }

  @Test
  void bothSidesMovingTheSameSectionDifferentlyTakesMineOrderWithoutConflict() {
    Section s1 = BASE.section("item-1").orElseThrow();
    Section s2 = BASE.section("item-2").orElseThrow();
    Section s3 = BASE.section("item-3").orElseThrow();
    MinutesText mine = text(s3, s1, s2);
    MinutesText theirs = text(s1, s3, s2);
    MergeResult r = ThreeWayMerge.merge(BASE, mine, theirs);
    assertTrue(r.clean());
    assertEquals(List.of("item-3", "item-1", "item-2"), r.merged().keys());
  }

  @Test
  void sectionsAddedOnBothSidesWithDifferentKeysAreBothKept() {
    MinutesText mine = BASE.with(sec("free-aaaa1111", "Note de Paul", "p1"));
    MinutesText theirs = BASE.with(sec("free-bbbb2222", "Note de Sarah", "s1"));
    MergeResult r = ThreeWayMerge.merge(BASE, mine, theirs);
    assertTrue(r.clean());
    assertEquals(
        List.of("item-1", "item-2", "item-3", "free-aaaa1111", "free-bbbb2222"), r.merged().keys());
    assertEquals(ps("s1"), r.merged().section("free-bbbb2222").orElseThrow().blocks());
  }

  @Test
  void sectionAddedOnBothSidesWithTheSameKeyAndDifferentTextConflicts() {
    MinutesText mine = BASE.with(sec("item-4", "Questions", "m"));
    MinutesText theirs = BASE.with(sec("item-4", "Questions", "t"));
    MergeResult r = ThreeWayMerge.merge(BASE, mine, theirs);
    assertFalse(r.clean());
    assertEquals(List.of(), r.conflicts().get(0).base());
    assertNull(r.conflicts().get(0).baseTitle());
    assertEquals(ps("m"), r.merged().section("item-4").orElseThrow().blocks());
  }

  @Test
  void sectionDeletedOnOneSideAndUnchangedOnTheOtherIsDeleted() {
    MinutesText mine = BASE.without("item-2");
    MinutesText theirs = edit(BASE, "item-1", "a", "b", "c", "d", "E");
    MergeResult r = ThreeWayMerge.merge(BASE, mine, theirs);
    assertTrue(r.clean());
    assertEquals(List.of("item-1", "item-3"), r.merged().keys());
    assertEquals(ps("a", "b", "c", "d", "E"), r.merged().section("item-1").orElseThrow().blocks());
  }

  @Test
  void sectionDeletedByMineAndModifiedByTheirsConflicts() {
    MinutesText mine = BASE.without("item-2");
    MinutesText theirs = edit(BASE, "item-2", "f", "g", "h", "more");
    MergeResult r = ThreeWayMerge.merge(BASE, mine, theirs);
    assertFalse(r.clean());
    SectionConflict c = r.conflicts().get(0);
    assertEquals(SectionConflict.Kind.DELETED_BY_MINE, c.kind());
    assertEquals("item-2", c.key());
    assertEquals(List.of(), c.mine());
    assertNull(c.mineTitle());
    assertEquals(ps("f", "g", "h", "more"), c.theirs());
    assertEquals(List.of("item-1", "item-3"), r.merged().keys()); // mine: deleted
  }

  @Test
  void sectionDeletedByTheirsAndModifiedByMineConflictsAndKeepsMine() {
    MinutesText mine = edit(BASE, "item-2", "f", "G", "h");
    MinutesText theirs = BASE.without("item-2");
    MergeResult r = ThreeWayMerge.merge(BASE, mine, theirs);
    assertFalse(r.clean());
    SectionConflict c = r.conflicts().get(0);
    assertEquals(SectionConflict.Kind.DELETED_BY_THEIRS, c.kind());
    assertEquals(List.of(), c.theirs());
    assertEquals(List.of("item-1", "item-2", "item-3"), r.merged().keys());
    assertEquals(ps("f", "G", "h"), r.merged().section("item-2").orElseThrow().blocks());
  }

  @Test
  void sectionKeptByConflictFindsItsPlaceAfterTheirReorder() {
    Section s1 = BASE.section("item-1").orElseThrow();
    Section s3 = BASE.section("item-3").orElseThrow();
    MinutesText mine = edit(BASE, "item-2", "f", "G", "h");
    MinutesText theirs = text(s3, s1); // deleted item-2 and moved item-3 first
    MergeResult r = ThreeWayMerge.merge(BASE, mine, theirs);
    assertFalse(r.clean());
    assertEquals(List.of("item-3", "item-1", "item-2"), r.merged().keys());
  }

  @Test
  void titleChangedOnOneSideMerges() {
    MinutesText mine = BASE.with(BASE.section("item-2").orElseThrow().withTitle("Budget 2009"));
    MinutesText theirs = edit(BASE, "item-2", "f", "g", "H");
    MergeResult r = ThreeWayMerge.merge(BASE, mine, theirs);
    assertTrue(r.clean());
    assertEquals(sec("item-2", "Budget 2009", "f", "g", "H"), r.merged().section("item-2").get());
  }

  @Test
  void titleChangedDifferentlyOnBothSidesConflicts() {
    MinutesText mine = BASE.with(BASE.section("item-2").orElseThrow().withTitle("Budget 2009"));
    MinutesText theirs =
        BASE.with(
            BASE.section("item-2")
                .orElseThrow()
                .withTitle("Budget prévisionnel")
                .withBlocks(ps("z")));
    MergeResult r = ThreeWayMerge.merge(BASE, mine, theirs);
    assertFalse(r.clean());
    SectionConflict c = r.conflicts().get(0);
    assertTrue(c.titleConflict());
    assertEquals("Budget 2009", c.title());
    assertEquals("Budget", c.baseTitle());
    assertEquals("Budget 2009", c.mineTitle());
    assertEquals("Budget prévisionnel", c.theirsTitle());
    assertEquals(mine.section("item-2"), r.merged().section("item-2"));
  }

  @Test
  void sameTitleChangeOnBothSidesMerges() {
    Section s2 = BASE.section("item-2").orElseThrow();
    MinutesText mine = BASE.with(s2.withTitle("Budget 2009"));
    MinutesText theirs = BASE.with(s2.withTitle("Budget 2009").withBlocks(ps("f", "g", "H")));
    MergeResult r = ThreeWayMerge.merge(BASE, mine, theirs);
    assertTrue(r.clean());
    assertEquals(sec("item-2", "Budget 2009", "f", "g", "H"), r.merged().section("item-2").get());
  }

  @Test
  void conflictsComeInMergedOrderThenSectionsMineDeleted() {
    MinutesText mine = edit(edit(BASE, "item-3", "I-m", "j"), "item-2", "F-m", "g", "h");
    mine = mine.without("item-1");
    MinutesText theirs =
        edit(edit(edit(BASE, "item-3", "I-t", "j"), "item-2", "F-t", "g", "h"), "item-1", "x");
    MergeResult r = ThreeWayMerge.merge(BASE, mine, theirs);
    assertEquals(
        List.of("item-2", "item-3", "item-1"),
        r.conflicts().stream().map(SectionConflict::key).toList());
  }

  @Test
  void mergeIsDeterministic() {
    MinutesText mine = edit(BASE, "item-1", "a", "B", "c", "d", "e").without("item-3");
    MinutesText theirs =
        edit(BASE, "item-1", "a", "b", "c", "D", "e").with(sec("free-x", "X", "x"));
    MergeResult first = ThreeWayMerge.merge(BASE, mine, theirs);
    for (int i = 0; i < 20; i++) {
      assertEquals(first, ThreeWayMerge.merge(BASE, mine, theirs));
    }
    assertEquals(List.of("item-1", "item-2", "free-x"), first.merged().keys());
  }

  @Test
  void emptyBaseAndEmptySides() {
    MinutesText mine = text(sec("item-1", "A", "a"));
    MergeResult r = ThreeWayMerge.merge(MinutesText.empty(), mine, MinutesText.empty());
    assertEquals(mine, r.merged());
    List<String> keys = new ArrayList<>(r.merged().keys());
    assertEquals(List.of("item-1"), keys);
  }
}
