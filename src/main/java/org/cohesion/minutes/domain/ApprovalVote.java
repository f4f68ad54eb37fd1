package org.cohesion.minutes.domain;

import jakarta.persistence.Column;
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
import org.cohesion.network.domain.Member;
import org.cohesion.platform.domain.DomainException;

/** An approver's vote in one approval round; they may change it until the round ends. */
@Entity
@Table(name = "minutes_vote")
@NamedQuery(
    name = "ApprovalVote.ofRound",
    query =
        "SELECT v FROM ApprovalVote v JOIN FETCH v.member WHERE v.minutes.id = :minutesId"
            + " AND v.round = :round ORDER BY v.votedAt, v.id")
public class ApprovalVote implements Serializable {
  private static final long serialVersionUID = 1L;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private int version;

  @ManyToOne(optional = false)
  @JoinColumn(name = "minutes_id", nullable = false, updatable = false)
  private Minutes minutes;

  @Column(nullable = false, updatable = false)
  private int round;

  @ManyToOne(optional = false)
  @JoinColumn(name = "member_id", nullable = false, updatable = false)
  private Member member;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private VoteChoice choice;

  @Column(length = MAX_COMMENT)
  private String comment;

  @Column(name = "voted_at", nullable = false)
  private Instant votedAt;

  /** The longest comment on a vote, for the check here and the minutes page's field. */
  public static final int MAX_COMMENT = 2000;

  protected ApprovalVote() {}

  public ApprovalVote(Minutes minutes, Member member) {
    this.minutes = minutes;
    this.round = minutes.getRound();
    this.member = member;
  }

  public void cast(VoteChoice choice, String comment, Instant at) {
    if (choice == null) {
      throw new DomainException("minutes.vote.choiceRequired");
    }
    if (comment != null && comment.strip().length() > MAX_COMMENT) {
      throw new DomainException("field.tooLong");
    }
    this.choice = choice;
    this.comment = comment == null || comment.isBlank() ? null : comment.strip();
    this.votedAt = at;
  }

  public Long getId() {
    return id;
  }

  public int getRound() {
    return round;
  }

  public Member getMember() {
    return member;
  }

  public VoteChoice getChoice() {
    return choice;
  }

  public String getComment() {
    return comment;
  }

  public Instant getVotedAt() {
    return votedAt;
  }
}
