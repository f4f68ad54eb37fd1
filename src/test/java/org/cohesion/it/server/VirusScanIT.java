package org.cohesion.it.server;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.cohesion.platform.domain.DomainException;
import org.cohesion.platform.domain.NotFoundException;
import org.cohesion.tools.application.DocumentView;
import org.cohesion.tools.application.Documents;
import org.cohesion.tools.application.Download;
import org.cohesion.tools.application.Upload;
import org.cohesion.tools.application.VirusScans;
import org.cohesion.tools.domain.Confidentiality;
import org.cohesion.tools.domain.DocumentType;
import org.cohesion.tools.domain.DublinCore;
import org.cohesion.tools.infrastructure.BlobStore;
import org.cohesion.workspace.domain.GroupRole;
import org.cohesion.workspace.domain.Visibility;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Uploads scanned by the suite's real clamd (started by {@code TestDatabase} with an EICAR
 * signature): an infected file is refused and leaves nothing; with clamd stopped a file waits in
 * quarantine (not downloadable, not indexed, marked), is retried later from the database, and is
 * then released if clean or removed with its bytes and its document if infected, its uploader told.
 */
@ExtendWith(ArquillianExtension.class)
class VirusScanIT {

  @Inject Users users;
  @Inject Documents documents;
  @Inject VirusScans scans;

  @Resource(lookup = "java:app/jdbc/cohesion")
  DataSource dataSource;

  private Path clamd;

  @BeforeEach
  void clamdIsThere() {
    String dir = System.getProperty("cohesion.test.clamdDir");
    Assumptions.assumeTrue(dir != null, "clamd is not installed: the suite runs without scanning");
    clamd = Path.of(dir);
  }

  private static DublinCore dc(String title) {
    return new DublinCore(
        title,
        "Centre de ressources",
        "CRVC",
        null,
        DocumentType.GUIDE,
        "fr",
        "Le Lamentin",
        "Fichier à analyser",
        null,
        Confidentiality.GROUP);
  }

  private record World(String lead, long group) {}

  private World world() {
    String lead = users.newAccount("scan", "Lead Antivirus");
    return new World(
        lead, users.newGroup("Antivirus", Visibility.MEMBERS_ONLY, Map.of(lead, GroupRole.LEAD)));
  }

  private long add(World w, String title, String name, byte[] content) {
    return users.as(
        w.lead(),
        () -> documents.create(w.group(), dc(title), List.of(), new Upload(name, content)));
  }

  private byte[] download(String login, long versionId) {
    return users.as(
        login,
        () -> {
          Download d = documents.open(versionId, "test", false);
          ByteArrayOutputStream out = new ByteArrayOutputStream();
          documents.send(d, out);
          return out.toByteArray();
        });
  }

  @Test
  void anInfectedUploadIsRefusedAndLeavesNothing() {
    World w = world();
    byte[] clean = SampleFiles.pdf("Guide de la médiation sociale");
    long ok = add(w, "Guide sain", "guide.pdf", clean);
    DocumentView page = users.as(w.lead(), () -> documents.page(ok));
    assertFalse(page.versions().get(0).quarantined());
    assertArrayEquals(clean, download(w.lead(), page.versions().get(0).id()));

    long docs = users.count("SELECT COUNT(d) FROM ToolDocument d");
    long blobs = count("SELECT COUNT(*) FROM stored_blob");
    DomainException refused =
        assertThrows(
            DomainException.class,
            () -> add(w, "Fichier piégé", "eicar.txt", ClamdProcess.eicar()));
    assertEquals("upload.infected", refused.messageKey());
    assertEquals("Cohesion.Test.EICAR.UNOFFICIAL", refused.arguments()[0]);
    assertEquals(docs, users.count("SELECT COUNT(d) FROM ToolDocument d"));
    assertEquals(blobs, count("SELECT COUNT(*) FROM stored_blob"));
    // Nor as a new version of a document that exists.
    assertThrows(
        DomainException.class,
        () ->
            users.as(
                w.lead(),
                () ->
                    documents.addVersion(
                        ok, new Upload("eicar.txt", ClamdProcess.eicar()), null, null)));
    assertEquals(1, users.as(w.lead(), () -> documents.page(ok)).versions().size());
  }

  @Test
  void withClamdAwayAFileWaitsInQuarantineAndIsScannedLater() throws Exception {
    World w = world();
    byte[] clean = SampleFiles.pdf("Diagnostic partagé du quartier Volga-Plage");
    byte[] infected = ClamdProcess.eicar();
    long cleanDoc;
    long infectedDoc;
    ClamdProcess.stop(clamd);
    try {
      cleanDoc = add(w, "Diagnostic en attente", "diagnostic.pdf", clean);
      infectedDoc = add(w, "Fichier piégé en attente", "piege.txt", infected);
      DocumentView page = users.as(w.lead(), () -> documents.page(cleanDoc));
      long cleanVersion = page.versions().get(0).id();
      assertTrue(page.versions().get(0).quarantined(), "marked on the page");
      assertEquals("", page.excerpt());
      assertEquals(
          "document.quarantined",
          assertThrows(DomainException.class, () -> download(w.lead(), cleanVersion)).messageKey());
      assertTrue(users.as(w.lead(), () -> documents.preview(cleanVersion)).isEmpty());
      assertFalse(
          documents.forIndex(cleanDoc).orElseThrow().text().contains("Volga"),
          "a file in quarantine is not indexed");
      // A retry while clamd is still away keeps the file and puts the next attempt later.
      scans.scanNext();
      assertTrue(
          count("SELECT scan_attempts FROM document_version WHERE id = ?", cleanVersion) > 0);
      assertEquals(
          1L,
          count(
              "SELECT COUNT(*) FROM document_version WHERE id = ? AND quarantined AND scan_after >"
                  + " NOW(3)",
              cleanVersion));
    } finally {
      ClamdProcess.restart(clamd);
    }
    // Time passes: both are due again, and any node's run scans them.
    update("UPDATE document_version SET scan_after = NULL WHERE quarantined");
    while (scans.scanNext() != VirusScans.Outcome.NONE) {
      // until nothing is due
    }
    DocumentView released = users.as(w.lead(), () -> documents.page(cleanDoc));
    assertFalse(released.versions().get(0).quarantined());
    assertArrayEquals(clean, download(w.lead(), released.versions().get(0).id()));
    assertTrue(documents.forIndex(cleanDoc).orElseThrow().text().contains("Volga"));

    assertThrows(
        NotFoundException.class, () -> users.as(w.lead(), () -> documents.page(infectedDoc)));
    assertEquals(
        0L, count("SELECT COUNT(*) FROM stored_blob WHERE sha256 = ?", BlobStore.sha256(infected)));
    assertEquals(
        0L, count("SELECT COUNT(*) FROM blob_chunk WHERE sha256 = ?", BlobStore.sha256(infected)));
    assertEquals(
        1L,
        users.count(
            "SELECT COUNT(n) FROM Notification n WHERE n.memberId = ?1 AND n.messageKey = ?2",
            users.memberId(w.lead()),
            "notice.document.infected"));
    assertEquals(0L, scans.waiting());
  }

  private long count(String sql, Object... params) {
    try (var c = dataSource.getConnection();
        var ps = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        ps.setObject(i + 1, params[i]);
      }
      try (var rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private void update(String sql) throws java.sql.SQLException {
    try (var c = dataSource.getConnection();
        var ps = c.prepareStatement(sql)) {
      ps.executeUpdate();
    }
  }
}
