package org.cohesion.platform.search;

import java.lang.invoke.MethodHandles;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hibernate.search.backend.elasticsearch.index.layout.IndexLayoutStrategy;
import org.hibernate.search.engine.environment.bean.BeanReference;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.highlighter.dsl.HighlighterEncoder;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.AnnotatedTypeSource;
import org.hibernate.search.mapper.pojo.standalone.mapping.CloseableSearchMapping;
import org.hibernate.search.mapper.pojo.standalone.mapping.SearchMapping;
import org.hibernate.search.mapper.pojo.standalone.session.SearchSession;

/**
 * The search index of {@link SearchEntry}s, through Hibernate Search's standalone mapper: one
 * node's own Lucene index, or (OpenSearch mode) the index every node shares in OpenSearch; the
 * mapping, queries, facets and permission filter are the same code for both. Plain Java (no
 * container), so the analysis and the permission filter are tested in-process. Every query, count
 * and facet is filtered by the caller's audience tokens inside the Lucene query. Thread-safe: each
 * call opens its own Hibernate Search session.
 */
public final class SearchIndex implements AutoCloseable {
  private static final Pattern TERMS = Pattern.compile("\"[^\"]*\"|[^\\s\"]+");
  private static final Pattern SYNTAX = Pattern.compile("[+|\\-\"*()~\\\\]");

  private static final String MARK = "<mark>";
  private static final int SNIPPET = 200;

  private final CloseableSearchMapping mapping;

  /** This node's own Lucene index in {@code directory} (the default mode). */
  public SearchIndex(Path directory) {
    this(lucene(Objects.requireNonNull(directory, "directory")));
  }

  /**
   * The index shared by every node in OpenSearch, through Hibernate Search's Elasticsearch backend:
   * {@code uris} is OpenSearch's address(es), comma-separated; {@code name} prefixes the index and
   * its aliases, so that several databases (tests, a staging copy) can share one OpenSearch.
   */
  public static SearchIndex openSearch(String uris, String name) {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("hibernate.search.backend.type", "elasticsearch");
    p.put("hibernate.search.backend.uris", uris);
    // Said, not asked: the backend then needs no request to OpenSearch to build the mapping.
    p.put("hibernate.search.backend.version", "opensearch:2.19");
    p.put(
        "hibernate.search.backend.analysis.configurer", FrenchAnalysis.OpenSearch.class.getName());
    p.put("hibernate.search.backend.layout.strategy", BeanReference.ofInstance(new Layout(name)));
    // A write returns once OpenSearch has refreshed, so the other nodes find it at once (the
    // passes write a handful of entries; a rebuild writes pages of 500).
    p.put("hibernate.search.indexing.plan.synchronization.strategy", "read-sync");
    return new SearchIndex(p);
  }

  private static Map<String, Object> lucene(Path directory) {
    Map<String, Object> p = new LinkedHashMap<>();
    // Named: with both backends on the classpath, Hibernate Search will not guess.
    p.put("hibernate.search.backend.type", "lucene");
    p.put("hibernate.search.backend.directory.root", directory.toString());
    p.put("hibernate.search.backend.analysis.configurer", FrenchAnalysis.class.getName());
    p.put("hibernate.search.backend.lucene_version", "LATEST");
    return p;
  }

  private SearchIndex(Map<String, Object> backend) {
    var builder =
        SearchMapping.builder(
                AnnotatedTypeSource.fromClasses(IndexedEntry.class), MethodHandles.lookup())
            .property("hibernate.search.schema_management.strategy", "create-or-update")
            // The one mapped class is named above: no scanning of class locations for others, which
            // in Payara's exploded war fails (a class file is not a jar or a folder to open).
            .property("hibernate.search.mapping.build_missing_discovered_jandex_indexes", false)
            .property(
                "hibernate.search.mapping.discover_annotated_types_from_root_mapping_annotations",
                false);
    backend.forEach(builder::property);
    mapping = builder.build();
  }

  /** Index and alias names under a prefix: {@code <name>-entries-000001}, {@code -read}, … */
  private record Layout(String name) implements IndexLayoutStrategy {
    private static final Pattern GENERATION = Pattern.compile("(.*)-\\d{6}");

    @Override
    public String createInitialElasticsearchIndexName(String index) {
      return name + "-" + index + "-000001";
    }

    @Override
    public String createWriteAlias(String index) {
      return name + "-" + index + "-write";
    }

    @Override
    public String createReadAlias(String index) {
      return name + "-" + index + "-read";
    }

