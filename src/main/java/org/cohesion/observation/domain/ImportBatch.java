package org.cohesion.observation.domain;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import org.cohesion.network.domain.Member;
import org.cohesion.platform.domain.DomainException;

/**
 * One uploaded file. Staged when it is read (with its gzipped content, so that any node can commit
 * it after the person confirms), committed once in one transaction with its counts, or discarded.
 */
@Entity
@Table(name = "import_batch")
@NamedQuery(
    name = "ImportBatch.listCommitted",
    query =
        "SELECT b FROM ImportBatch b JOIN FETCH b.importedBy WHERE b.status ="
            + " org.cohesion.observation.domain.BatchStatus.COMMITTED ORDER BY b.id DESC")
public class ImportBatch {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private int version;

  @ManyToOne(optional = false)
  @JoinColumn(name = "imported_by", nullable = false, updatable = false)
  private Member importedBy;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "committed_at")
  private Instant committedAt;

  @Column(name = "file_name", nullable = false, length = 255)
  private String fileName;

  @Column(name = "file_bytes", nullable = false)
  private long fileBytes;

  @Enumerated(EnumType.STRING)
  @Column(length = 10)
  private Layout layout;

  /** The longest source line of an import, for the column, the import and its page. */
  public static final int MAX_SOURCE = 200;

  @Column(length = MAX_SOURCE)
  private String source;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private BatchStatus status;

  @Column(name = "rows_total", nullable = false)
  private int rowsTotal;

  @Column(name = "rows_added", nullable = false)
  private int rowsAdded;

  @Column(name = "rows_changed", nullable = false)
  private int rowsChanged;

  @Column(name = "rows_unchanged", nullable = false)
  private int rowsUnchanged;

  @Column(nullable = false)
  private int problems;

  @Lob
  @Basic(fetch = FetchType.LAZY)
  private byte[] content;

  protected ImportBatch() {}

  public ImportBatch(Member by, String fileName, long fileBytes, byte[] gzipped, Instant at) {
    this.importedBy = Objects.requireNonNull(by);
    String name = fileName == null || fileName.isBlank() ? "import.csv" : fileName.strip();
    this.fileName = name.length() > 255 ? name.substring(name.length() - 255) : name;
    this.fileBytes = fileBytes;
    this.content = gzipped;
    this.createdAt = at;
    this.status = BatchStatus.STAGED;
  }

  public void read(Layout layout, int values, int problems) {
    requireStaged();
    this.layout = layout;
    this.rowsTotal = values;
    this.problems = problems;
  }

  public void commit(int added, int changed, int unchanged, String source, Instant at) {
    requireStaged();
    this.rowsAdded = added;
    this.rowsChanged = changed;
    this.rowsUnchanged = unchanged;
    this.rowsTotal = added + changed + unchanged;
    this.source = source;
    this.committedAt = at;
    this.status = BatchStatus.COMMITTED;
    this.content = null;
  }

  public void discard() {
    requireStaged();
    this.status = BatchStatus.DISCARDED;
    this.content = null;
  }

  private void requireStaged() {
    if (status != BatchStatus.STAGED) {
      throw new DomainException("import.notStaged");
    }
  }

  public Long getId() {
    return id;
  }

  public Member getImportedBy() {
    return importedBy;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getCommittedAt() {
    return committedAt;
  }

  public String getFileName() {
    return fileName;
  }

  public long getFileBytes() {
    return fileBytes;
  }

  public Layout getLayout() {
    return layout;
  }

  public String getSource() {
    return source;
  }

  public BatchStatus getStatus() {
    return status;
  }

  public int getRowsTotal() {
    return rowsTotal;
  }

  public int getRowsAdded() {
    return rowsAdded;
  }

  public int getRowsChanged() {
    return rowsChanged;
  }

  public int getRowsUnchanged() {
    return rowsUnchanged;
  }

  public int getProblems() {
    return problems;
  }

  public byte[] getContent() {
    return content;
  }
}
