package org.cohesion.minutes.domain;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One section of the minutes: a stable key ({@code item-3} for agenda item 3, {@code free-1a2b3c4d}
 * for a free section), a title in plain text, and its body as an ordered list of top-level HTML
 * blocks that are already sanitised.
 *
 * <p>A key is 1 to 100 characters among letters, digits, {@code - _ . :}. The blocks are taken as
 * they are: text that comes from a person goes through {@link #ofHtml}, which sanitises and splits
 * it.
 */
public record Section(String key, String title, List<String> blocks) implements Serializable {

  /**
   * The longest title a writer may give a section ({@link Minutes#write} holds it); as long as an
   * agenda item's title, from which most sections are born.
   */
  public static final int MAX_TITLE = 200;

  private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_.:-]{1,100}");

  public Section {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(blocks, "blocks");
    if (!KEY.matcher(key).matches()) {
      throw new IllegalArgumentException("invalid section key: " + key);
    }
    blocks = List.copyOf(blocks); // also refuses null blocks
  }

  /**
   * A section from what an editor sent: the HTML is sanitised ({@link RichText#sanitize}) then
   * split into blocks ({@link HtmlBlocks#split}). {@code null} HTML is an empty body.
   */
  public static Section ofHtml(String key, String title, String rawHtml) {
    return new Section(key, title, HtmlBlocks.split(RichText.sanitize(rawHtml)));
  }

  /** The body as one HTML string (the blocks joined, without separator). */
  public String html() {
    return HtmlBlocks.join(blocks);
  }

  /** The same section with another title. */
  public Section withTitle(String newTitle) {
    return new Section(key, newTitle, blocks);
  }

  /** The same section with other blocks. */
  public Section withBlocks(List<String> newBlocks) {
    return new Section(key, title, newBlocks);
  }

  /** Size in characters of the title and the blocks. */
  public int characters() {
    int n = title.length();
    for (String b : blocks) {
      n += b.length();
    }
    return n;
  }
}
