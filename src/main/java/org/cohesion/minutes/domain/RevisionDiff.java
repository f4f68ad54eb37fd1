package org.cohesion.minutes.domain;

import com.github.difflib.text.DiffRow;
import com.github.difflib.text.DiffRowGenerator;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;

/**
 * The difference between two revisions, side by side, paragraph by paragraph, with the changed
 * words marked. Each section's title is a line of its own, so a moved or renamed section shows. The
 * lines are plain text, escaped by the diff generator: the marks ({@code <del>}, {@code <ins>}) are
 * the only markup in the output.
 */
public final class RevisionDiff {

  private RevisionDiff() {}

  /** One row of the side-by-side view. {@code change} is EQUAL, INSERT, DELETE or CHANGE. */
  public record Row(String change, String oldHtml, String newHtml) implements Serializable {}

  public static List<Row> between(MinutesText older, MinutesText newer) {
    DiffRowGenerator generator =
        DiffRowGenerator.create()
            .showInlineDiffs(true)
            .inlineDiffByWord(true)
            .mergeOriginalRevised(false)
            .oldTag(start -> start ? "<del>" : "</del>")
            .newTag(start -> start ? "<ins>" : "</ins>")
            .build();
    List<Row> rows = new ArrayList<>();
    for (DiffRow row : generator.generateDiffRows(lines(older), lines(newer))) {
      rows.add(new Row(row.getTag().name(), row.getOldLine(), row.getNewLine()));
    }
    return rows;
  }

  static List<String> lines(MinutesText text) {
    List<String> lines = new ArrayList<>();
    for (Section section : text.sections()) {
      lines.add("§ " + section.title());
      for (String block : section.blocks()) {
        lines.add(Jsoup.parse(block).text());
      }
    }
    return lines;
  }
}
