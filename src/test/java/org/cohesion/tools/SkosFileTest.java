package org.cohesion.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.cohesion.tools.domain.SkosFile;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.junit.jupiter.api.Test;

/** SKOS files read, checked (each problem by concept and line) and written back unchanged. */
class SkosFileTest {

  static final String PREFIXES =
      "@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n"
          + "@prefix t: <https://example.org/t/> .\n";

  static final String GOOD =
      PREFIXES
          + "t:evaluation a skos:Concept ; skos:prefLabel \"Évaluation\"@fr, \"Evaluation\"@en ;\n"
          + "  skos:altLabel \"Évaluation des politiques publiques\"@fr ;\n"
          + "  skos:definition \"Démarches d'évaluation\"@fr ;\n"
          + "  skos:narrower t:referentiel .\n"
          + "t:referentiel a skos:Concept ; skos:prefLabel \"Référentiel d'évaluation\"@fr .\n"
          + "t:indicateurs a skos:Concept ; skos:prefLabel \"Indicateurs\"@fr ;\n"
          + "  skos:broader t:evaluation ; skos:related t:observation .\n"
          + "t:observation a skos:Concept ; skos:prefLabel \"Observation\"@fr .\n";

  private static SkosFile.Parsed parse(String turtle) {
    return SkosFile.parse(turtle.getBytes(StandardCharsets.UTF_8), RDFFormat.TURTLE);
  }

  private static List<String> problems(String turtle) {
    return parse(turtle).problems().stream()
        .map(
            p ->
                p.key()
                    + "@"
                    + String.valueOf(p.concept()).replace("https://example.org/t/", "")
                    + ":"
                    + p.line())
        .toList();
  }

  @Test
  void aGoodFileIsReadWithNarrowerAsBroaderAndRelatedBothWays() {
    SkosFile.Parsed parsed = parse(GOOD);
    assertTrue(parsed.valid(), parsed.problems().toString());
    var byUri =
        parsed.concepts().stream()
            .collect(
                java.util.stream.Collectors.toMap(
                    c -> c.uri().replace("https://example.org/t/", ""), c -> c));
    assertEquals(
        java.util.Set.of("https://example.org/t/evaluation"), byUri.get("referentiel").broader());
    assertEquals(
        java.util.Set.of("https://example.org/t/indicateurs"), byUri.get("observation").related());
    assertEquals("Evaluation", byUri.get("evaluation").prefLabels().get("en"));
  }

  @Test
  void writtenBackAndReadAgainItIsTheSameAndWritesTheSame() {
    for (RDFFormat format : List.of(RDFFormat.TURTLE, RDFFormat.RDFXML)) {
      SkosFile.Parsed first = parse(GOOD);
      String out = SkosFile.write("https://example.org/t/scheme", first.concepts(), format);
      SkosFile.Parsed again = SkosFile.parse(out.getBytes(StandardCharsets.UTF_8), format);
      assertTrue(again.valid(), again.problems().toString());
      assertEquals(
          new java.util.HashSet<>(first.concepts()), new java.util.HashSet<>(again.concepts()));
      assertEquals(out, SkosFile.write("https://example.org/t/scheme", again.concepts(), format));
    }
  }

  @Test
  void everyProblemIsReportedByConceptAndLine() {
    String bad =
        PREFIXES
            + "t:a a skos:Concept ; skos:prefLabel \"A\"@fr ; skos:broader t:c .\n" // line 3
            + "t:b a skos:Concept ; skos:prefLabel \"B\"@en .\n" // 4: no French label
            + "t:c a skos:Concept ; skos:prefLabel \"C\"@fr, \"C bis\"@fr ; skos:broader t:a .\n" // 5
            + "t:d a skos:Concept ; skos:prefLabel \"D\"@fr ; skos:altLabel \"d\"@fr ;\n" // 6
            + "  skos:related t:e ; skos:broader t:e .\n" // 7
            + "t:e a skos:Concept ; skos:prefLabel \"E\"@fr ; skos:broader t:nowhere .\n" // 8
            + "t:f a skos:Concept ; skos:prefLabel \"F\"@x-not-a-very-long-tag ; skos:prefLabel \"F\" .\n";
    List<String> found = problems(bad);
    for (String expected :
        List.of(
            "skos.missingPrefLabel@b:4",
            "skos.duplicatePrefLabel@c:5",
            "skos.labelTwice@d:6",
            "skos.relatedAndBroader@d:6",
            "skos.undefined@e:8",
            "skos.cycle@a:3",
            "skos.cycle@c:5")) {
      assertTrue(found.contains(expected), expected + " in " + found);
    }
    assertTrue(
        found.stream().anyMatch(p -> p.startsWith("skos.badLanguage@f:9")), found.toString());
  }

  @Test
  void aBrokenFileSaysWhereItBreaks() {
    List<String> found =
        problems(PREFIXES + "t:a a skos:Concept ;\n skos:prefLabel \"A\"@fr \n t:b .\n");
    assertEquals(1, found.size(), found.toString());
    assertTrue(found.get(0).startsWith("skos.syntax"));
  }
}
