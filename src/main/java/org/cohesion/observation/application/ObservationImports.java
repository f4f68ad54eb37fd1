package org.cohesion.observation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.cohesion.network.domain.Member;
import org.cohesion.observation.domain.BatchStatus;
import org.cohesion.observation.domain.ImportBatch;
import org.cohesion.observation.domain.ImportCatalogue;
import org.cohesion.observation.domain.IndicatorUnit;
import org.cohesion.observation.domain.ObservationAccess;
import org.cohesion.observation.domain.ObservationFileParser;
import org.cohesion.observation.domain.ParsedFile;
import org.cohesion.observation.domain.ParsedValue;
import org.cohesion.observation.domain.ResolvedValue;
import org.cohesion.observation.domain.UpsertCounts;
import org.cohesion.observation.infrastructure.ObservationStore;
import org.cohesion.platform.audit.AuditLog;
import org.cohesion.platform.domain.DomainException;
import org.cohesion.platform.domain.NotFoundException;
import org.cohesion.platform.security.Caller;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Importing a CSV file of observations, in two steps. {@link #stage} reads the file and keeps it
 * (gzipped, on its batch row) with its report; nothing else is written. {@link #commit} reads it
 * again and, only if the whole file is valid, writes every value in this one transaction (upsert by
 * territory, indicator and period). Staff, administrators and group leads only; a batch is seen by
 * the person who uploaded it and by staff.
 */
@ApplicationScoped
@Transactional
public class ObservationImports {
  private static final Logger LOG = Logger.getLogger(ObservationImports.class.getName());

  @PersistenceContext EntityManager em;
  @Inject ObservationCallers callers;
  @Inject ImportProgress progress;
  @Inject AuditLog audit;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "cohesion.import.max-bytes", defaultValue = "52428800")
  long maxBytes;

  /** Whether the caller may import (for the pages' buttons; the methods check again). */
  public boolean canImport() {
    return callers.require().access().canImport();
  }

  public long maxBytes() {
    return maxBytes;
  }

  /**
   * Reads an uploaded file and keeps it for confirmation. A file refused outright (too large,
   * binary, empty, unreadable header) is not kept: its preview has no batch.
   */
  public ImportPreview stage(String fileName, byte[] bytes) {
    ObservationCallers.Signed signed = callers.requireImporter();
    ParsedFile file = parser().parse(bytes);
    if (file.layout() == null) {
      return ImportPreview.of(null, fileName, file);
    }
    Member me = em.find(Member.class, signed.caller().memberId());
    ImportBatch batch = new ImportBatch(me, fileName, bytes.length, gzip(bytes), clock.instant());
    batch.read(file.layout(), file.values().size(), file.problemCount());
    em.persist(batch);
    em.flush();
    return ImportPreview.of(batch.getId(), batch.getFileName(), file);
  }

  /** The report of a staged file, read again (after an indicator was created, for instance). */
  public ImportPreview preview(long batchId) {
    Caller caller = callers.requireImporter().caller();
    ImportBatch batch = staged(batchId, caller);
    ParsedFile file = parser().parse(gunzip(batch.getContent()));
    batch.read(file.layout(), file.values().size(), file.problemCount());
    return ImportPreview.of(batch.getId(), batch.getFileName(), file);
  }

  /**
   * Writes the whole file in this transaction, or nothing: the file is read again, any problem
   * refuses it, and any failure while writing rolls every value back (the batch stays staged).
   */
  public ImportBatch commit(long batchId, String source) {
    Caller caller = callers.requireImporter().caller();
    ImportBatch batch = staged(batchId, caller);
    ParsedFile file = parser().parse(gunzip(batch.getContent()));
    if (!file.isValid()) {
      throw new DomainException("import.invalid");
    }
    String src = source == null || source.isBlank() ? null : source.strip();
    if (src != null && src.length() > ImportBatch.MAX_SOURCE) {
      src = src.substring(0, ImportBatch.MAX_SOURCE);
    }
    List<ResolvedValue> values = resolve(file, src);
    int total = values.size();
    progress.report(batchId, 0, total, "WRITING");
    UpsertCounts counts;
    try {
      // The persistence context's own connection: the values and the batch row are written in
      // one JTA transaction on one connection, and roll back together.
      Connection c = em.unwrap(Connection.class);
      counts =
          ObservationStore.upsert(
              c, values, batchId, done -> progress.report(batchId, done, total, "WRITING"));
    } catch (SQLException | RuntimeException e) {
      progress.report(batchId, 0, total, "FAILED");
      LOG.log(Level.WARNING, "Import batch " + batchId + " failed; rolled back", e);
      throw new DomainException("import.writeFailed");
    }
    batch.commit(counts.added(), counts.changed(), counts.unchanged(), src, clock.instant());
    audit.record(
        "OBSERVATIONS_IMPORTED",
        "import_batch",
        batchId,
        batch.getFileName()
            + ": +"
            + counts.added()
            + " ~"
            + counts.changed()
            + " ="
            + counts.unchanged());
    progress.report(batchId, total, total, "DONE");
    return batch;
  }

  public void discard(long batchId) {
    Caller caller = callers.requireImporter().caller();
    staged(batchId, caller).discard();
  }

  /** Committed imports, latest first: who imported what, when, and what changed. */
  public List<ImportBatch> history(int max) {
    callers.requireImporter();
    return em.createNamedQuery("ImportBatch.listCommitted", ImportBatch.class)
        .setMaxResults(Math.min(Math.max(1, max), 500))
        .getResultList();
  }

  public Optional<ImportProgress.Status> progress(long batchId) {
    Caller caller = callers.requireImporter().caller();
    ImportBatch batch = em.find(ImportBatch.class, batchId);
    if (batch == null || !ownedOrStaff(batch, caller)) {
      throw new NotFoundException();
    }
    return progress.read(batchId);
  }

  private ImportBatch staged(long batchId, Caller caller) {
    ImportBatch batch = em.find(ImportBatch.class, batchId);
    if (batch == null || !ownedOrStaff(batch, caller)) {
      throw new NotFoundException();
    }
    if (batch.getStatus() != BatchStatus.STAGED) {
      throw new DomainException("import.notStaged");
    }
    return batch;
  }

  private static boolean ownedOrStaff(ImportBatch batch, Caller caller) {
    return batch.getImportedBy().getId().equals(caller.memberId())
        || ObservationAccess.of(caller, false).staff();
  }

  private List<ResolvedValue> resolve(ParsedFile file, String source) {
    Map<String, Long> territories = new HashMap<>();
    for (Object[] row :
        em.createNamedQuery("Territory.listCodes", Object[].class).getResultList()) {
      territories.put((String) row[0], (Long) row[1]);
    }
    Map<String, Long> indicators = new HashMap<>();
    for (Object[] row :
        em.createQuery("SELECT i.code, i.id FROM Indicator i", Object[].class).getResultList()) {
      indicators.put((String) row[0], (Long) row[1]);
    }
    List<ResolvedValue> out = new ArrayList<>(file.values().size());
    for (ParsedValue v : file.values()) {
      Long t = territories.get(v.territoryCode());
      Long i = indicators.get(v.indicatorCode());
      if (t == null || i == null) {
        // Deleted between the check and now: refuse the whole file.
        throw new DomainException("import.invalid");
      }
      out.add(
          new ResolvedValue(
              t, i, v.period(), v.value(), v.status(), v.source() != null ? v.source() : source));
    }
    return out;
  }

  private ObservationFileParser parser() {
    Map<String, IndicatorUnit> units = new HashMap<>();
    for (Object[] row :
        em.createQuery("SELECT i.code, i.unit FROM Indicator i", Object[].class).getResultList()) {
      units.put((String) row[0], (IndicatorUnit) row[1]);
    }
    java.util.Set<String> codes = new java.util.HashSet<>();
    for (Object[] row :
        em.createNamedQuery("Territory.listCodes", Object[].class).getResultList()) {
      codes.add((String) row[0]);
    }
    return new ObservationFileParser(
        new ImportCatalogue() {
          @Override
          public boolean hasTerritory(String code) {
            return codes.contains(code);
          }

          @Override
          public Optional<IndicatorUnit> unitOf(String indicatorCode) {
            return Optional.ofNullable(units.get(indicatorCode));
          }
        },
        maxBytes);
  }

  static byte[] gzip(byte[] bytes) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(64, bytes.length / 4));
    try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
      zip.write(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  static byte[] gunzip(byte[] bytes) {
    if (bytes == null) {
      throw new DomainException("import.notStaged");
    }
    try (GZIPInputStream zip = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
      return zip.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
