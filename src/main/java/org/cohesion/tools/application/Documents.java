package org.cohesion.tools.application;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.cohesion.network.domain.Member;
import org.cohesion.platform.audit.AuditLog;
import org.cohesion.platform.domain.AccessDeniedException;
import org.cohesion.platform.domain.Constraints;
import org.cohesion.platform.domain.DomainException;
import org.cohesion.platform.domain.NotFoundException;
import org.cohesion.platform.persistence.Database;
import org.cohesion.platform.search.SearchOutbox;
import org.cohesion.platform.security.Caller;
import org.cohesion.platform.security.Guard;
import org.cohesion.tools.domain.Concept;
import org.cohesion.tools.domain.DocumentAccess;
import org.cohesion.tools.domain.DocumentVersion;
import org.cohesion.tools.domain.DownloadRecord;
import org.cohesion.tools.domain.DublinCore;
import org.cohesion.tools.domain.FileInspector;
import org.cohesion.tools.domain.StoredFile;
import org.cohesion.tools.domain.TextExtractor;
import org.cohesion.tools.domain.ToolDocument;
import org.cohesion.tools.infrastructure.Clamd;
import org.cohesion.workspace.application.GroupAccessLookup;
import org.cohesion.workspace.domain.GroupAccess;
import org.cohesion.workspace.domain.WorkingGroup;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The documents of the groups' tools and of the network library. Every public method finds who is
 * calling and decides with {@link DocumentAccess} for the very document (or group) it touches: a
 * document the caller may not read does not exist for them (404), whatever id they send. Each
 * change is one transaction: a refused or failed upload writes nothing, not even its bytes.
 */
@ApplicationScoped
public class Documents {

  /** A reader's downloads of one version closer than this count once. */
  static final long RECOUNT_SECONDS = 30;

  private static final java.util.logging.Logger LOG =
      java.util.logging.Logger.getLogger(Documents.class.getName());

  private static final DateTimeFormatter MONTH =
      DateTimeFormatter.ofPattern("yyyy-MM", Locale.ROOT).withZone(ZoneId.of("America/Martinique"));

  @PersistenceContext EntityManager em;
  @Inject SearchOutbox searchOutbox;

  @Resource(lookup = Database.JNDI_NAME)
  DataSource dataSource;

  @Inject Guard guard;
  @Inject GroupAccessLookup groups;
  @Inject Thesaurus thesaurus;
  @Inject Extraction extraction;
  @Inject AuditLog audit;
  @Inject Clock clock;
  @Inject Validator validator;
  @Inject VirusScanner scanner;
  @Inject FileStorage storage;

  @Inject
  @ConfigProperty(name = "cohesion.tools.max-upload-bytes", defaultValue = "20971520")
  long maxUploadBytes;

  /**
   * How many unnamed versions of a document are kept, the latest included; older unnamed ones are
   * pruned when a version is added. Named versions are never pruned.
   */
  @Inject
  @ConfigProperty(name = "cohesion.tools.unnamed-versions-kept", defaultValue = "10")
  int unnamedVersionsKept;

  public long maxUploadBytes() {
    return maxUploadBytes;
  }

  /** The network library: every document not kept to a group that the caller may read. */
  @Transactional(TxType.SUPPORTS)
  public ToolsView library() {
    Caller caller = guard.requireSignedIn();
    List<DocumentRow> rows =
        readable(
            caller,
            em.createNamedQuery("ToolDocument.listLibrary", ToolDocument.class)
                .setMaxResults(500)
                .getResultList());
    return new ToolsView(
        null, null, null, rows, mostDownloaded(caller), DocumentAccess.canAdd(caller, null), false);
  }

