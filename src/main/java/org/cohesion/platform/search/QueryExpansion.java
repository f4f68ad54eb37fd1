package org.cohesion.platform.search;

import java.util.List;
import java.util.Locale;

/**
 * Widens a word of a query (a thesaurus: alternative labels in both languages, narrower concepts).
 * An optional CDI bean; with none, a query is searched as typed. Called once per word or quoted
 * phrase of each query, on the search request's thread.
 */
public interface QueryExpansion {

  /**
   * The other words or phrases that should also find what {@code term} finds, without {@code term}
   * itself; empty when it knows none. Each alternative is searched as a phrase.
   */
  List<String> alternativesOf(String term, Locale locale);
}
