package org.cohesion.it.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.sql.DataSource;
import org.cohesion.tools.application.DocumentSearchSource;
import org.cohesion.tools.application.Documents;
import org.cohesion.tools.application.ImportReport;
import org.cohesion.tools.application.Thesaurus;
import org.cohesion.tools.application.Upload;
import org.cohesion.tools.domain.Confidentiality;
import org.cohesion.tools.domain.DocumentType;
import org.cohesion.tools.domain.DublinCore;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.junit.jupiter.api.Test;

/**
 * SKOS through the database: a bad file imports nothing and says why by concept and line; a dry run
 * reports and writes nothing; import, export, re-import gives the same thesaurus and the same file.
 */
class ThesaurusImportIT extends ServerTestBase {

  private static final String STAFF = "jvalcin";

  @Inject Thesaurus thesaurus;
  @Inject Documents documents;

  @Resource(lookup = "java:app/jdbc/cohesion")
  DataSource dataSource;

  private static String file(String ns) {
    return "@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n"
        + "@prefix t: <"
        + ns
        + "> .\n"
        + "t:habitat a skos:Concept ; skos:prefLabel \"Habitat indigne "
        + ns.hashCode()
        + "\"@fr,"
        + " \"Substandard housing "
        + ns.hashCode()
        + "\"@en ;\n"
        + "  skos:altLabel \"Logement insalubre "
        + ns.hashCode()
        + "\"@fr ;\n"
        + "  skos:definition \"Logements impropres à l'habitation\"@fr ;\n"
        + "  skos:narrower t:resorption .\n"
        + "t:resorption a skos:Concept ; skos:prefLabel \"RHI "
        + ns.hashCode()
        + "\"@fr ;\n"
        + "  skos:related t:relogement .\n"
        + "t:relogement a skos:Concept ; skos:prefLabel \"Relogement "
        + ns.hashCode()
        + "\"@fr .\n";
  }

  private ImportReport run(String content, String name, boolean dry) {
    return users.as(
        STAFF, () -> thesaurus.importSkos(content.getBytes(StandardCharsets.UTF_8), name, dry));
  }

  private long concepts() {
    return users.count("SELECT COUNT(c) FROM Concept c");
  }

  @Test
  void aBadFileImportsNothingAndSaysWhereAndWhy() {
    String ns = "https://example.org/bad/" + System.nanoTime() + "/";
    String bad =
        file(ns) + "<" + ns + "orphelin> a skos:Concept ; skos:broader <" + ns + "nulle-part> .\n";
    long before = concepts();
    ImportReport report = run(bad, "bad.ttl", false);
    assertFalse(report.applied());
    assertTrue(
        report.problems().stream()
            .anyMatch(
                p ->
                    p.key().equals("skos.undefined")
                        && p.concept().endsWith("orphelin")
                        && p.line() == 10),
        report.problems().toString());
    assertTrue(
        report.problems().stream()
            .anyMatch(
                p -> p.key().equals("skos.missingPrefLabel") && p.concept().endsWith("orphelin")));
    assertEquals(before, concepts(), "nothing written");
  }

  @Test
  void aDryRunReportsAndWritesNothingThenTheRoundTripIsIdentical() {
    String ns = "https://example.org/ok/" + System.nanoTime() + "/";
    long before = concepts();
    ImportReport dry = run(file(ns), "t.ttl", true);
    assertTrue(dry.problems().isEmpty(), dry.problems().toString());
    assertEquals(3, dry.count(ImportReport.Outcome.CREATED));
    assertEquals(before, concepts(), "a dry run writes nothing");

    ImportReport real = run(file(ns), "t.ttl", false);
    assertTrue(real.applied(), real.problems().toString());
    assertEquals(before + 3, concepts());
    String export = users.as(STAFF, () -> thesaurus.exportSkos(RDFFormat.TURTLE));
    assertTrue(export.contains(ns + "resorption"));

    ImportReport again = run(export, "export.ttl", false);
    assertTrue(again.applied(), again.problems().toString());
    assertEquals(
        0, again.count(ImportReport.Outcome.CHANGED) + again.count(ImportReport.Outcome.CREATED));
    assertEquals(before + 3, concepts());
    assertEquals(export, users.as(STAFF, () -> thesaurus.exportSkos(RDFFormat.TURTLE)));

    String rdfXml = users.as(STAFF, () -> thesaurus.exportSkos(RDFFormat.RDFXML));
    ImportReport fromXml = run(rdfXml, "export.rdf", true);
    assertTrue(fromXml.problems().isEmpty(), fromXml.problems().toString());
    assertEquals(
        0,
        fromXml.count(ImportReport.Outcome.CHANGED) + fromXml.count(ImportReport.Outcome.CREATED));
  }

  @Test
  void anImportThatRelabelsAConceptRequeuesTheDocumentsItTags() throws Exception {
    String ns = "https://example.org/relabel/" + System.nanoTime() + "/";
    assertTrue(run(file(ns), "t.ttl", false).applied());
    long habitat = users.count("SELECT c.id FROM Concept c WHERE c.uri = ?1", ns + "habitat");
    long doc =
        users.as(
            STAFF,
            () ->
                documents.create(
                    null,
                    new DublinCore(
                        "Guide de l’habitat " + ns.hashCode(),
                        null,
                        null,
                        null,
                        DocumentType.GUIDE,
                        "fr",
                        null,
                        null,
                        null,
                        Confidentiality.NETWORK),
                    List.of(habitat),
                    new Upload("habitat.pdf", SampleFiles.pdf("Habitat"))));
    long queued = lastOutboxRow(doc);
    // The same file with the concept relabelled: a change the index must carry.
    ImportReport relabel =
        run(file(ns).replace("Habitat indigne", "Habitat dégradé"), "t.ttl", false);
    assertEquals(1, relabel.count(ImportReport.Outcome.CHANGED), relabel.toString());
    assertTrue(lastOutboxRow(doc) > queued, "the tagged document is queued for the index again");
    // An import that changes nothing queues nothing.
    long after = lastOutboxRow(doc);
    run(file(ns).replace("Habitat indigne", "Habitat dégradé"), "t.ttl", false);
    assertEquals(after, lastOutboxRow(doc));
  }

  private long lastOutboxRow(long documentId) throws java.sql.SQLException {
    try (var c = dataSource.getConnection();
        var ps =
            c.prepareStatement(
                "SELECT COALESCE(MAX(id), 0) FROM search_outbox WHERE kind = ? AND entity_id = ?")) {
      ps.setString(1, DocumentSearchSource.KIND);
      ps.setLong(2, documentId);
      try (var rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }
}