  /**
   * Of these documents, those the caller may read, by title: a read-only look-up for a feature that
   * links to documents (an experience sheet's attachments), which must show each reader only what
   * this service would let them open.
   */
  @Transactional(TxType.SUPPORTS)
  public List<DocumentRow> readableAmong(Collection<Long> ids) {
    Caller caller = guard.requireSignedIn();
    if (ids == null || ids.isEmpty()) {
      return List.of();
    }
    // Unlike the library's lists, these ids may name group-only documents (a sheet's attachments,
    // at most ExperienceSheet.MAX_ATTACHMENTS): the caller's role is read once per group among
    // them.
    Map<Long, GroupAccess> roles = new HashMap<>();
    return em
        .createQuery("SELECT d FROM ToolDocument d WHERE d.id IN :ids", ToolDocument.class)
        .setParameter("ids", ids)
        .getResultList()
        .stream()
        .filter(
            d -> {
              GroupAccess group =
                  d.getGroup() == null || !caller.isAuthenticated()
                      ? null
                      : roles.computeIfAbsent(
                          d.getGroup().getId(), g -> groups.of(d.getGroup(), caller));
              return DocumentAccess.of(caller, d.getConfidentiality(), group).canRead();
            })
        .map(this::row)
        .sorted(Comparator.comparing(DocumentRow::title))
        .toList();
  }

  /** A group's « Outils méthodologiques »: what the caller may read of it. */
  @Transactional(TxType.SUPPORTS)
  public ToolsView ofGroup(long groupId) {
    Caller caller = guard.requireSignedIn();
    WorkingGroup group = em.find(WorkingGroup.class, groupId);
    if (group == null) {
      throw new NotFoundException();
    }
    GroupAccess access = groups.of(group, caller);
    if (!access.canSee()) {
      throw new NotFoundException();
    }
    List<ToolDocument> docs =
        em.createNamedQuery("ToolDocument.listOfGroup", ToolDocument.class)
            .setParameter("groupId", groupId)
            .getResultList();
    List<DocumentRow> rows =
        docs.stream()
            .filter(d -> DocumentAccess.of(caller, d.getConfidentiality(), access).canRead())
            .map(this::row)
            .toList();
    List<DocumentRow> top =
        rows.stream()
            .filter(r -> r.downloads() > 0)
            .sorted(Comparator.comparingLong(DocumentRow::downloads).reversed())
            .limit(5)
            .toList();
    return new ToolsView(
        groupId,
        group.getSlug(),
        group.getName(),
        rows,
        top,
        DocumentAccess.canAdd(caller, access),
        true);
  }

  /** Adds a document with its first file, to a group's tools or (group null) to the library. */
  @Transactional
  public long create(Long groupId, DublinCore metadata, List<Long> subjectIds, Upload upload) {
    Caller caller = guard.requireSignedIn();
    Constraints.check(validator, metadata);
    WorkingGroup group = groupToAddTo(caller, groupId);
    StoredFile file = store(upload);
    Member me = me(caller);
    ToolDocument doc = new ToolDocument(group, metadata, me, clock.instant());
    doc.tag(thesaurus.concepts(subjectIds == null ? List.of() : subjectIds));
    doc.addVersion(file, null, null, me, clock.instant());
    em.persist(doc);
    em.flush();
    audit.record("DOCUMENT_ADDED", "tool_document", doc.getId(), doc.getTitle());
    searchOutbox.changed(DocumentSearchSource.KIND, doc.getId());
    return doc.getId();
  }

  /**
   * Catalogues a paper item, without a file, by its shelf mark: in a group's tools or (group null)
   * in the library, by whoever may add a document there.
   */
  @Transactional
  public long createPaper(
      Long groupId, DublinCore metadata, List<Long> subjectIds, String shelfMark) {
    Caller caller = guard.requireSignedIn();
    Constraints.check(validator, metadata);
    WorkingGroup group = groupToAddTo(caller, groupId);
    ToolDocument doc = ToolDocument.paper(group, metadata, shelfMark, me(caller), clock.instant());
    doc.tag(thesaurus.concepts(subjectIds == null ? List.of() : subjectIds));
    em.persist(doc);
    em.flush();
    audit.record("PAPER_ITEM_ADDED", "tool_document", doc.getId(), doc.getShelfMark());
    searchOutbox.changed(DocumentSearchSource.KIND, doc.getId());
    return doc.getId();
  }

