package org.cohesion.it.server;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.cohesion.platform.domain.DomainException;
import org.cohesion.platform.domain.NotFoundException;
import org.cohesion.platform.security.AuthenticationRequiredException;
import org.cohesion.tools.application.ConceptExpansion;
import org.cohesion.tools.application.ConceptForm;
import org.cohesion.tools.application.DocumentView;
import org.cohesion.tools.application.Documents;
import org.cohesion.tools.application.Download;
import org.cohesion.tools.application.IndexedDocument;
import org.cohesion.tools.application.Thesaurus;
import org.cohesion.tools.application.Upload;
import org.cohesion.tools.domain.Confidentiality;
import org.cohesion.tools.domain.DocumentType;
import org.cohesion.tools.domain.DublinCore;
import org.cohesion.workspace.domain.GroupRole;
import org.cohesion.workspace.domain.Visibility;
import org.junit.jupiter.api.Test;

/**
 * The document centre inside Payara against the real MariaDB: files stored and read back, every bad
 * upload refused with nothing left behind, French text extracted, versions (also two at once),
 * download counts, and the permission matrix (a member of another group, a non-member, anonymous:
 * never a document they may not read). Each test makes its own people and groups.
 */
class DocumentCentreIT extends ServerTestBase {

  @Inject Documents documents;
  @Inject Thesaurus thesaurus;

  @Resource(lookup = "java:app/jdbc/cohesion")
  javax.sql.DataSource dataSource;

  private record World(
      String lead, String member, String outsider, String otherGroupMember, long group) {}

  /** A members-only group with a lead and a reader, another group, and someone in neither. */
  private World world() {
    String lead = users.newAccount("lead", "Lead Outils");
    String member = users.newAccount("membre", "Membre Outils");
    String outsider = users.newAccount("dehors", "Personne Dehors");
    String other = users.newAccount("autre", "Membre Autre Groupe");
    long group =
        users.newGroup(
            "Outils",
            Visibility.MEMBERS_ONLY,
            Map.of(lead, GroupRole.LEAD, member, GroupRole.READER));
    users.newGroup("Autre", Visibility.MEMBERS_ONLY, Map.of(other, GroupRole.LEAD));
    return new World(lead, member, outsider, other, group);
  }

  private static DublinCore dc(String title, Confidentiality c) {
    return new DublinCore(
        title,
        "Centre de ressources",
        "CRVC",
        null,
        DocumentType.GUIDE,
        "fr",
        "Fort-de-France",
        "Guide de test",
        "CC BY",
        c);
  }

  private long add(World w, Confidentiality c, byte[] content, String name) {
    return users.as(
        w.lead(),
        () ->
            documents.create(
                w.group(), dc("Guide " + name, c), List.of(), new Upload(name, content)));
  }

