package org.cohesion.platform.search;

import java.util.Objects;
import java.util.Set;

/**
 * One thing that search finds, as its source describes it. Everything the index holds about it: the
 * index never goes back to the database to show a hit, so a hit can only ever show what its source
 * chose to put here for the audience named.
 *
 * @param kind the source's kind ("minutes", "decision"…), also a facet
 * @param id the thing's id within its kind
 * @param title shown as the hit's title, searched with a higher weight
 * @param text searched and shown as a highlighted snippet (plain text, no markup)
 * @param link the page that shows it, relative to the application ("minutes/view.xhtml?id=3")
 * @param audience who may read it: tokens of {@link Audience}; empty means nobody
 * @param theme a facet value (label), or null
 * @param type a facet value (the kind's own type or status), or null
 * @param territory a facet value (territory name), or null
 * @param year a facet value, or null
 * @param group a facet value (working group or body name), or null
 */
public record SearchEntry(
    String kind,
    long id,
    String title,
    String text,
    String link,
    Set<String> audience,
    String theme,
    String type,
    String territory,
    Integer year,
    String group) {

  public SearchEntry {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(link, "link");
    audience = Set.copyOf(audience);
    text = text == null ? "" : text;
  }

  /** The document id in the index: unique across kinds. */
  public String key() {
    return key(kind, id);
  }

  static String key(String kind, long id) {
    return kind + ":" + id;
  }
}