  private WorkingGroup groupToAddTo(Caller caller, Long groupId) {
    WorkingGroup group = null;
    GroupAccess access = null;
    if (groupId != null) {
      group = em.find(WorkingGroup.class, groupId);
      if (group == null) {
        throw new NotFoundException();
      }
      access = groups.of(group, caller);
      if (!access.canSee()) {
        throw new NotFoundException();
      }
    }
    if (!DocumentAccess.canAdd(caller, access)) {
      throw new AccessDeniedException();
    }
    return group;
  }

  /**
   * Adds a new version. The document's row is locked first, so two uploads at once are numbered one
   * after the other and both kept.
   */
  @Transactional
  public long addVersion(long documentId, Upload upload, String note, String name) {
    Caller caller = guard.requireSignedIn();
    ToolDocument doc = em.find(ToolDocument.class, documentId, LockModeType.PESSIMISTIC_WRITE);
    requireChange(caller, doc);
    StoredFile file = store(upload);
    DocumentVersion v = doc.addVersion(file, note, name, me(caller), clock.instant());
    em.flush();
    audit.record("DOCUMENT_VERSION_ADDED", "tool_document", documentId, "version " + v.getNumber());
    prune(doc);
    searchOutbox.changed(DocumentSearchSource.KIND, documentId);
    return v.getId();
  }

  /**
   * Drops the unnamed versions past the newest {@link #unnamedVersionsKept}, in the transaction
   * that added one (the document's row is locked), with their bytes when no other version shares
   * them. Their counted downloads stay in the document's counts.
   */
  private void prune(ToolDocument doc) {
    List<DocumentVersion> old = doc.prunable(Math.max(unnamedVersionsKept, 1));
    if (old.isEmpty()) {
      return;
    }
    for (DocumentVersion v : old) {
      doc.remove(v);
      em.remove(v);
    }
    em.flush();
    Connection c = em.unwrap(Connection.class);
    try {
      for (String sha : old.stream().map(DocumentVersion::getSha256).distinct().toList()) {
        storage.files().deleteIfUnused(c, sha);
      }
    } catch (SQLException e) {
      throw new UncheckedIOException(new IOException("Pruning old versions failed", e));
    }
    audit.record(
        "DOCUMENT_VERSIONS_PRUNED",
        "tool_document",
        doc.getId(),
        old.stream().map(v -> Integer.toString(v.getNumber())).toList().toString());
  }

  /** Changes a document's description and subjects. */
  @Transactional
  public void describe(long documentId, DublinCore metadata, List<Long> subjectIds) {
    Caller caller = guard.requireSignedIn();
    Constraints.check(validator, metadata);
    ToolDocument doc = em.find(ToolDocument.class, documentId);
    requireChange(caller, doc);
    doc.describe(metadata);
    doc.tag(thesaurus.concepts(subjectIds == null ? List.of() : subjectIds));
    audit.record("DOCUMENT_DESCRIBED", "tool_document", documentId, doc.getTitle());
    searchOutbox.changed(DocumentSearchSource.KIND, documentId);
  }

  /** Names a version, which keeps it for ever. */
  @Transactional
  public void nameVersion(long versionId, String name) {
    Caller caller = guard.requireSignedIn();
    DocumentVersion v = em.find(DocumentVersion.class, versionId);
    if (v == null) {
      throw new NotFoundException();
    }
    requireChange(caller, v.getDocument());
    v.name(name);
    audit.record("DOCUMENT_VERSION_NAMED", "document_version", versionId, name);
  }

  /** The document page, for whoever may read it. */
  @Transactional
  public DocumentView page(long documentId) {
    return page(documentId, Locale.FRENCH);
  }

