package org.cohesion.platform.search;

import java.util.List;
import java.util.Map;

/**
 * One page of hits across kinds, the total and the facets, all counted over what the caller may
 * read only.
 */
public record SearchResults(long total, List<Hit> hits, Map<String, List<Facet>> facets) {

  /** The facets, in the order the page shows them; "year" counts integers, the others labels. */
  public static final List<String> FACETS =
      List.of("kind", "theme", "type", "territory", "year", "group");

  public static SearchResults empty() {
    return new SearchResults(0, List.of(), Map.of());
  }

  /**
   * One hit. {@code titleHtml} and {@code snippetHtml} are HTML-escaped text with the matched words
   * in {@code <mark>}: safe to write unescaped, and only those.
   */
  public record Hit(
      String kind, long id, String title, String titleHtml, String snippetHtml, String link) {}

  /** One value of a facet and how many of the caller's hits have it. */
  public record Facet(String value, long count) {}
}
