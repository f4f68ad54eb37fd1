package org.cohesion.experience.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class PartMergeTest {

  @Test
  void changesToDifferentParagraphsAreBothKept() {
    String base = "Contexte.\n\nDiagnostic.\n\nEnjeux.";
    String mine = "Contexte précisé.\n\nDiagnostic.\n\nEnjeux.";
    String theirs = "Contexte.\n\nDiagnostic.\n\nEnjeux.\n\nUn paragraphe ajouté.";
    assertEquals(
        Optional.of("Contexte précisé.\n\nDiagnostic.\n\nEnjeux.\n\nUn paragraphe ajouté."),
        PartMerge.merge(base, mine, theirs));
  }

  @Test
  void twoChangesOfOneParagraphAreNotMerged() {
    assertTrue(
        PartMerge.merge("Un.\n\nDeux.", "Un, mien.\n\nDeux.", "Un, sien.\n\nDeux.").isEmpty());
  }

  @Test
  void theSameChangeOnBothSidesIsTakenOnceAndBlankLinesDoNotCount() {
    assertEquals(
        Optional.of("A.\n\nB bis."),
        PartMerge.merge("A.\n\nB.", "A.\n\n\n  \nB bis.", "A.\r\n\r\nB bis."));
    assertEquals(Optional.of("Nouveau."), PartMerge.merge("", "Nouveau.", ""));
  }
}