  /**
   * The document page, for whoever may read it, its subjects named in {@code locale}. In one
   * transaction, as {@code MinutesApproval.reading}: one persistence context for the document, its
   * versions' lazy text and preview, and who uploaded them.
   */
  @Transactional
  public DocumentView page(long documentId, Locale locale) {
    Caller caller = guard.caller();
    ToolDocument doc = em.find(ToolDocument.class, documentId);
    DocumentAccess access = requireRead(caller, doc);
    List<DocumentView.VersionRow> versions =
        doc.getVersions().stream()
            .map(
                v ->
                    new DocumentView.VersionRow(
                        v.getId(),
                        v.getNumber(),
                        v.getFileName(),
                        v.getMediaType(),
                        v.getSize(),
                        v.getUploadedBy().getFullName(),
                        v.getUploadedAt(),
                        v.getNote(),
                        v.getLabel(),
                        v.getDownloads(),
                        v.isQuarantined()))
            .toList();
    List<DocumentView.MonthCount> months =
        em.createQuery(
                "SELECT d.month, COUNT(d) FROM DownloadRecord d WHERE d.documentId = :id GROUP BY"
                    + " d.month ORDER BY d.month DESC",
                Object[].class)
            .setParameter("id", documentId)
            .setMaxResults(24)
            .getResultStream()
            .map(r -> new DocumentView.MonthCount((String) r[0], (Long) r[1]))
            .toList();
    Optional<DocumentVersion> latest = doc.latestClean();
    return new DocumentView(
        doc.getId(),
        doc.getGroup() == null ? null : doc.getGroup().getId(),
        doc.getGroup() == null ? null : doc.getGroup().getName(),
        doc.metadata(),
        doc.getSubjects().stream()
            .map(c -> new ConceptChoice(c.getId(), c.label(locale)))
            .sorted(Comparator.comparing(ConceptChoice::label))
            .toList(),
        versions,
        months,
        doc.getDownloads(),
        latest.map(v -> TextExtractor.excerpt(v.getExtractedText())).orElse(""),
        latest.map(v -> v.getPreviewPng() != null).orElse(false),
        latest.map(DocumentVersion::getId).orElse(null),
        access.canChange(),
        doc.getShelfMark());
  }

  /**
   * Allows a download of a version and counts it: once per reader and version within {@link
   * #RECOUNT_SECONDS}, never for robots. The version's row is locked while counting, so two nodes
   * do not both count the same reader's double click.
   *
   * @param reader who downloads: {@code m:<member id>} or, for anyone not signed in, a hash of
   *     their address ({@link #anonymousReader})
   */
  @Transactional
  public Download open(long versionId, String anonymousReader, boolean robot) {
    Caller caller = guard.caller();
    DocumentVersion v = em.find(DocumentVersion.class, versionId, LockModeType.PESSIMISTIC_WRITE);
    if (v == null) {
      throw new NotFoundException();
    }
    requireRead(caller, v.getDocument());
    if (v.isQuarantined()) {
      throw new DomainException("document.quarantined");
    }
    String reader = caller.isAuthenticated() ? "m:" + caller.memberId() : "a:" + anonymousReader;
    if (!robot) {
      count(v, reader);
    }
    return new Download(v.getFileName(), v.getMediaType(), v.getSize(), v.getSha256());
  }

  private void count(DocumentVersion v, String reader) {
    Instant now = clock.instant();
    long recent =
        em.createQuery(
                "SELECT COUNT(d) FROM DownloadRecord d WHERE d.versionId = :v AND d.reader = :r"
                    + " AND d.at > :since",
                Long.class)
            .setParameter("v", v.getId())
            .setParameter("r", reader)
            .setParameter("since", now.minusSeconds(RECOUNT_SECONDS))
            .getSingleResult();
    if (recent > 0) {
      return;
    }
    em.persist(
        new DownloadRecord(v.getDocument().getId(), v.getId(), reader, now, MONTH.format(now)));
    v.countDownload();
    // A bulk update, not the entity: concurrent downloads of two versions must not collide on the
    // document's optimistic version.
    em.createQuery("UPDATE ToolDocument d SET d.downloads = d.downloads + 1 WHERE d.id = :id")
        .setParameter("id", v.getDocument().getId())
        .executeUpdate();
  }