    // Hibernate Search tells which of its indexes a hit comes from by this key, which must equal
    // the one it derives from its own index name (by default, that name): strip ours off.
    @Override
    public String extractUniqueKeyFromElasticsearchIndexName(String index) {
      Matcher m = GENERATION.matcher(index);
      String prefix = name + "-";
      if (!m.matches() || !m.group(1).startsWith(prefix)) {
        throw new IllegalArgumentException("Not an index of this layout: " + index);
      }
      return m.group(1).substring(prefix.length());
    }
  }

  /** Adds or replaces entries (same kind and id). */
  public void put(Collection<SearchEntry> entries) {
    apply(entries, List.of());
  }

  /**
   * Adds or replaces {@code puts} and removes the entries of the keys {@code removed} ({@code
   * kind:id}) in one indexing plan: one write (in OpenSearch, one bulk request and one refresh).
   */
  public void apply(Collection<SearchEntry> puts, Collection<String> removed) {
    if (puts.isEmpty() && removed.isEmpty()) {
      return;
    }
    try (SearchSession session = mapping.createSession()) {
      for (SearchEntry entry : puts) {
        session.indexingPlan().addOrUpdate(IndexedEntry.of(entry));
      }
      for (String key : removed) {
        session.indexingPlan().purge(IndexedEntry.class, key, null);
      }
    }
  }

  public void put(SearchEntry entry) {
    put(List.of(entry));
  }

  public void remove(String kind, long id) {
    try (SearchSession session = mapping.createSession()) {
      session.indexingPlan().purge(IndexedEntry.class, SearchEntry.key(kind, id), null);
    }
  }

  /** Empties the index (before a rebuild). */
  public void clear() {
    mapping.scope(IndexedEntry.class).workspace().purge();
    mapping.scope(IndexedEntry.class).workspace().refresh();
  }

  /** How many entries the index holds, whoever may read them (for operations, never for a page). */
  public long size() {
    try (SearchSession session = mapping.createSession()) {
      return session.search(IndexedEntry.class).where(f -> f.matchAll()).fetchTotalHitCount();
    }
  }

  /**
   * One page of what the caller may read, with its total and facets. {@code tokens} are the
   * caller's audience tokens; an empty set finds nothing.
   */
  public SearchResults search(
      SearchQuery query, Set<String> tokens, Function<String, List<String>> expansion) {
    if (query.isBlank() || tokens.isEmpty()) {
      return SearchResults.empty();
    }
    String text = expand(query.text(), expansion);
    Map<String, AggregationKey<Map<Object, Long>>> keys = new LinkedHashMap<>();
    for (String facet : SearchResults.FACETS) {
      keys.put(facet, AggregationKey.of(facet));
    }
    try (SearchSession session = mapping.createSession()) {
      var select =
          session
              .search(IndexedEntry.class)
              .select(
                  f ->
                      f.composite()
                          .from(
                              f.field("kind", String.class),
                              f.field("sourceId", Long.class),
                              f.field("title", String.class),
                              f.highlight("title").highlighter("title"),
                              f.highlight("text"),
                              f.field("link", String.class),
                              f.field("text", String.class))
                          .asList());
      var step =
          select
              .where(
                  f -> {
                    BooleanPredicateClausesStep<?, ?> bool = readable(f, tokens);
                    bool.must(
                        f.simpleQueryString()
                            .field("title")
                            .boost(3f)
                            .field("text")
                            .matching(text)
                            .defaultOperator(BooleanOperator.AND));
                    query
                        .filters()
                        .forEach(
                            (name, value) -> {
                              if (keys.containsKey(name) && value != null && !value.isBlank()) {
                                bool.filter(
                                    f.match().field(name).matching(facetValue(name, value)));
                              }
                            });
                    return bool;
                  })
              .highlighter(
                  h ->
                      h.plain()
                          .tag("<mark>", "</mark>")
                          .encoder(HighlighterEncoder.HTML)
                          .numberOfFragments(1)
                          .fragmentSize(200)
                          .noMatchSize(200))
              // The title's highlighter takes its HTML encoder from the default one above:
              // OpenSearch accepts an encoder only for all fields at once.
              .highlighter(
                  "title",
                  h ->
                      h.plain()
                          .tag("<mark>", "</mark>")
                          .numberOfFragments(1)
                          .fragmentSize(2000)
                          .noMatchSize(SearchQuery.MAX_LENGTH * 10));
      for (var key : keys.entrySet()) {
        Class<?> type = key.getKey().equals("year") ? Integer.class : String.class;
        @SuppressWarnings({"unchecked", "rawtypes"})
        AggregationKey<Map<Object, Long>> k = key.getValue();
        step =
            step.aggregation(
                (AggregationKey) k,
                f -> f.terms().field(key.getKey(), (Class) type).maxTermCount(20));
      }
      SearchResult<List<?>> result = step.fetch(query.offset(), query.limit());
      List<SearchResults.Hit> hits = new ArrayList<>();
      for (List<?> row : result.hits()) {
        String title = (String) row.get(2);
        String titleHtml = first(row.get(3));
        String snippetHtml = first(row.get(4));
        // Without a match the highlighter's text is not known to be escaped: escape it here.
        if (!titleHtml.contains(MARK)) {
          titleHtml = escape(title);
        }
        if (!snippetHtml.contains(MARK)) {
          String body = (String) row.get(6);
          snippetHtml = escape(body == null ? "" : abbreviate(body, SNIPPET));
        }
        hits.add(
            new SearchResults.Hit(
                (String) row.get(0),
                (Long) row.get(1),
                title,
                titleHtml,
                snippetHtml,
                (String) row.get(5)));
      }
      Map<String, List<SearchResults.Facet>> facets = new LinkedHashMap<>();
      for (var key : keys.entrySet()) {
        List<SearchResults.Facet> values = new ArrayList<>();
        result
            .aggregation(key.getValue())
            .forEach(
                (value, count) ->
                    values.add(new SearchResults.Facet(String.valueOf(value), count)));
        facets.put(key.getKey(), values);
      }
      return new SearchResults(result.total().hitCount(), hits, facets);
    }
  }

