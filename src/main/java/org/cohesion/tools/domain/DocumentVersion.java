package org.cohesion.tools.domain;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import org.cohesion.network.domain.Member;
import org.cohesion.platform.domain.DomainException;

/**
 * One version of a document's file: who uploaded it, when and why, its number, an optional name (a
 * named version is kept for ever), the file's address in the store, its extracted text and the
 * preview of its first page. Never changed once written, except for its name, its count and its
 * release from quarantine.
 */
@Entity
@Table(name = "document_version")
public class DocumentVersion implements Serializable {
  private static final long serialVersionUID = 1L;

  public static final int NOTE_MAX = 500;
  public static final int NAME_MAX = 120;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "document_id", nullable = false)
  private ToolDocument document;

  private int number;

  @Column(nullable = false, length = 64)
  private String sha256;

  @Column(name = "file_name", nullable = false, length = 160)
  private String fileName;

  @Column(name = "media_type", nullable = false, length = 120)
  private String mediaType;

  @Column(name = "size_bytes")
  private long size;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "uploaded_by", nullable = false)
  private Member uploadedBy;

  @Column(name = "uploaded_at", nullable = false)
  private Instant uploadedAt;

  @Column(length = NOTE_MAX)
  private String note;

  @Column(length = NAME_MAX)
  private String label;

  private long downloads;

  /** Not yet said clean by the virus scanner: neither downloadable nor indexed. */
  private boolean quarantined;

  @Lob
  @Basic(fetch = FetchType.LAZY)
  @Column(name = "extracted_text")
  private String extractedText;

  @Lob
  @Basic(fetch = FetchType.LAZY)
  @Column(name = "preview_png")
  private byte[] previewPng;

  protected DocumentVersion() {}

  DocumentVersion(
      ToolDocument document,
      int number,
      StoredFile file,
      String note,
      String label,
      Member by,
      Instant at) {
    this.document = document;
    this.number = number;
    this.sha256 = file.sha256();
    this.fileName = file.fileName();
    this.mediaType = file.mediaType();
    this.size = file.size();
    this.extractedText = file.text();
    this.previewPng = file.previewPng();
    this.quarantined = file.quarantined();
    this.note = bounded(note, NOTE_MAX);
    this.label = bounded(label, NAME_MAX);
    this.uploadedBy = by;
    this.uploadedAt = at;
  }

  /** Names the version; a named version is kept for ever, so its name is never taken away. */
  public void name(String name) {
    String n = bounded(name, NAME_MAX);
    if (n == null) {
      throw new DomainException("version.nameRequired");
    }
    if (label != null) {
      throw new DomainException("version.alreadyNamed", label);
    }
    this.label = n;
  }

  public boolean isKeptForEver() {
    return label != null;
  }

  /** The scanner said clean: the file may be downloaded and indexed. */
  public void release() {
    quarantined = false;
  }

  public boolean isQuarantined() {
    return quarantined;
  }

  public void countDownload() {
    downloads++;
  }

  private static String bounded(String value, int max) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String v = value.strip();
    if (v.length() > max) {
      throw new DomainException("field.tooLong");
    }
    return v;
  }

  public Long getId() {
    return id;
  }

  public ToolDocument getDocument() {
    return document;
  }

  public int getNumber() {
    return number;
  }

  public String getSha256() {
    return sha256;
  }

  public String getFileName() {
    return fileName;
  }

  public String getMediaType() {
    return mediaType;
  }

  public long getSize() {
    return size;
  }

  public Member getUploadedBy() {
    return uploadedBy;
  }

  public Instant getUploadedAt() {
    return uploadedAt;
  }

  public String getNote() {
    return note;
  }

  public String getLabel() {
    return label;
  }

  public long getDownloads() {
    return downloads;
  }

  public String getExtractedText() {
    return extractedText;
  }

  public byte[] getPreviewPng() {
    return previewPng == null ? null : previewPng.clone();
  }
}
