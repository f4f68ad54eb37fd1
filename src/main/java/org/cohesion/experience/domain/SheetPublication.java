package org.cohesion.experience.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A published version of a sheet: its content as it was published (JSON written by the application
 * layer) and the catalogue's facets of that version. The latest one is what readers outside the
 * group see; the earlier ones stay readable.
 */
@Entity
@Table(name = "experience_publication")
@NamedQuery(
    name = "SheetPublication.latestOf",
    query = "SELECT p FROM SheetPublication p WHERE p.sheet.id = :sheetId AND p.latest = TRUE")
@NamedQuery(
    name = "SheetPublication.versionsOf",
    query = "SELECT p FROM SheetPublication p WHERE p.sheet.id = :sheetId ORDER BY p.number DESC")
@NamedQuery(
    name = "SheetPublication.numberOf",
    query = "SELECT p FROM SheetPublication p WHERE p.sheet.id = :sheetId AND p.number = :number")
public class SheetPublication {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "sheet_id", nullable = false)
  private ExperienceSheet sheet;

  @Column(nullable = false)
  private int number;

  @Column(nullable = false)
  private boolean latest;

  @Column(nullable = false)
  private String title;

  private Integer year;

  @Column(name = "territory_id")
  private Long territoryId;

  @Enumerated(EnumType.STRING)
  private TargetPublic audience;

  @Column(nullable = false)
  private String content;

  @Column(name = "published_by", nullable = false)
  private Long publishedBy;

  @Column(name = "published_at", nullable = false)
  private Instant publishedAt;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(
      name = "experience_publication_theme",
      joinColumns = @JoinColumn(name = "publication_id"))
  @Column(name = "concept_id")
  private Set<Long> themeIds = new LinkedHashSet<>();

  protected SheetPublication() {}

  public SheetPublication(
      ExperienceSheet sheet, int number, String content, long publishedBy, Instant at) {
    this.sheet = sheet;
    this.number = number;
    this.latest = true;
    this.title = sheet.getTitle();
    this.year = sheet.getPeriodStart() == null ? null : sheet.getPeriodStart().getYear();
    this.territoryId = sheet.getTerritoryId();
    this.audience = sheet.getAudience();
    this.themeIds = new LinkedHashSet<>(sheet.getThemeIds());
    this.content = content;
    this.publishedBy = publishedBy;
    this.publishedAt = at;
  }

  /** A newer version is published: this one stays readable, no longer the one shown. */
  public void superseded() {
    this.latest = false;
  }

  public Long getId() {
    return id;
  }

  public ExperienceSheet getSheet() {
    return sheet;
  }

  public int getNumber() {
    return number;
  }

  public boolean isLatest() {
    return latest;
  }

  public String getTitle() {
    return title;
  }

  public Integer getYear() {
    return year;
  }

  public Long getTerritoryId() {
    return territoryId;
  }

  public TargetPublic getAudience() {
    return audience;
  }

  public String getContent() {
    return content;
  }

  public Instant getPublishedAt() {
    return publishedAt;
  }

  public Set<Long> getThemeIds() {
    return Set.copyOf(themeIds);
  }
}
