package org.cohesion.platform.search;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import org.cohesion.platform.security.CurrentCaller;

/**
 * Searching, for the pages and the suggestions: the caller's audience tokens are computed once per
 * request, on the server, from the database (their groups, their seats), and every query, count and
 * facet of the node's index is filtered by them. An anonymous caller holds no token and finds
 * nothing.
 */
@RequestScoped
public class Search {

  @Inject CurrentCaller current;
  @Inject SearchNode node;
  @Inject SearchAudience audience;
  @Inject @Any Instance<QueryExpansion> expansions;

  private Set<String> tokens;

  public SearchResults search(SearchQuery query, Locale locale) {
    if (query.isBlank()) {
      return SearchResults.empty();
    }
    return node.index()
        .map(index -> index.search(query, tokens(), expansion(locale)))
        .orElse(SearchResults.empty());
  }

  public List<Suggestion> suggest(String prefix, int limit) {
    if (prefix == null || prefix.isBlank()) {
      return List.of();
    }
    return node.index().map(index -> index.suggest(prefix, tokens(), limit)).orElse(List.of());
  }

  /** The caller's tokens, read once per request. */
  public Set<String> tokens() {
    if (tokens == null) {
      tokens = audience.tokensOf(current.get());
    }
    return tokens;
  }

  private Function<String, List<String>> expansion(Locale locale) {
    if (expansions.isUnsatisfied()) {
      return null;
    }
    return term -> {
      List<String> alternatives = new ArrayList<>();
      for (QueryExpansion expansion : expansions) {
        alternatives.addAll(expansion.alternativesOf(term, locale));
      }
      return alternatives;
    };
  }
}