  /**
   * Writes the bytes of an allowed download, on a pooled connection of its own outside any
   * transaction: a slow reader holds no lock and no transaction open.
   */
  @Transactional(TxType.NOT_SUPPORTED)
  public void send(Download download, OutputStream out) throws IOException {
    try (Connection c = dataSource.getConnection()) {
      storage.files().copy(c, download.sha256(), out);
    } catch (SQLException e) {
      throw new IOException(e);
    } catch (org.cohesion.tools.infrastructure.S3Store.MissingObjectException e) {
      LOG.warning(() -> "A stored file cannot be read: " + e.getMessage());
      throw new FileUnavailableException(e.getMessage(), e);
    }
  }

  /** The preview of a version's first page (a PNG), for whoever may read it; never counted. */
  @Transactional
  public Optional<byte[]> preview(long versionId) {
    DocumentVersion v = em.find(DocumentVersion.class, versionId);
    if (v == null) {
      throw new NotFoundException();
    }
    requireRead(guard.caller(), v.getDocument());
    return v.isQuarantined() ? Optional.empty() : Optional.ofNullable(v.getPreviewPng());
  }

  /** The most downloaded documents the caller may read, outside groups' private tools. */
  private List<DocumentRow> mostDownloaded(Caller caller) {
    return readable(
            caller,
            em.createNamedQuery("ToolDocument.mostDownloaded", ToolDocument.class)
                .setMaxResults(10)
                .getResultList())
        .stream()
        .limit(5)
        .toList();
  }

  // --- for the search index (the lead plugs these into platform.search's interface) ---

  /**
   * What the search index needs of every document, in id order from {@code afterId} (exclusive), at
   * most {@code max}: for a rebuild, page after page. The index keeps each document's
   * confidentiality and group, and filters by the reader's rights at query time. Called by the
   * indexer, not by a page: it answers every document, whoever calls.
   */
  @Transactional
  public List<IndexedDocument> forIndex(long afterId, int max) {
    return em.createQuery(
            "SELECT d FROM ToolDocument d WHERE d.id > :after ORDER BY d.id", ToolDocument.class)
        .setParameter("after", afterId)
        .setMaxResults(Math.min(Math.max(max, 1), 1000))
        .getResultStream()
        .map(Documents::indexed)
        .toList();
  }

  /** One document for the index (after a change), empty if it no longer exists. */
  @Transactional
  public Optional<IndexedDocument> forIndex(long documentId) {
    return Optional.ofNullable(em.find(ToolDocument.class, documentId)).map(Documents::indexed);
  }

