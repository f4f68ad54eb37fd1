package org.cohesion.decisions.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One entry of the register, written once and never changed (the database refuses UPDATE and
 * DELETE). Its hash covers its content and the previous entry's hash of the same body; {@link
 * #seal} sets both when the entry takes its place at the end of the chain.
 */
@Entity
@Table(name = "register_entry")
@NamedQuery(
    name = "RegisterEntry.historyOf",
    query = "SELECT e FROM RegisterEntry e WHERE e.decisionNo = :number ORDER BY e.id")
@NamedQuery(
    name = "RegisterEntry.last",
    query = "SELECT e FROM RegisterEntry e WHERE e.bodyId = :bodyId ORDER BY e.chainSeq DESC")
public class RegisterEntry implements Serializable {
  private static final long serialVersionUID = 1L;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "body_id", updatable = false)
  private long bodyId;

  @Column(name = "chain_seq", updatable = false)
  private long chainSeq;

  @Enumerated(EnumType.STRING)
  @Column(updatable = false, length = 20)
  private EntryKind kind;

  @Column(name = "decision_no", updatable = false, length = 40)
  private String decisionNo;

  @Column(name = "corrects_id", updatable = false)
  private Long correctsId;

  @Column(name = "meeting_id", updatable = false)
  private Long meetingId;

  @Column(name = "held_on", updatable = false)
  private LocalDate heldOn;

  @Column(updatable = false, length = 300)
  private String title;

  @Column(updatable = false)
  private String text;

  @Column(name = "decision_type", updatable = false, length = 30)
  private String decisionType;

  @Column(updatable = false)
  private Boolean unanimous;

  @Column(name = "votes_for", updatable = false)
  private Integer votesFor;

  @Column(name = "votes_against", updatable = false)
  private Integer votesAgainst;

  @Column(updatable = false)
  private Integer abstentions;

  @Column(updatable = false, length = 500)
  private String themes;

  @Column(name = "minutes_ref", updatable = false, length = 500)
  private String minutesRef;

  @Column(updatable = false, length = 2000)
  private String documents;

  @Column(name = "public_entry", updatable = false)
  private Boolean publicEntry;

  @Column(name = "responsible_id", updatable = false)
  private Long responsibleId;

  @Column(name = "due_on", updatable = false)
  private LocalDate dueOn;

  @Column(updatable = false, length = 20)
  private String status;

  @Column(updatable = false)
  private String note;

  @Column(name = "recorded_at", updatable = false)
  private long recordedAt;

  @Column(name = "recorded_by", updatable = false)
  private long recordedBy;

  @Column(updatable = false)
  private boolean demo;

  @Column(name = "prev_hash", updatable = false, length = 64)
  private String prevHash;

  @Column(updatable = false, length = 64)
  private String hash;

  protected RegisterEntry() {}

  private RegisterEntry(Decision d, EntryKind kind, long by, Instant at) {
    this.bodyId = d.getBody().getId();
    this.kind = kind;
    this.decisionNo = d.getNumber();
    this.recordedBy = by;
    this.recordedAt = at.toEpochMilli();
    this.demo = d.isDemo();
  }

  /** The decision as taken, or as corrected (then {@code corrects} is the entry it replaces). */
  public static RegisterEntry content(Decision d, RegisterEntry corrects, long by, Instant at) {
    RegisterEntry e =
        new RegisterEntry(d, corrects == null ? EntryKind.RECORDED : EntryKind.CORRECTED, by, at);
    e.correctsId = corrects == null ? null : corrects.getId();
    e.meetingId = d.getMeeting().getId();
    e.heldOn = d.getHeldOn();
    e.title = d.getTitle();
    e.text = d.getText();
    e.decisionType = d.getType().name();
    e.unanimous = d.isUnanimous();
    e.votesFor = d.getVotesFor();
    e.votesAgainst = d.getVotesAgainst();
    e.abstentions = d.getAbstentions();
    e.themes = d.themeList();
    e.minutesRef = d.getMinutesRef();
    e.documents = d.getDocuments();
    e.publicEntry = d.isPublicDecision();
    e.responsibleId = d.getResponsible() == null ? null : d.getResponsible().getId();
    e.dueOn = d.getDueOn();
    e.status = d.getStatus().name();
    return e;
  }

  /** A dated follow-up note. */
  public static RegisterEntry note(Decision d, String note, long by, Instant at) {
    RegisterEntry e = new RegisterEntry(d, EntryKind.NOTE, by, at);
    e.note = Objects.requireNonNull(note);
    return e;
  }

  /** A change of follow-up status (the decision has already moved), with an optional note. */
  public static RegisterEntry status(Decision d, String note, long by, Instant at) {
    RegisterEntry e = new RegisterEntry(d, EntryKind.STATUS, by, at);
    e.status = d.getStatus().name();
    e.note = note;
    return e;
  }

  /** Takes the next place in the body's chain. */
  public RegisterEntry seal(long seq, String previousHash) {
    if (hash != null) {
      throw new IllegalStateException("A register entry is sealed once");
    }
    this.chainSeq = seq;
    this.prevHash = Objects.requireNonNull(previousHash);
    this.hash = RegisterHash.of(previousHash, content());
    return this;
  }

  public EntryContent content() {
    return new EntryContent(
        bodyId,
        chainSeq,
        kind.name(),
        decisionNo,
        correctsId,
        meetingId,
        heldOn,
        title,
        text,
        decisionType,
        unanimous,
        votesFor,
        votesAgainst,
        abstentions,
        themes,
        minutesRef,
        documents,
        publicEntry,
        responsibleId,
        dueOn,
        status,
        note,
        recordedAt,
        recordedBy,
        demo);
  }

  public Long getId() {
    return id;
  }

  public long getBodyId() {
    return bodyId;
  }

  public long getChainSeq() {
    return chainSeq;
  }

  public EntryKind getKind() {
    return kind;
  }

  public String getDecisionNo() {
    return decisionNo;
  }

  public Long getCorrectsId() {
    return correctsId;
  }

  public String getTitle() {
    return title;
  }

  public String getText() {
    return text;
  }

  public String getDecisionType() {
    return decisionType;
  }

  public Boolean getUnanimous() {
    return unanimous;
  }

  public Integer getVotesFor() {
    return votesFor;
  }

  public Integer getVotesAgainst() {
    return votesAgainst;
  }

  public Integer getAbstentions() {
    return abstentions;
  }

  public Long getResponsibleId() {
    return responsibleId;
  }

  public LocalDate getDueOn() {
    return dueOn;
  }

  public String getStatus() {
    return status;
  }

  public String getNote() {
    return note;
  }

  public Instant getRecordedAtInstant() {
    return Instant.ofEpochMilli(recordedAt);
  }

  public long getRecordedBy() {
    return recordedBy;
  }

  public String getPrevHash() {
    return prevHash;
  }

  public String getHash() {
    return hash;
  }
}
