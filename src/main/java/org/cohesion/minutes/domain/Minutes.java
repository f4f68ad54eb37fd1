package org.cohesion.minutes.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.util.Collections;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import org.cohesion.decisions.domain.Meeting;
import org.cohesion.network.domain.Member;
import org.cohesion.platform.domain.DomainException;

/**
 * One edition of the minutes of a meeting, and where it stands: co-written as a draft, submitted
 * for approval, approved and frozen with the fingerprint of its text. A correction of approved
 * minutes is a new edition that {@link #getAmends() amends} it and goes through approval again.
 *
 * <p>The text lives in {@link MinutesRevision}s; {@link #getHead()} is the latest.
 */
@Entity
@Table(name = "minutes")
@NamedQuery(
    name = "Minutes.ofMeeting",
    query = "SELECT m FROM Minutes m WHERE m.meeting.id = :meetingId ORDER BY m.edition DESC")
public class Minutes implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The most text one edition may hold, in characters (about 1 MB). */
  public static final int MAX_CHARACTERS = 1_000_000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private int version;

  @ManyToOne(optional = false)
  @JoinColumn(name = "meeting_id", nullable = false, updatable = false)
  private Meeting meeting;

  @Column(nullable = false, updatable = false)
  private int edition;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private MinutesStatus status = MinutesStatus.DRAFT;

  @ManyToOne
  @JoinColumn(name = "amends_id", updatable = false)
  private Minutes amends;

  @ManyToOne
  @JoinColumn(name = "head_revision_id")
  private MinutesRevision head;

  private int round;

  @Enumerated(EnumType.STRING)
  @Column(name = "approval_rule", length = 30)
  private ApprovalRule approvalRule;

  @Column(name = "submitted_at")
  private Instant submittedAt;

  @ManyToOne
  @JoinColumn(name = "submitted_by")
  private Member submittedBy;

  @Column(name = "returned_comment", columnDefinition = "TEXT")
  private String returnedComment;

  @Column(name = "approved_at")
  private Instant approvedAt;

  @Column(length = 64)
  private String fingerprint;

  /**
   * The approvers of the current round (member ids), recorded at submission: the tally counts
   * against them only, whoever joins or leaves the group or the body afterwards.
   */
  @ElementCollection
  @CollectionTable(name = "minutes_approver", joinColumns = @JoinColumn(name = "minutes_id"))
  @Column(name = "member_id", nullable = false)
  private Set<Long> approvers = new HashSet<>();

  protected Minutes() {}

  private Minutes(Meeting meeting, int edition, Minutes amends) {
    this.meeting = Objects.requireNonNull(meeting);
    this.edition = edition;
    this.amends = amends;
  }

  /** The first edition of a meeting's minutes. */
  public static Minutes firstOf(Meeting meeting) {
    return new Minutes(meeting, 1, null);
  }

  /** A correction of these approved minutes: a new draft edition, starting from their text. */
  public Minutes amend() {
    if (status != MinutesStatus.APPROVED) {
      throw new DomainException("minutes.amend.notApproved");
    }
    return new Minutes(meeting, edition + 1, this);
  }

  /**
   * Writes a new revision as the head. Only a draft is written to, never beyond {@link
   * #MAX_CHARACTERS}, and no section's title beyond {@link Section#MAX_TITLE}.
   */
  public MinutesRevision write(
      MinutesText text,
      Integer basedOn,
      RevisionKind kind,
      Member author,
      Instant at,
      String summary) {
    requireDraft();
    if (text.characters() > MAX_CHARACTERS) {
      throw new DomainException("minutes.tooLarge", MAX_CHARACTERS);
    }
    if (text.sections().stream().anyMatch(s -> s.title().length() > Section.MAX_TITLE)) {
      throw new DomainException("field.tooLong");
    }
    int number = head == null ? 1 : head.getNumber() + 1;
    MinutesRevision revision =
        new MinutesRevision(this, number, basedOn, kind, author, at, summary, text);
    this.head = revision;
    return revision;
  }

  public void requireDraft() {
    if (status != MinutesStatus.DRAFT) {
      throw new DomainException(
          status == MinutesStatus.APPROVED ? "minutes.frozen" : "minutes.submitted.locked");
    }
  }

  /**
   * Stops the editing and opens a new approval round under the given rule, with the approvers the
   * rule finds now; the meeting's plan and attendance are frozen with them.
   */
  public void submit(Member by, Instant at, ApprovalRule rule, Set<Long> approvers) {
    requireDraft();
    if (head == null) {
      throw new DomainException("minutes.empty");
    }
    if (approvers.isEmpty()) {
      throw new DomainException(
          rule == ApprovalRule.ALL_PRESENT ? "minutes.nonepresent" : "minutes.noApprovers");
    }
    this.approvers.clear();
    this.approvers.addAll(approvers);
    meeting.freezeForMinutes();
    this.status = MinutesStatus.SUBMITTED;
    this.approvalRule = Objects.requireNonNull(rule);
    this.round++;
    this.submittedAt = at;
    this.submittedBy = by;
    this.returnedComment = null;
  }

  public void requireSubmitted() {
    if (status != MinutesStatus.SUBMITTED) {
      throw new DomainException("minutes.notSubmitted");
    }
  }

  /** An approver asked for changes: back to draft, with their comments shown to the writers. */
  public void returnToDraft(String comments) {
    requireSubmitted();
    this.status = MinutesStatus.DRAFT;
    this.returnedComment = comments;
    // An amendment returned to draft leaves the approved edition it corrects, and so the meeting,
    // frozen.
    if (amends == null) {
      meeting.reopenForMinutes();
    }
  }

  /** The rule is reached: the text is frozen and fingerprinted. */
  public void approve(Instant at) {
    requireSubmitted();
    this.status = MinutesStatus.APPROVED;
    this.approvedAt = at;
    this.fingerprint = head.getFingerprint();
  }

  public Long getId() {
    return id;
  }

  public int getVersion() {
    return version;
  }

  public Meeting getMeeting() {
    return meeting;
  }

  public int getEdition() {
    return edition;
  }

  public MinutesStatus getStatus() {
    return status;
  }

  public Minutes getAmends() {
    return amends;
  }

  public MinutesRevision getHead() {
    return head;
  }

  public int getRound() {
    return round;
  }

  public ApprovalRule getApprovalRule() {
    return approvalRule;
  }

  public Instant getSubmittedAt() {
    return submittedAt;
  }

  public Member getSubmittedBy() {
    return submittedBy;
  }

  public String getReturnedComment() {
    return returnedComment;
  }

  public Instant getApprovedAt() {
    return approvedAt;
  }

  public String getFingerprint() {
    return fingerprint;
  }

  /** The approvers recorded at the last submission (empty for a draft never submitted). */
  public Set<Long> getApprovers() {
    return Collections.unmodifiableSet(approvers);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Minutes other && id != null && id.equals(other.id);
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(id);
  }
}