  private static IndexedDocument indexed(ToolDocument d) {
    List<Concept> subjects =
        d.getSubjects().stream().sorted(Comparator.comparing(Concept::getId)).toList();
    int year =
        d.getIssued() != null
            ? d.getIssued().getYear()
            : d.getCreatedAt().atZone(ZoneId.of("America/Martinique")).getYear();
    return new IndexedDocument(
        d.getId(),
        d.getTitle(),
        d.metadata().description(),
        // A paper item has no file: its shelf mark is its text, so the mark finds it. A file in
        // quarantine is not indexed: the newest clean version's text.
        d.latestClean()
            .map(DocumentVersion::getExtractedText)
            .orElse(d.isPaper() ? d.getShelfMark() : ""),
        subjects.stream().map(Concept::getId).toList(),
        subjects.stream()
            .flatMap(
                c ->
                    c.getPrefEn() == null
                        ? java.util.stream.Stream.of(c.getPrefFr())
                        : java.util.stream.Stream.of(c.getPrefFr(), c.getPrefEn()))
            .toList(),
        d.getType(),
        d.getTerritories() == null
            ? List.of()
            : Arrays.stream(d.getTerritories().split("[,;]"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList(),
        year,
        d.getGroup() == null ? null : d.getGroup().getId(),
        d.getGroup() == null ? null : d.getGroup().getName(),
        d.getConfidentiality(),
        "/tools/document.xhtml?id=" + d.getId());
  }

  // --- rules ---

  private StoredFile store(Upload upload) {
    if (upload == null || upload.content() == null) {
      throw new DomainException("upload.empty");
    }
    FileInspector.Inspection inspection =
        FileInspector.inspect(upload.content(), upload.name(), maxUploadBytes);
    boolean quarantined = quarantine(upload.content());
    Extraction.Extracted extracted = extraction.of(upload.content(), inspection.mediaType());
    String sha;
    try {
      // The transaction's own connection: in MariaDB the bytes commit or roll back with the
      // document; in S3 the object is written before the commit (FileStore).
      sha = storage.files().put(em.unwrap(Connection.class), upload.content());
    } catch (SQLException e) {
      throw new UncheckedIOException(new IOException("Storing the file failed", e));
    } catch (IOException e) {
      // The bucket did not take it: the transaction rolls back, nothing of the upload is kept.
      LOG.warning(() -> "The file store refused an upload: " + e.getMessage());
      throw new DomainException("upload.store-unavailable");
    }
    return new StoredFile(
        sha,
        inspection.safeName(),
        inspection.mediaType(),
        upload.content().length,
        extracted.text(),
        extracted.previewPng(),
        quarantined);
  }

  /**
   * Whether a new file goes to quarantine: when clamd is configured, an infected file is refused
   * here (the transaction rolls back: nothing of it is written) and a file clamd could not scan
   * waits for {@link VirusScans} to ask again.
   */
  private boolean quarantine(byte[] content) {
    if (!scanner.enabled()) {
      return false;
    }
    try {
      Clamd.Verdict verdict = scanner.scan(content);
      if (verdict.infected()) {
        LOG.warning(() -> "Upload refused, clamd found " + verdict.signature());
        throw new DomainException("upload.infected", verdict.signature());
      }
      return false;
    } catch (IOException e) {
      LOG.warning(() -> "clamd unreachable, the file waits in quarantine: " + e.getMessage());
      return true;
    }
  }

  /** For {@link Loans}: the same rule as every read here (404 for a document one may not read). */
  DocumentAccess requireReadable(Caller caller, ToolDocument doc) {
    return requireRead(caller, doc);
  }

  private DocumentAccess requireRead(Caller caller, ToolDocument doc) {
    if (doc == null) {
      throw new NotFoundException();
    }
    DocumentAccess access = access(caller, doc);
    if (!access.canRead()) {
      if (!caller.isAuthenticated()) {
        throw new org.cohesion.platform.security.AuthenticationRequiredException();
      }
      throw new NotFoundException();
    }
    return access;
  }

  private void requireChange(Caller caller, ToolDocument doc) {
    DocumentAccess access = requireRead(caller, doc);
    if (!access.canChange()) {
      throw new AccessDeniedException();
    }
  }

  private DocumentAccess access(Caller caller, ToolDocument doc) {
    GroupAccess group =
        doc.getGroup() == null || !caller.isAuthenticated()
            ? null
            : groups.of(doc.getGroup(), caller);
    return DocumentAccess.of(caller, doc.getConfidentiality(), group);
  }

  /**
   * The documents of a library list the caller may read. Those lists never hold a document kept to
   * its group (their queries leave them out), so the caller's role in a group is never read here:
   * no statement per row. A group-only document that came through anyway would be refused, as
   * {@link DocumentAccess} refuses it without a group.
   */
  private List<DocumentRow> readable(Caller caller, List<ToolDocument> docs) {
    return docs.stream()
        .filter(d -> DocumentAccess.of(caller, d.getConfidentiality(), null).canRead())
        .map(this::row)
        .toList();
  }

  private DocumentRow row(ToolDocument d) {
    return new DocumentRow(
        d.getId(),
        d.getTitle(),
        d.getType(),
        d.getConfidentiality(),
        d.getGroup() == null ? null : d.getGroup().getName(),
        d.getCreatedAt(),
        d.getDownloads(),
        d.getShelfMark());
  }

  private Member me(Caller caller) {
    return em.find(Member.class, caller.memberId());
  }
}
