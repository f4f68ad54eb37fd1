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
import jakarta.persistence.QueryHint;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import org.cohesion.network.domain.Member;

/** A member's place in a working group, with a role. */
@Entity
@Table(name = "membership")
@NamedQuery(
    name = "Membership.listOfMember",
    query =
        "SELECT ms FROM Membership ms JOIN FETCH ms.member JOIN FETCH ms.group g"
            + " WHERE ms.member.id = :memberId ORDER BY g.name",
    // The groups' themes in the same statement (a JPQL fetch through an alias is not followed).
    hints = @QueryHint(name = "eclipselink.join-fetch", value = "ms.group.theme"))
@NamedQuery(
    name = "Membership.roleOf",
    query =
        "SELECT ms.role FROM Membership ms WHERE ms.group.id = :groupId AND ms.member.id = :memberId")
@NamedQuery(
    name = "Membership.leadCount",
    query =
        "SELECT COUNT(ms) FROM Membership ms WHERE ms.group.id = :groupId"
            + " AND ms.role = org.cohesion.workspace.domain.GroupRole.LEAD")
public class Membership implements Serializable {
  private static final long serialVersionUID = 1L;

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

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private GroupRole role;

  @Column(name = "joined_at", nullable = false)
  private Instant joinedAt = Instant.now();

  protected Membership() {}

  Membership(WorkingGroup group, Member member, GroupRole role) {
    this.group = Objects.requireNonNull(group);
    this.member = Objects.requireNonNull(member);
    this.role = Objects.requireNonNull(role);
  }

  void changeRole(GroupRole role) {
    this.role = Objects.requireNonNull(role);
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

  public GroupRole getRole() {
    return role;
  }

  public Instant getJoinedAt() {
    return joinedAt;
  }
}
