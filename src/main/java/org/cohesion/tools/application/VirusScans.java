package org.cohesion.tools.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.cohesion.platform.audit.AuditLog;
import org.cohesion.platform.notification.Notice;
import org.cohesion.platform.notification.Notifications;
import org.cohesion.platform.search.SearchOutbox;
import org.cohesion.tools.domain.DocumentVersion;
import org.cohesion.tools.domain.ToolDocument;
import org.cohesion.tools.infrastructure.Clamd;

/**
 * Scans again the files that wait in quarantine because clamd could not be reached at their upload.
 * Run every minute on every node ({@code ScanJobs}): each file is taken with {@code FOR UPDATE SKIP
 * LOCKED}, so two nodes never scan the same one and a node that stops mid-scan leaves it to the
 * next; the attempt and the time of the next one are on the row, nothing in memory. Clean: the file
 * is released and indexed. Infected: the version goes, with its bytes when no other version shares
 * them, and the document when it had no other version; the uploader is told.
 */
@ApplicationScoped
public class VirusScans {
  private static final Logger LOG = Logger.getLogger(VirusScans.class.getName());

  /** At most this many files a run, a run a minute. */
  static final int BATCH = 20;

  /** The longest wait between two attempts on one file. */
  static final Duration MAX_WAIT = Duration.ofHours(1);

  public enum Outcome {
    NONE,
    CLEAN,
    REMOVED,
    STILL_UNREACHABLE
  }

  @PersistenceContext EntityManager em;
  @Inject VirusScanner scanner;
  @Inject FileStorage storage;
  @Inject SearchOutbox searchOutbox;
  @Inject Notifications notifications;
  @Inject AuditLog audit;
  @Inject Clock clock;

  /** Whether clamd is configured (no retries to run otherwise). */
  public boolean enabled() {
    return scanner.enabled();
  }

  /** Versions still waiting, for the operations page and the tests. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public long waiting() {
    return em.createQuery(
            "SELECT COUNT(v) FROM DocumentVersion v WHERE v.quarantined = TRUE", Long.class)
        .getSingleResult();
  }

  /**
   * Scans the next file due, in a transaction of its own: the row stays locked while clamd reads
   * it, and the outcome commits with the row.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public Outcome scanNext() {
    @SuppressWarnings("unchecked")
    List<Number> due =
        em.createNativeQuery(
                "SELECT id FROM document_version WHERE quarantined = TRUE AND (scan_after IS NULL"
                    + " OR scan_after <= ?1) ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED")
            .setParameter(1, java.sql.Timestamp.from(clock.instant()))
            .getResultList();
    if (due.isEmpty()) {
      return Outcome.NONE;
    }
    DocumentVersion v = em.find(DocumentVersion.class, due.get(0).longValue());
    Clamd.Verdict verdict;
    try {
      Connection c = em.unwrap(Connection.class);
      verdict = scanner.scan(storage.files().read(c, v.getSha256()));
    } catch (IOException | SQLException e) {
      postpone(v.getId());
      LOG.log(Level.INFO, "clamd still unreachable, file kept in quarantine: {0}", e.getMessage());
      return Outcome.STILL_UNREACHABLE;
    }
    ToolDocument doc = v.getDocument();
    if (!verdict.infected()) {
      v.release();
      audit.record("DOCUMENT_SCANNED_CLEAN", "document_version", v.getId(), v.getFileName());
      searchOutbox.changed(DocumentSearchSource.KIND, doc.getId());
      return Outcome.CLEAN;
    }
    remove(doc, v, verdict.signature());
    return Outcome.REMOVED;
  }

  private void postpone(long versionId) {
    // 2, 4, 8… minutes, at most an hour: a long outage does not turn into a scan storm.
    int attempts =
        ((Number)
                em.createNativeQuery("SELECT scan_attempts FROM document_version WHERE id = ?1")
                    .setParameter(1, versionId)
                    .getSingleResult())
            .intValue();
    Duration wait = Duration.ofMinutes(1L << Math.min(attempts + 1, 10));
    if (wait.compareTo(MAX_WAIT) > 0) {
      wait = MAX_WAIT;
    }
    em.createNativeQuery(
            "UPDATE document_version SET scan_attempts = scan_attempts + 1, scan_after = ?1"
                + " WHERE id = ?2")
        .setParameter(1, java.sql.Timestamp.from(clock.instant().plus(wait)))
        .setParameter(2, versionId)
        .executeUpdate();
  }

  private void remove(ToolDocument doc, DocumentVersion v, String signature) {
    String sha = v.getSha256();
    long uploader = v.getUploadedBy().getId();
    String fileName = v.getFileName();
    boolean documentStays = doc.remove(v);
    em.remove(v);
    if (!documentStays) {
      em.remove(doc);
    }
    em.flush();
    try {
      storage.files().deleteIfUnused(em.unwrap(Connection.class), sha);
    } catch (SQLException e) {
      throw new IllegalStateException("Removing an infected file failed", e);
    }
    audit.record("DOCUMENT_INFECTED_REMOVED", "tool_document", doc.getId(), signature);
    searchOutbox.changed(DocumentSearchSource.KIND, doc.getId());
    notifications.send(
        Notice.of(
            "notice.document.infected",
            documentStays ? "/tools/document.xhtml?id=" + doc.getId() : "/tools/index.xhtml",
            fileName,
            doc.getTitle(),
            signature),
        List.of(uploader),
        null);
    LOG.warning(() -> "Infected file removed (" + signature + "): version " + v.getId());
  }
}
