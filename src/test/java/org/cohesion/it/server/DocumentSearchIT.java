package org.cohesion.it.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.cohesion.platform.search.SearchAudience;
import org.cohesion.platform.search.SearchNode;
import org.cohesion.platform.search.SearchQuery;
import org.cohesion.platform.search.SearchResults;
import org.cohesion.platform.security.CurrentCaller;
import org.cohesion.tools.application.ConceptForm;
import org.cohesion.tools.application.Documents;
import org.cohesion.tools.application.Thesaurus;
import org.cohesion.tools.application.ThesaurusExpansion;
import org.cohesion.tools.application.Upload;
import org.cohesion.tools.domain.Confidentiality;
import org.cohesion.tools.domain.DocumentType;
import org.cohesion.tools.domain.DublinCore;
import org.cohesion.workspace.domain.GroupRole;
import org.cohesion.workspace.domain.Visibility;
import org.junit.jupiter.api.Test;

/**
 * The document centre in search, through the real services, outbox and index: a word inside a
 * document's file finds it for those who may read it and for nobody else (no hit, count or facet),
 * and a thesaurus concept finds what is tagged with a narrower one.
 */
class DocumentSearchIT extends ServerTestBase {

  @Inject Documents documents;
  @Inject Thesaurus thesaurus;
  @Inject ThesaurusExpansion expansion;
  @Inject SearchNode node;
  @Inject SearchAudience audience;
  @Inject CurrentCaller current;

  private SearchResults find(String login, String q) {
    node.catchUp();
    Set<String> tokens = users.as(login, () -> audience.tokensOf(current.get()));
    return node.index()
        .orElseThrow()
        .search(
            new SearchQuery(q, Map.of(), 0, 20),
            tokens,
            term -> expansion.alternativesOf(term, Locale.FRENCH));
  }

  private static boolean hit(SearchResults r, long documentId) {
    return r.hits().stream().anyMatch(h -> h.kind().equals("document") && h.id() == documentId);
  }

  private void nothingFor(String login, String q) {
    SearchResults r = find(login, q);
    assertEquals(0, r.total(), login + " counts " + q + ": " + r);
    r.facets().forEach((name, values) -> assertEquals(List.of(), values, name + " facet: " + r));
  }

  private static DublinCore dc(String title, Confidentiality c) {
    return new DublinCore(
        title, "CRVC", "CRVC", null, DocumentType.GUIDE, "fr", null, null, null, c);
  }

  @Test
  void aWordInsideTheFileFindsTheDocumentOnlyForThoseWhoMayReadIt() {
    String lead = users.newAccount("dslead", "Recherche Documents");
    String member = users.newAccount("dsmembre", "Lectrice Documents");
    String outsider = users.newAccount("dsdehors", "Hors Groupe");
    long group =
        users.newGroup(
            "Documents recherche",
            Visibility.MEMBERS_ONLY,
            Map.of(lead, GroupRole.LEAD, member, GroupRole.READER));
    String w = SearchIT.word();
    byte[] pdf = SampleFiles.pdf("Guide de la prévention " + w, "Évaluations des quartiers");
    long groupDoc =
        users.as(
            lead,
            () ->
                documents.create(
                    group,
                    dc("Guide réservé", Confidentiality.GROUP),
                    List.of(),
                    new Upload("guide.pdf", pdf)));
    String n = SearchIT.word();
    long networkDoc =
        users.as(
            lead,
            () ->
                documents.create(
                    group,
                    dc("Guide du réseau", Confidentiality.NETWORK),
                    List.of(),
                    new Upload("reseau.pdf", SampleFiles.pdf("Observation " + n))));

    // Without its accent, by a word of the file's text.
    assertTrue(hit(find(member, "prevention " + w), groupDoc), "the member finds it");
    assertTrue(hit(find(lead, w + " evaluation"), groupDoc), "the lead finds it");
    nothingFor(outsider, w);
    nothingFor(outsider, "prevention " + w);
    // Kept to the network, the other document is the outsider's too.
    assertTrue(hit(find(outsider, n), networkDoc), "a network document is every member's");
  }

  @Test
  void aConceptFindsWhatIsTaggedWithANarrowerOne() {
    String lead = users.newAccount("dtlead", "Thésaurus Recherche");
    long group =
        users.newGroup("Thésaurus recherche", Visibility.NETWORK, Map.of(lead, GroupRole.LEAD));
    String broad = SearchIT.word();
    String narrow = SearchIT.word();
    long parent =
        users.as(
            "jvalcin",
            () ->
                thesaurus.create(
                    new ConceptForm(
                        "Santé " + broad, null, null, null, null, null, List.of(), List.of())));
    long child =
        users.as(
            "jvalcin",
            () ->
                thesaurus.create(
                    new ConceptForm(
                        "Sexualité " + narrow,
                        null,
                        null,
                        null,
                        null,
                        null,
                        List.of(parent),
                        List.of())));
    long doc =
        users.as(
            lead,
            () ->
                documents.create(
                    group,
                    dc("Fiche animation", Confidentiality.NETWORK),
                    List.of(child),
                    new Upload("fiche.txt", "Atelier avec les jeunes".getBytes())));

    // The broad concept's label is nowhere in the document: only the narrower tag finds it.
    assertTrue(hit(find(lead, "\"Santé " + broad + "\""), doc), "found through the narrower tag");
    assertTrue(hit(find(lead, "\"sexualite " + narrow + "\""), doc), "found by its own tag");
  }
}
