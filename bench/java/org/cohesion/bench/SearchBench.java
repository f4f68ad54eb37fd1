package org.cohesion.bench;

import org.cohesion.platform.search.Audience;
import org.cohesion.platform.search.SearchEntry;
import org.cohesion.platform.search.SearchIndex;
import org.cohesion.platform.search.SearchQuery;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * The search benchmark (bench/search.sh): indexes N generated French entries (100,000 by default)
 * with the application's analysis, audiences and facets into a fresh Lucene directory, then times
 * the query the results page runs (hits, total, six facets, highlighting, the permission filter)
 * for a member of three groups, and the suggestions. Prints indexing throughput and p50/p95/p99.
 * Not a test: figures depend on the machine.
 */
public final class SearchBench {
  private static final String[] WORDS = {
    "évaluation",
    "prévention",
    "quartier",
    "contrat",
    "ville",
    "cohésion",
    "sociale",
    "emploi",
    "jeunesse",
    "santé",
    "éducation",
    "logement",
    "rénovation",
    "urbaine",
    "médiation",
    "insertion",
    "diagnostic",
    "programmation",
    "subvention",
    "association",
    "habitants",
    "participation",
    "conseil",
    "citoyen",
    "sécurité",
    "tranquillité",
    "publique",
    "réussite",
    "éducative",
    "culture",
    "sport",
    "mobilité",
    "transport",
    "commerce",
    "développement",
    "économique",
    "formation",
    "accompagnement",
    "parentalité",
    "décrochage",
    "scolaire",
    "numérique",
    "accès",
    "droits",
    "politique",
    "territoire",
    "indicateur",
    "observatoire",
    "atelier",
    "réunion",
    "bilan",
    "comité",
    "pilotage",
    "technique",
    "financement",
    "état",
    "région",
    "commune",
    "agglomération",
    "Fort-de-France",
    "Lamentin",
    "Schœlcher",
    "Trinité",
    "Robert",
    "François",
    "Dillon",
    "Volga",
    "Sainte-Thérèse",
    "Trenelle",
    "Citron",
    "Ermitage",
    "Bellevue",
    "l'école",
    "d'insertion",
    "l'habitat",
    "d'évaluation",
    "qu'il",
    "les",
    "des",
    "du",
    "de",
    "la",
    "le",
    "et",
    "pour",
    "avec"
  };
  private static final String[] KINDS = {
    "minutes", "decision", "meeting", "group", "member", "indicator", "territory", "document"
  };

  private SearchBench() {}

  public static void main(String[] args) throws Exception {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    int queries = args.length > 1 ? Integer.parseInt(args[1]) : 2_000;
    Random random = new Random(42);
    Path dir = Files.createTempDirectory("cohesion-search-bench-");
    try (SearchIndex index = new SearchIndex(dir)) {
      long start = System.nanoTime();
      List<SearchEntry> batch = new ArrayList<>();
      for (int i = 1; i <= n; i++) {
        batch.add(entry(i, random));
        if (batch.size() == 1000) {
          index.put(batch);
          batch.clear();
        }
      }
      index.put(batch);
      double seconds = (System.nanoTime() - start) / 1e9;
      System.out.printf(
          "indexing: %d entries in %.1f s = %.0f entries/s%n", n, seconds, n / seconds);

      Set<String> member =
          Set.of(
              Audience.NETWORK,
              Audience.person(7),
              Audience.group(3),
              Audience.group(11),
              Audience.group(42));
      // Warm up the JIT and Lucene's caches, then measure.
      run(index, member, Math.min(500, queries), new Random(1));
      long[] page = run(index, member, queries, new Random(2));
      long[] suggest = new long[queries];
      Random r = new Random(3);
      for (int i = 0; i < queries; i++) {
        String w = WORDS[r.nextInt(WORDS.length)];
        String prefix = w.substring(0, Math.min(w.length(), 2 + r.nextInt(4)));
        long t = System.nanoTime();
        index.suggest(prefix, member, 10);
        suggest[i] = System.nanoTime() - t;
      }
      print("results page query", page);
      print("suggestions", suggest);
    } finally {
      try (var files = Files.walk(dir)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
      }
    }
  }

  private static long[] run(SearchIndex index, Set<String> tokens, int count, Random r) {
    long[] times = new long[count];
    for (int i = 0; i < count; i++) {
      String q =
          switch (r.nextInt(4)) {
            case 0 -> plain(WORDS[r.nextInt(WORDS.length)]);
            case 1 ->
                plain(WORDS[r.nextInt(WORDS.length)]) + " " + plain(WORDS[r.nextInt(WORDS.length)]);
            case 2 -> "\"" + WORDS[r.nextInt(60)] + " " + WORDS[r.nextInt(60)] + "\"";
            default -> WORDS[r.nextInt(WORDS.length)];
          };
      Map<String, String> filters =
          r.nextInt(4) == 0 ? Map.of("kind", KINDS[r.nextInt(KINDS.length)]) : Map.of();
      long t = System.nanoTime();
      index.search(new SearchQuery(q, filters, r.nextInt(3) * 20, 20), tokens, null);
      times[i] = System.nanoTime() - t;
    }
    return times;
  }

  /** The word as one types it, without accents. */
  private static String plain(String w) {
    return java.text.Normalizer.normalize(w, java.text.Normalizer.Form.NFD)
        .replaceAll("\\p{M}", "")
        .toLowerCase(java.util.Locale.ROOT);
  }

  private static SearchEntry entry(int i, Random r) {
    StringBuilder text = new StringBuilder();
    int words = 40 + r.nextInt(200);
    for (int w = 0; w < words; w++) {
      text.append(WORDS[r.nextInt(WORDS.length)]).append(w % 12 == 11 ? ". " : " ");
    }
    StringBuilder title = new StringBuilder();
    for (int w = 0; w < 3 + r.nextInt(5); w++) {
      title.append(WORDS[r.nextInt(60)]).append(' ');
    }
    // A mix of audiences: most for the network, some for one of 60 groups or 3 bodies.
    int a = r.nextInt(10);
    Set<String> audience =
        a < 6
            ? Set.of(Audience.NETWORK)
            : a < 9
                ? Set.of(Audience.group(r.nextInt(60)), Audience.ADMINISTRATORS)
                : Set.of(Audience.body(r.nextInt(3)), Audience.STAFF, Audience.ADMINISTRATORS);
    return new SearchEntry(
        KINDS[r.nextInt(KINDS.length)],
        i,
        title.toString().strip(),
        text.toString(),
        "x?id=" + i,
        audience,
        "thème " + r.nextInt(12),
        "type" + r.nextInt(6),
        "territoire " + r.nextInt(40),
        2005 + r.nextInt(20),
        "groupe " + r.nextInt(60));
  }

  private static void print(String what, long[] nanos) {
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    System.out.printf(
        "%s: %d runs, p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.2f ms%n",
        what,
        sorted.length,
        sorted[sorted.length / 2] / 1e6,
        sorted[(int) (sorted.length * 0.95)] / 1e6,
        sorted[(int) (sorted.length * 0.99)] / 1e6,
        sorted[sorted.length - 1] / 1e6);
  }
}
