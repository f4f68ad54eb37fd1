package org.cohesion.platform.search;

import java.util.Map;

/**
 * What a person asked: the words (quotes for an exact phrase), the facet values chosen (facet name
 * → value, among {@link SearchResults#FACETS}), and the page wanted.
 */
public record SearchQuery(String text, Map<String, String> filters, int offset, int limit) {
  public static final int MAX_LENGTH = 200;
  public static final int MAX_LIMIT = 50;

  public SearchQuery {
    text = text == null ? "" : text.strip();
    if (text.length() > MAX_LENGTH) {
      text = text.substring(0, MAX_LENGTH);
    }
    filters = filters == null ? Map.of() : Map.copyOf(filters);
    offset = Math.max(0, offset);
    limit = Math.max(1, Math.min(MAX_LIMIT, limit));
  }

  public boolean isBlank() {
    return text.isBlank();
  }
}
