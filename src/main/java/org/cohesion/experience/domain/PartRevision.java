package org.cohesion.experience.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** A text of a part as it was saved: the part's history, never changed. */
@Entity
@Table(name = "experience_part_revision")
@NamedQuery(
    name = "PartRevision.ofPart",
    query = "SELECT r FROM PartRevision r WHERE r.partId = :partId ORDER BY r.number DESC")
public class PartRevision {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "part_id", nullable = false)
  private Long partId;

  @Column(nullable = false)
  private int number;

  @Column(nullable = false)
  private String body;

  @Column(name = "saved_by", nullable = false)
  private Long savedBy;

  @Column(name = "saved_at", nullable = false)
  private Instant savedAt;

  protected PartRevision() {}

  /** Made after the part's save is flushed: its number is the part's version. */
  public PartRevision(SheetPart part, long savedBy) {
    this.partId = part.getId();
    this.number = part.getVersion();
    this.body = part.getBody();
    this.savedBy = savedBy;
    this.savedAt = part.getUpdatedAt();
  }

  public int getNumber() {
    return number;
  }

  public String getBody() {
    return body;
  }

  public Long getSavedBy() {
    return savedBy;
  }

  public Instant getSavedAt() {
    return savedAt;
  }
}
