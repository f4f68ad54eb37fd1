package org.cohesion.experience.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.cohesion.platform.text.Diff3;

/**
 * The paragraph merge of a part written by two people from the same version: the paragraphs
 * (separated by blank lines) each changed on one side only are merged, as minutes' sections are
 * (the same {@link Diff3}); when both changed the same paragraph, there is no merge and the page
 * shows both texts.
 */
public final class PartMerge {
  private PartMerge() {}

  static List<String> paragraphs(String text) {
    String t = text == null ? "" : text.strip().replace("\r\n", "\n");
    if (t.isEmpty()) {
      return List.of();
    }
    return Arrays.stream(t.split("\\n\\s*\\n")).map(String::strip).toList();
  }

  /** The merged text, or empty when both sides changed the same paragraph. */
  public static Optional<String> merge(String base, String mine, String theirs) {
    List<String> merged =
        Diff3.cleanResult(Diff3.merge(paragraphs(base), paragraphs(mine), paragraphs(theirs)));
    return merged == null ? Optional.empty() : Optional.of(String.join("\n\n", merged));
  }
}
