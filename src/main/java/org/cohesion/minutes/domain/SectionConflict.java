package org.cohesion.minutes.domain;

import java.util.List;
import java.util.Objects;

/**
 * A section that both sides changed in ways that do not merge: the blocks of the common base, of
 * mine (the person saving) and of theirs (the version saved meanwhile), for a side-by-side view.
 *
 * <p>{@code title} is the title to show (mine's, else theirs', else the base's). {@code kind} says
 * whether both sides still have the section ({@link Kind#CONTENT}: blocks and/or titles conflict),
 * or one side deleted it while the other changed it; the deleting side's blocks are then empty and
 * its title {@code null}. {@code baseTitle} is {@code null} when both sides added the section.
 */
public record SectionConflict(
    String key,
    String title,
    List<String> base,
    List<String> mine,
    List<String> theirs,
    Kind kind,
    String baseTitle,
    String mineTitle,
    String theirsTitle) {

  /** What kind of conflict. */
  public enum Kind {
    /** Both sides have the section; their blocks or their titles conflict. */
    CONTENT,
    /** Mine deleted the section, theirs changed it. */
    DELETED_BY_MINE,
    /** Theirs deleted the section, mine changed it. */
    DELETED_BY_THEIRS
  }

  public SectionConflict {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(kind, "kind");
    base = List.copyOf(base);
    mine = List.copyOf(mine);
    theirs = List.copyOf(theirs);
  }

  /** A content conflict where the three titles are the same. */
  public SectionConflict(
      String key, String title, List<String> base, List<String> mine, List<String> theirs) {
    this(key, title, base, mine, theirs, Kind.CONTENT, title, title, title);
  }

  public String baseHtml() {
    return HtmlBlocks.join(base);
  }

  public String mineHtml() {
    return HtmlBlocks.join(mine);
  }

  public String theirsHtml() {
    return HtmlBlocks.join(theirs);
  }

  /** Both sides changed the title, differently. */
  public boolean titleConflict() {
    return kind == Kind.CONTENT
        && !Objects.equals(mineTitle, theirsTitle)
        && !Objects.equals(mineTitle, baseTitle)
        && !Objects.equals(theirsTitle, baseTitle);
  }
}