  private byte[] download(String login, long versionId) {
    Supplier<byte[]> work =
        () -> {
          Download d = documents.open(versionId, "test", false);
          ByteArrayOutputStream out = new ByteArrayOutputStream();
          try {
            documents.send(d, out);
          } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
          }
          return out.toByteArray();
        };
    return login == null ? work.get() : users.as(login, work::get);
  }

  private long latestVersion(String login, long documentId) {
    return users.as(login, () -> documents.page(documentId).versions().get(0).id());
  }

  @Test
  void aFileIsStoredInChunksAndReadBackByteForByte() {
    World w = world();
    // 2.5 MiB: three chunks of the store.
    byte[] big =
        "Évaluation des CUCS, ligne de texte.\n".repeat(70_000).getBytes(StandardCharsets.UTF_8);
    long id = add(w, Confidentiality.GROUP, big, "grand.txt");
    long v = latestVersion(w.lead(), id);
    assertArrayEquals(big, download(w.member(), v));
    String sha = org.cohesion.tools.infrastructure.BlobStore.sha256(big);
    assertEquals(sha, sql("SELECT sha256 FROM document_version WHERE id = ?", v));
    assertEquals(3L, sql("SELECT COUNT(*) FROM blob_chunk WHERE sha256 = ?", sha));
    assertEquals("db", sql("SELECT location FROM stored_blob WHERE sha256 = ?", sha));
    // The same content again: stored once, under the same address.
    long again = add(w, Confidentiality.GROUP, big, "copie.txt");
    long againVersion = latestVersion(w.lead(), again);
    assertEquals(sha, sql("SELECT sha256 FROM document_version WHERE id = ?", againVersion));
    assertEquals(1L, sql("SELECT COUNT(*) FROM stored_blob WHERE sha256 = ?", sha));
    assertEquals(3L, sql("SELECT COUNT(*) FROM blob_chunk WHERE sha256 = ?", sha));
  }

  /**
   * A row whose bytes the store cannot give (here: said to be in S3, which the suite's Payara does
   * not have; in S3 mode, an object deleted by hand) is refused with FileUnavailableException,
   * which FileServlet turns into its 503 page, before any byte is sent.
   */
  @Test
  void aFileTheStoreCannotGiveIsRefusedBeforeAnyByte() throws Exception {
    World w = world();
    byte[] content =
        ("Fichier introuvable " + java.util.UUID.randomUUID()).getBytes(StandardCharsets.UTF_8);
    long id = add(w, Confidentiality.GROUP, content, "introuvable.txt");
    long v = latestVersion(w.lead(), id);
    String sha = org.cohesion.tools.infrastructure.BlobStore.sha256(content);
    update("UPDATE stored_blob SET location = 's3' WHERE sha256 = ?", sha);
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      org.cohesion.tools.application.FileUnavailableException e =
          users.as(
              w.member(),
              () -> {
                Download d = documents.open(v, "test", false);
                return assertThrows(
                    org.cohesion.tools.application.FileUnavailableException.class,
                    () -> documents.send(d, out));
              });
      assertTrue(e.getMessage().contains(sha), e.getMessage());
      assertEquals(0, out.size());
    } finally {
      update("UPDATE stored_blob SET location = 'db' WHERE sha256 = ?", sha);
    }
    assertArrayEquals(content, download(w.member(), v));
  }

  private void update(String statement, Object... params) {
    try (java.sql.Connection c = dataSource.getConnection();
        java.sql.PreparedStatement ps = c.prepareStatement(statement)) {
      for (int i = 0; i < params.length; i++) {
        ps.setObject(i + 1, params[i]);
      }
      ps.executeUpdate();
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void nobodyGetsADocumentTheyMayNotRead() {
    World w = world();
    byte[] pdf = SampleFiles.pdf("Document réservé au groupe");
    long groupDoc = add(w, Confidentiality.GROUP, pdf, "reserve.pdf");
    long networkDoc = add(w, Confidentiality.NETWORK, SampleFiles.pdf("Réseau"), "reseau.pdf");
    long publicDoc = add(w, Confidentiality.PUBLIC, SampleFiles.pdf("Public"), "public.pdf");
    long groupVersion = latestVersion(w.lead(), groupDoc);
    long networkVersion = latestVersion(w.lead(), networkDoc);
    long publicVersion = latestVersion(w.lead(), publicDoc);

    // The group's own member reads all three.
    assertArrayEquals(pdf, download(w.member(), groupVersion));

    for (String stranger : List.of(w.outsider(), w.otherGroupMember())) {
      assertThrows(
          NotFoundException.class, () -> users.as(stranger, () -> documents.page(groupDoc)));
      assertThrows(NotFoundException.class, () -> download(stranger, groupVersion));
      assertThrows(
          NotFoundException.class, () -> users.as(stranger, () -> documents.preview(groupVersion)));
      // The group itself is members-only: its tools do not exist for them.
      assertThrows(
          NotFoundException.class, () -> users.as(stranger, () -> documents.ofGroup(w.group())));
      assertFalse(
          users.as(stranger, () -> documents.library()).documents().stream()
              .anyMatch(r -> r.id() == groupDoc),
          "a group's document never appears in the library");
      assertTrue(download(stranger, networkVersion).length > 0);
      assertTrue(
          users.as(stranger, () -> documents.library()).documents().stream()
              .anyMatch(r -> r.id() == networkDoc));
    }
    // Anonymous: the public document only.
    assertThrows(AuthenticationRequiredException.class, () -> documents.page(groupDoc));
    assertThrows(AuthenticationRequiredException.class, () -> download(null, groupVersion));
    assertThrows(AuthenticationRequiredException.class, () -> download(null, networkVersion));
    assertThrows(AuthenticationRequiredException.class, () -> documents.library());
    assertTrue(download(null, publicVersion).length > 0);
    // A reader of the group may not change its documents.
    assertThrows(
        org.cohesion.platform.domain.AccessDeniedException.class,
        () ->
            users.as(
                w.member(),
                () ->
                    documents.addVersion(
                        groupDoc, new Upload("v2.pdf", SampleFiles.pdf("v2")), null, null)));
  }

  @Test
  void everyBadUploadIsRefusedAndLeavesNothing() {
    World w = world();
    Map<String, byte[]> bad =
        Map.of(
            "programme.pdf", SampleFiles.executable(),
            "guide.pdf", SampleFiles.html(),
            "outils.zip", SampleFiles.traversal(),
            "bombe.docx", SampleFiles.zipBomb(30));
    List<String> reasons = new ArrayList<>();
    long docs = users.count("SELECT COUNT(d) FROM ToolDocument d");
    long versions = users.count("SELECT COUNT(v) FROM DocumentVersion v");
    long blobs = blobCount();
    bad.forEach(
        (name, content) ->
            reasons.add(
                assertThrows(
                        DomainException.class, () -> add(w, Confidentiality.GROUP, content, name))
                    .messageKey()));
    assertEquals(
        List.of("upload.disguised", "upload.executable", "upload.pathTraversal", "upload.zipBomb"),
        reasons.stream().sorted().toList());
    assertEquals(docs, users.count("SELECT COUNT(d) FROM ToolDocument d"));
    assertEquals(versions, users.count("SELECT COUNT(v) FROM DocumentVersion v"));
    assertEquals(blobs, blobCount());
  }

  @Test
  void unnamedOldVersionsArePrunedNamedOnesKeptForEver() {
    World w = world();
    long id =
        add(
            w,
            Confidentiality.GROUP,
            "Version 1 nommée".getBytes(StandardCharsets.UTF_8),
            "v1.txt");
    long first = latestVersion(w.lead(), id);
    users.as(w.lead(), () -> documents.nameVersion(first, "Édition validée"));
    // Version 2 is unnamed and downloaded once; then ten more unnamed ones (the suite keeps ten).
    byte[] second = ("Version 2 " + System.nanoTime()).getBytes(StandardCharsets.UTF_8);
    users.as(w.lead(), () -> documents.addVersion(id, new Upload("v2.txt", second), null, null));
    long secondId = latestVersion(w.lead(), id);
    download(w.member(), secondId);
    for (int i = 3; i <= 12; i++) {
      byte[] content = ("Version " + i + " " + System.nanoTime()).getBytes(StandardCharsets.UTF_8);
      users.as(w.lead(), () -> documents.addVersion(id, new Upload("v.txt", content), null, null));
    }
    DocumentView page = users.as(w.lead(), () -> documents.page(id));
    List<Integer> numbers = page.versions().stream().map(DocumentView.VersionRow::number).toList();
    assertEquals(List.of(12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 1), numbers);
    assertEquals("Édition validée", page.versions().get(10).label());
    String sha = org.cohesion.tools.infrastructure.BlobStore.sha256(second);
    assertEquals(0L, sql("SELECT COUNT(*) FROM stored_blob WHERE sha256 = ?", sha));
    assertEquals(0L, sql("SELECT COUNT(*) FROM blob_chunk WHERE sha256 = ?", sha));
    // Its counted download stays in the document's counts.
    assertEquals(1L, page.downloads());
    assertEquals(1L, page.byMonth().stream().mapToLong(DocumentView.MonthCount::downloads).sum());
  }

  private long blobCount() {
    return (Long) sql("SELECT COUNT(*) FROM stored_blob");
  }

  /** One value of a plain SQL query on the application's pool (counts come back as Long). */
  private Object sql(String query, Object... params) {
    try (java.sql.Connection c = dataSource.getConnection();
        java.sql.PreparedStatement ps = c.prepareStatement(query)) {
      for (int i = 0; i < params.length; i++) {
        ps.setObject(i + 1, params[i]);
      }
      try (java.sql.ResultSet rs = ps.executeQuery()) {
        rs.next();
        Object value = rs.getObject(1);
        return value instanceof Number n ? (Object) n.longValue() : value;
      }
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void frenchTextIsExtractedForTheIndexAndAPdfHasAPreview() {
    World w = world();
    long pdf =
        add(
            w,
            Confidentiality.GROUP,
            SampleFiles.pdf("Référentiel d'évaluation", "Prévention de la délinquance"),
            "referentiel.pdf");
    long odt =
        add(w, Confidentiality.GROUP, SampleFiles.odt("Médiation sociale à Sainte-Marie"), "m.odt");
    long docx =
        add(w, Confidentiality.GROUP, SampleFiles.docx("Rénovation urbaine au Lamentin"), "r.docx");
    IndexedDocument p = documents.forIndex(pdf).orElseThrow();
    assertTrue(p.text().contains("Prévention de la délinquance"), p.text());
    assertEquals(Confidentiality.GROUP, p.confidentiality());
    assertEquals(w.group(), p.groupId());
    assertEquals(List.of("Fort-de-France"), p.territories());
    assertTrue(
        documents.forIndex(odt).orElseThrow().text().contains("Médiation sociale à Sainte-Marie"));
    assertTrue(
        documents.forIndex(docx).orElseThrow().text().contains("Rénovation urbaine au Lamentin"));
    DocumentView view = users.as(w.member(), () -> documents.page(pdf));
    assertTrue(view.hasPreview());
    assertTrue(
        users.as(w.member(), () -> documents.preview(view.versions().get(0).id())).isPresent());
    assertTrue(users.as(w.member(), () -> documents.page(odt)).excerpt().contains("Médiation"));
  }

  @Test
  void twoVersionsUploadedAtOnceAreBothKeptAndOldOnesStayDownloadable() throws Exception {
    World w = world();
    byte[] first = SampleFiles.pdf("Version 1");
    long doc = add(w, Confidentiality.GROUP, first, "guide.pdf");
    long v1 = latestVersion(w.lead(), doc);
    ExecutorService executor = containerThreads(2);
    CountDownLatch go = new CountDownLatch(1);
    List<Future<Long>> uploads = new ArrayList<>();
    try {
      for (int i = 2; i <= 3; i++) {
        byte[] content = SampleFiles.pdf("Version " + i);
        String note = "Révision " + i;
        uploads.add(
            executor.submit(
                asRequest(
                    () -> {
                      go.await(10, TimeUnit.SECONDS);
                      return users.as(
                          w.lead(),
                          () ->
                              documents.addVersion(
                                  doc, new Upload("guide.pdf", content), note, null));
                    })));
      }
      go.countDown();
      for (Future<Long> f : uploads) {
        assertNotNull(f.get(60, TimeUnit.SECONDS));
      }
    } finally {
      executor.shutdownNow();
    }
    DocumentView view = users.as(w.member(), () -> documents.page(doc));
    assertEquals(
        List.of(3, 2, 1), view.versions().stream().map(DocumentView.VersionRow::number).toList());
    assertArrayEquals(first, download(w.member(), v1));
    assertEquals("Lead Outils", view.versions().get(0).uploadedBy());

    // A named version is kept for ever: its name cannot be taken back or changed.
    users.as(w.lead(), () -> documents.nameVersion(v1, "Version validée en comité"));
    assertEquals(
        "version.alreadyNamed",
        assertThrows(
                DomainException.class,
                () -> users.as(w.lead(), () -> documents.nameVersion(v1, "Autre nom")))
            .messageKey());
  }

  @Test
  void aDownloadCountsOncePerPersonWithin30SecondsAndNeverForRobots() {
    World w = world();
    long doc = add(w, Confidentiality.GROUP, SampleFiles.pdf("Compté"), "compte.pdf");
    long v = latestVersion(w.lead(), doc);
    download(w.member(), v);
    download(w.member(), v);
    users.as(w.lead(), () -> documents.open(v, "robot", true));
    assertEquals(1, users.as(w.lead(), () -> documents.page(doc)).downloads());
    download(w.lead(), v);
    DocumentView view = users.as(w.lead(), () -> documents.page(doc));
    assertEquals(2, view.downloads());
    assertEquals(2, view.versions().get(0).downloads());
    assertEquals(1, view.byMonth().size());
    assertEquals(2, view.byMonth().get(0).downloads());
    // The preview is never counted.
    users.as(w.member(), () -> documents.preview(v));
    assertEquals(2, users.as(w.lead(), () -> documents.page(doc)).downloads());
    assertTrue(
        users.as(w.lead(), () -> documents.ofGroup(w.group())).mostDownloaded().stream()
            .anyMatch(r -> r.id() == doc && r.downloads() == 2));
  }

  @Test
  void aConceptExpandsToItsNarrowerConceptsAndLabelsAndItsDeletionMovesItsTags() {
    World w = world();
    String staff = "jvalcin";
    String unique = Long.toString(System.nanoTime(), 36);
    long parent =
        users.as(
            staff,
            () ->
                thesaurus.create(
                    new ConceptForm(
                        "Santé " + unique,
                        "Health " + unique,
                        "Bien-être " + unique,
                        null,
                        null,
                        null,
                        List.of(),
                        List.of())));
    long child =
        users.as(
            staff,
            () ->
                thesaurus.create(
                    new ConceptForm(
                        "Sexualité " + unique,
                        null,
                        null,
                        "Sexual health " + unique,
                        null,
                        null,
                        List.of(parent),
                        List.of())));
    ConceptExpansion e = users.as(w.member(), () -> thesaurus.expand(parent));
    assertEquals(java.util.Set.of(parent, child), e.conceptIds());
    assertTrue(
        e.labels()
            .containsAll(
                List.of("Bien-être " + unique, "Sexual health " + unique, "Health " + unique)));
    assertTrue(
        users
            .as(w.member(), () -> thesaurus.search("sexual health " + unique, Locale.FRENCH))
            .stream()
            .anyMatch(c -> c.id() == child),
        "the picker finds a concept by an alternative label");

    long doc =
        users.as(
            w.lead(),
            () ->
                documents.create(
                    w.group(),
                    dc("Guide tagué", Confidentiality.GROUP),
                    List.of(child),
                    new Upload("t.pdf", SampleFiles.pdf("Tagué"))));
    assertEquals(1, users.as(staff, () -> thesaurus.usage(child)));
    // A member may not change the thesaurus.
    assertThrows(
        org.cohesion.platform.domain.AccessDeniedException.class,
        () -> users.as(w.member(), () -> thesaurus.delete(child, null)));
    users.as(staff, () -> thesaurus.delete(child, parent));
    assertEquals(List.of(parent), documents.forIndex(doc).orElseThrow().subjectIds());
  }
}
