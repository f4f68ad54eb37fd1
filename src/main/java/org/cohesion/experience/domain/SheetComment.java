package org.cohesion.experience.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import org.cohesion.platform.domain.DomainException;

/** A reviewer's comment when returning a sheet, or a reader's question to its authors. */
@Entity
@Table(name = "experience_comment")
@NamedQuery(
    name = "SheetComment.ofSheet",
    query = "SELECT c FROM SheetComment c WHERE c.sheetId = :sheetId ORDER BY c.createdAt, c.id")
public class SheetComment {

  public enum Kind {
    REVIEW,
    QUESTION
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "sheet_id", nullable = false)
  private Long sheetId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Kind kind;

  @Column(name = "author_id", nullable = false)
  private Long authorId;

  @Column(nullable = false)
  private String body;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected SheetComment() {}

  public SheetComment(long sheetId, Kind kind, long authorId, String body, Instant at) {
    if (body == null || body.isBlank()) {
      throw new DomainException("experience.comment.required");
    }
    if (body.strip().length() > ExperienceSheet.MAX_COMMENT) {
      throw new DomainException("experience.comment.tooLong", ExperienceSheet.MAX_COMMENT);
    }
    this.sheetId = sheetId;
    this.kind = kind;
    this.authorId = authorId;
    this.body = body.strip();
    this.createdAt = at;
  }

  public Long getId() {
    return id;
  }

  public Kind getKind() {
    return kind;
  }

  public Long getAuthorId() {
    return authorId;
  }

  public String getBody() {
    return body;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
