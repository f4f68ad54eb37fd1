package org.cohesion.minutes.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The history's side-by-side difference: changed words marked, and nothing else left as markup. */
class RevisionDiffTest {

  private static MinutesText text(String... paragraphs) {
    return MinutesText.of(
        List.of(Section.ofHtml("item-1", "Ordre du jour", String.join("", paragraphs))));
  }

  @Test
  void changedWordsAreMarkedAndUnchangedLinesAreEqual() {
    List<RevisionDiff.Row> rows =
        RevisionDiff.between(
            text("<p>Le budget est adopté.</p>", "<p>Rien d'autre.</p>"),
            text("<p>Le budget est rejeté.</p>", "<p>Rien d'autre.</p>"));
    assertEquals(3, rows.size(), rows.toString());
    assertEquals("EQUAL", rows.get(0).change(), "the section title");
    assertEquals("CHANGE", rows.get(1).change());
    assertTrue(rows.get(1).oldHtml().contains("<del>adopté</del>"), rows.get(1).oldHtml());
    assertTrue(rows.get(1).newHtml().contains("<ins>rejeté</ins>"), rows.get(1).newHtml());
    assertEquals("EQUAL", rows.get(2).change());
  }

  @Test
  void textThatLooksLikeMarkupIsEscaped() {
    // Typed as text in the editor, stored escaped; the diff works on the text and escapes it again.
    List<RevisionDiff.Row> rows =
        RevisionDiff.between(
            text("<p>Avant</p>"), text("<p>&lt;script&gt;alert(1)&lt;/script&gt; &amp; co</p>"));
    String html = rows.get(1).newHtml();
    assertFalse(html.contains("<script>"), html);
    assertTrue(html.contains("&lt;script&gt;"), html);
  }
}
