package org.cohesion.workspace.domain;

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
import java.util.Objects;
import org.cohesion.network.domain.Member;
import org.cohesion.platform.domain.DomainException;

/** A member's request to join a network-visible group, which a lead accepts or refuses. */
@Entity
@Table(name = "join_request")
@NamedQuery(
    name = "JoinRequest.listPendingFor",
    query =
        "SELECT r FROM JoinRequest r JOIN FETCH r.member WHERE r.group.id = :groupId AND r.status ="
            + " org.cohesion.workspace.domain.JoinRequest.Status.PENDING ORDER BY r.createdAt")
@NamedQuery(
    name = "JoinRequest.findPending",
    query =
        "SELECT r FROM JoinRequest r WHERE r.group.id = :groupId AND r.member.id = :memberId AND"
            + " r.status = org.cohesion.workspace.domain.JoinRequest.Status.PENDING")
@NamedQuery(
    name = "JoinRequest.listPendingOfMember",
    query =
        "SELECT r.group.id FROM JoinRequest r WHERE r.member.id = :memberId AND r.status ="
            + " org.cohesion.workspace.domain.JoinRequest.Status.PENDING")
public class JoinRequest implements Serializable {
  private static final long serialVersionUID = 1L;

  public static final int MAX_MESSAGE = 1000;

  /** Where the request stands. Only a pending request can change. */
  public enum Status {
    PENDING,
    ACCEPTED,
    REFUSED,
    WITHDRAWN
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private int version;

  @ManyToOne(optional = false)
  @JoinColumn(name = "group_id", nullable = false, updatable = false)
  private WorkingGroup group;

  @ManyToOne(optional = false)
  @JoinColumn(name = "member_id", nullable = false, updatable = false)
  private Member member;

  @Column(length = MAX_MESSAGE)
  private String message;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Status status = Status.PENDING;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt = Instant.now();

  @Column(name = "decided_at")
  private Instant decidedAt;

  @ManyToOne
  @JoinColumn(name = "decided_by")
  private Member decidedBy;

  protected JoinRequest() {}

  JoinRequest(WorkingGroup group, Member member, String message) {
    this.group = Objects.requireNonNull(group);
    this.member = Objects.requireNonNull(member);
    String text = message == null ? null : message.strip();
    if (text != null && text.length() > MAX_MESSAGE) {
      throw new DomainException("field.tooLong");
    }
    this.message = text == null || text.isEmpty() ? null : text;
  }

  /** The lead accepts: the requester becomes a member of the group. */
  public Membership accept(Member lead, Instant at) {
    decide(Status.ACCEPTED, lead, at);
    return group.addMember(member, WorkingGroup.ROLE_ON_JOIN);
  }

  public void refuse(Member lead, Instant at) {
    decide(Status.REFUSED, lead, at);
  }

  public void withdraw(Instant at) {
    decide(Status.WITHDRAWN, member, at);
  }

  private void decide(Status outcome, Member by, Instant at) {
    if (status != Status.PENDING) {
      throw new DomainException("joinRequest.notPending");
    }
    this.status = outcome;
    this.decidedBy = Objects.requireNonNull(by);
    this.decidedAt = Objects.requireNonNull(at);
  }

  public Long getId() {
    return id;
  }

  public WorkingGroup getGroup() {
    return group;
  }

  public Member getMember() {
    return member;
  }

  public String getMessage() {
    return message;
  }

  public Status getStatus() {
    return status;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getDecidedAt() {
    return decidedAt;
  }

  public Member getDecidedBy() {
    return decidedBy;
  }
}