  /** Up to {@code limit} titles of what the caller may read that begin with the words typed. */
  public List<Suggestion> suggest(String prefix, Set<String> tokens, int limit) {
    String words = prefix == null ? "" : SYNTAX.matcher(prefix).replaceAll(" ").strip();
    if (words.isEmpty() || tokens.isEmpty()) {
      return List.of();
    }
    if (words.length() > SearchQuery.MAX_LENGTH) {
      words = words.substring(0, SearchQuery.MAX_LENGTH);
    }
    String matching = words;
    try (SearchSession session = mapping.createSession()) {
      return session
          .search(IndexedEntry.class)
          .select(
              f ->
                  f.composite()
                      .from(
                          f.field("kind", String.class),
                          f.field("title", String.class),
                          f.field("link", String.class))
                      .as(Suggestion::new))
          .where(
              f ->
                  readable(f, tokens)
                      .must(
                          f.simpleQueryString()
                              .field("titleSuggest")
                              .matching(matching)
                              .defaultOperator(BooleanOperator.AND)))
          .fetchHits(Math.max(1, Math.min(10, limit)));
    }
  }

  private static BooleanPredicateClausesStep<?, ?> readable(
      SearchPredicateFactory f, Set<String> tokens) {
    return f.bool().filter(f.terms().field("audience").matchingAny(tokens));
  }

  private static Object facetValue(String name, String value) {
    if (name.equals("year")) {
      try {
        return Integer.valueOf(value);
      } catch (NumberFormatException e) {
        return -1;
      }
    }
    return value;
  }

  /**
   * The query with each word or quoted phrase that the expansion knows widened to "(word | "alt"
   * …)"; the query as typed when it knows none.
   */
  static String expand(String text, Function<String, List<String>> expansion) {
    if (expansion == null) {
      return text;
    }
    StringBuilder out = new StringBuilder();
    boolean widened = false;
    Matcher m = TERMS.matcher(text);
    while (m.find()) {
      String term = m.group();
      String bare = term.startsWith("\"") ? term.substring(1, term.length() - 1) : term;
      List<String> alternatives =
          bare.isBlank() || SYNTAX.matcher(bare).find() ? List.of() : expansion.apply(bare);
      if (out.length() > 0) {
        out.append(' ');
      }
      if (alternatives.isEmpty()) {
        out.append(term);
        continue;
      }
      widened = true;
      out.append('(').append(term);
      for (String alternative : alternatives) {
        String clean = SYNTAX.matcher(alternative).replaceAll(" ").strip();
        if (!clean.isEmpty()) {
          out.append(" | \"").append(clean).append('"');
        }
      }
      out.append(')');
    }
    return widened ? out.toString() : text;
  }

  private static String abbreviate(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max) + "…";
  }

  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  private static String first(Object highlights) {
    if (highlights instanceof List<?> list && !list.isEmpty()) {
      return String.valueOf(list.get(0));
    }
    return "";
  }

  @Override
  public void close() {
    mapping.close();
  }
}
