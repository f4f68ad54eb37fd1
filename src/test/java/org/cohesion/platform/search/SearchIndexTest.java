package org.cohesion.platform.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The French analysis, phrases, highlighting, facets and the audience filter, in-process. */
class SearchIndexTest {
  @TempDir static Path dir;
  static SearchIndex index;

  static final Set<String> MEMBER = Set.of(Audience.NETWORK, Audience.person(7));
  static final Set<String> IN_GROUP = Set.of(Audience.NETWORK, Audience.group(5));

  @BeforeAll
  static void fill() {
    // Under the opensearch profile the same cases run against the real OpenSearch the build
    // started (an index of this test's own): both backends must answer alike.
    String openSearch = System.getProperty("cohesion.test.search.url");
    index =
        openSearch == null
            ? new SearchIndex(dir)
            : SearchIndex.openSearch(
                openSearch, "unit-" + java.util.UUID.randomUUID().toString().substring(0, 8));
    index.put(
        List.of(
            entry(
                "minutes",
                1,
                "Évaluations du contrat de ville",
                "Le cycle d'évaluation commence.",
                Audience.NETWORK,
                "2008"),
            entry(
                "minutes",
                2,
                "Atelier santé",
                "La prévention des addictions au collège.",
                Audience.NETWORK,
                "2009"),
            entry(
                "decision",
                3,
                "Budget",
                "L'école du quartier et les écoles voisines.",
                Audience.NETWORK,
                "2008"),
            entry(
                "group",
                4,
                "Groupe secret",
                "Diagnostic confidentiel de prévention",
                Audience.group(5),
                "2008"),
            entry(
                "decision",
                6,
                "Vote du bureau",
                "Rénovation urbaine du quartier Dillon",
                Audience.body(2),
                "2008")));
  }

  @AfterAll
  static void close() {
    index.close();
  }

  static SearchEntry entry(
      String kind, long id, String title, String text, String audience, String year) {
    return new SearchEntry(
        kind,
        id,
        title,
        text,
        "x?id=" + id,
        Set.of(audience),
        "Cohésion sociale",
        "type",
        null,
        Integer.valueOf(year),
        null);
  }

  List<Long> ids(String q, Set<String> tokens) {
    return index.search(new SearchQuery(q, Map.of(), 0, 20), tokens, null).hits().stream()
        .map(SearchResults.Hit::id)
        .sorted()
        .toList();
  }

  static SearchResults search(String q, Map<String, String> filters, Set<String> tokens) {
    return index.search(new SearchQuery(q, filters, 0, 20), tokens, null);
  }

  static List<String> titles(List<Suggestion> suggestions) {
    return suggestions.stream().map(Suggestion::title).toList();
  }

  @Test
  void accentsCaseAndPluralDoNotMatter() {
    assertEquals(List.of(1L), ids("evaluation", MEMBER));
    assertEquals(List.of(1L), ids("EVALUATIONS", MEMBER));
    assertEquals(List.of(2L), ids("prevention", MEMBER));
    assertEquals(List.of(2L), ids("addiction", MEMBER));
  }

  @Test
  void elisionDoesNotMatter() {
    assertEquals(List.of(3L), ids("ecole", MEMBER));
    assertEquals(List.of(3L), ids("l'école", MEMBER));
    assertEquals(List.of(1L), ids("l’evaluation", MEMBER));
  }

  @Test
  void quotesAskForTheExactPhrase() {
    assertEquals(List.of(1L), ids("\"contrat de ville\"", MEMBER));
    assertEquals(List.of(), ids("\"ville de contrat\"", MEMBER));
    assertEquals(List.of(1L), ids("ville contrat", MEMBER));
  }

  @Test
  void everyWordIsRequired() {
    assertEquals(List.of(2L), ids("prevention college", MEMBER));
    assertEquals(List.of(), ids("prevention budget", MEMBER));
  }

  @Test
  void whatTheCallerMayNotReadIsNeitherHitNorCountNorFacet() {
    SearchResults outsider = search("prevention", Map.of(), MEMBER);
    assertEquals(1, outsider.total());
    assertEquals(List.of(new SearchResults.Facet("minutes", 1)), outsider.facets().get("kind"));
    SearchResults member = search("prevention", Map.of(), IN_GROUP);
    assertEquals(2, member.total());
    assertEquals(
        Set.of(new SearchResults.Facet("minutes", 1), new SearchResults.Facet("group", 1)),
        Set.copyOf(member.facets().get("kind")));
    assertEquals(List.of(3L), ids("quartier", MEMBER));
    assertEquals(List.of(6L), ids("quartier", Set.of(Audience.body(2))));
    assertEquals(List.of(), ids("quartier", Set.of()));
    assertEquals(List.of(), index.suggest("groupe", MEMBER, 10));
    assertEquals(List.of("Groupe secret"), titles(index.suggest("groupe", IN_GROUP, 10)));
  }

  @Test
  void facetsFilterAndCount() {
    SearchResults all = search("quartier", Map.of(), Set.of(Audience.NETWORK, Audience.body(2)));
    assertEquals(2, all.total());
    assertEquals(List.of(new SearchResults.Facet("2008", 2)), all.facets().get("year"));
    SearchResults groups = search("prevention", Map.of("kind", "group"), IN_GROUP);
    assertEquals(List.of(4L), groups.hits().stream().map(SearchResults.Hit::id).toList());
    assertEquals(0, search("evaluation", Map.of("year", "2009"), MEMBER).total());
    assertEquals(1, search("evaluation", Map.of("year", "2008"), MEMBER).total());
  }

  @Test
  void snippetsMarkTheWordsAndEscapeTheText() {
    index.put(
        entry(
            "minutes",
            9,
            "Titre <b>gras</b> mobilité",
            "Texte <script>x</script> sur la mobilité",
            Audience.NETWORK,
            "2010"));
    SearchResults.Hit hit = search("mobilite", Map.of(), MEMBER).hits().get(0);
    assertTrue(hit.snippetHtml().contains("<mark>mobilité</mark>"), hit.snippetHtml());
    assertTrue(hit.snippetHtml().contains("&lt;script&gt;"), hit.snippetHtml());
    assertFalse(hit.snippetHtml().contains("<script>"), hit.snippetHtml());
    assertTrue(hit.titleHtml().contains("&lt;b&gt;"), hit.titleHtml());
    assertTrue(hit.titleHtml().contains("<mark>mobilité</mark>"), hit.titleHtml());
    index.remove("minutes", 9);
    assertEquals(List.of(), ids("mobilite", MEMBER));
  }

  @Test
  void suggestionsCompleteTheWordsBeingTyped() {
    assertEquals(
        List.of("Évaluations du contrat de ville"), titles(index.suggest("evalu", MEMBER, 10)));
    assertEquals(1, index.suggest("contrat vil", MEMBER, 10).size());
  }

  @Test
  void anExpansionWidensAWord() {
    assertEquals(
        "(ecole | \"établissement scolaire\") budget",
        SearchIndex.expand(
            "ecole budget",
            t -> t.equals("ecole") ? List.of("établissement scolaire") : List.of()));
    assertEquals(List.of(), ids("collegien", MEMBER));
    SearchResults widened =
        index.search(
            new SearchQuery("collegien", Map.of(), 0, 20), MEMBER, t -> List.of("collège"));
    assertEquals(List.of(2L), widened.hits().stream().map(SearchResults.Hit::id).toList());
  }
}
