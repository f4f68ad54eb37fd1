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
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import org.cohesion.platform.domain.DomainException;

/**
 * One written part of a sheet, plain text, with its own version: a save names the version it was
 * written from, and a save from an older one is refused with the part's name and the text that won,
 * so that the writer merges it by hand and nothing is lost (each saved text is kept in {@link
 * PartRevision}).
 */
@Entity
@Table(name = "experience_part")
@NamedQuery(
    name = "SheetPart.ofSheet",
    query = "SELECT p FROM SheetPart p WHERE p.sheetId = :sheetId")
@NamedQuery(
    name = "SheetPart.find",
    query = "SELECT p FROM SheetPart p WHERE p.sheetId = :sheetId AND p.part = :part")
public class SheetPart {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private int version;

  @Column(name = "sheet_id", nullable = false)
  private Long sheetId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Part part;

  @Column(nullable = false)
  private String body = "";

  @Column(name = "updated_by")
  private Long updatedBy;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  protected SheetPart() {}

  public SheetPart(long sheetId, Part part, Instant now) {
    this.sheetId = sheetId;
    this.part = Objects.requireNonNull(part, "part");
    this.updatedAt = now;
  }

  /**
   * Writes the text, if the writer started from the version that is stored now; otherwise refuses,
   * naming the part (the page then shows both texts).
   */
  public void write(String text, int fromVersion, long memberId, Instant now) {
    if (fromVersion != version) {
      throw new DomainException("experience.part.conflict", part.labelKey());
    }
    String clean = text == null ? "" : text.strip();
    if (clean.length() > Part.MAX_LENGTH) {
      throw new DomainException("experience.part.tooLong", part.labelKey(), Part.MAX_LENGTH);
    }
    this.body = clean;
    this.updatedBy = memberId;
    this.updatedAt = now;
  }

  public Long getId() {
    return id;
  }

  public int getVersion() {
    return version;
  }

  public Part getPart() {
    return part;
  }

  public String getBody() {
    return body;
  }

  public Long getUpdatedBy() {
    return updatedBy;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }
}
