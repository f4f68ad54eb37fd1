package org.cohesion.tools.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One counted download (who, when, which month): the source of the counts by month. */
@Entity
@Table(name = "document_download")
public class DownloadRecord {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "document_id", nullable = false)
  private long documentId;

  @Column(name = "version_id", nullable = false)
  private long versionId;

  @Column(nullable = false, length = 80)
  private String reader;

  @Column(nullable = false)
  private Instant at;

  @Column(nullable = false, length = 7)
  private String month;

  protected DownloadRecord() {}

  public DownloadRecord(long documentId, long versionId, String reader, Instant at, String month) {
    this.documentId = documentId;
    this.versionId = versionId;
    this.reader = reader;
    this.at = at;
    this.month = month;
  }
}
