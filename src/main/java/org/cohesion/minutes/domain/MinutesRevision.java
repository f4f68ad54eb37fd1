package org.cohesion.minutes.domain;

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
import java.io.Serializable;
import java.time.Instant;
import org.cohesion.network.domain.Member;

/**
 * One saved state of the minutes, written once and never changed: who saved it, when, why, from
 * which revision they started, and the whole text (as {@link MinutesText#toJson()}).
 */
@Entity
@Table(name = "minutes_revision")
@NamedQuery(
    name = "MinutesRevision.find",
    query =
        "SELECT r FROM MinutesRevision r WHERE r.minutes.id = :minutesId AND r.number = :number")
@NamedQuery(
    name = "MinutesRevision.history",
    query =
        "SELECT NEW org.cohesion.minutes.domain.RevisionSummary(r.number, r.basedOn, r.kind,"
            + " a.fullName, r.createdAt, r.summary, r.characters, r.fingerprint)"
            + " FROM MinutesRevision r JOIN r.author a WHERE r.minutes.id = :minutesId"
            + " ORDER BY r.number DESC")
public class MinutesRevision implements Serializable {
  private static final long serialVersionUID = 1L;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "minutes_id", nullable = false, updatable = false)
  private Minutes minutes;

  @Column(nullable = false, updatable = false)
  private int number;

  @Column(name = "based_on", updatable = false)
  private Integer basedOn;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20, updatable = false)
  private RevisionKind kind;

  @ManyToOne(optional = false)
  @JoinColumn(name = "author_id", nullable = false, updatable = false)
  private Member author;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  /** The longest "what changed" line, for the column, the cut here and the editor's field. */
  public static final int MAX_SUMMARY = 300;

  @Column(length = MAX_SUMMARY, updatable = false)
  private String summary;

  @Column(nullable = false, updatable = false)
  private int characters;

  @Column(nullable = false, length = 64, updatable = false)
  private String fingerprint;

  @Lob
  @Basic(fetch = FetchType.LAZY)
  @Column(nullable = false, updatable = false, columnDefinition = "MEDIUMTEXT")
  private String content;

  private transient MinutesText text;

  protected MinutesRevision() {}

  MinutesRevision(
      Minutes minutes,
      int number,
      Integer basedOn,
      RevisionKind kind,
      Member author,
      Instant at,
      String summary,
      MinutesText text) {
    this.minutes = minutes;
    this.number = number;
    this.basedOn = basedOn;
    this.kind = kind;
    this.author = author;
    this.createdAt = at;
    this.summary =
        summary == null || summary.isBlank()
            ? null
            : summary.strip().substring(0, Math.min(MAX_SUMMARY, summary.strip().length()));
    this.characters = text.characters();
    this.fingerprint = text.fingerprint();
    this.content = text.toJson();
    this.text = text;
  }

  public MinutesText text() {
    if (text == null) {
      text = MinutesText.fromJson(content);
    }
    return text;
  }

  public Long getId() {
    return id;
  }

  public Minutes getMinutes() {
    return minutes;
  }

  public int getNumber() {
    return number;
  }

  public Integer getBasedOn() {
    return basedOn;
  }

  public RevisionKind getKind() {
    return kind;
  }

  public Member getAuthor() {
    return author;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public String getSummary() {
    return summary;
  }

  public int getCharacters() {
    return characters;
  }

  public String getFingerprint() {
    return fingerprint;
  }
}
