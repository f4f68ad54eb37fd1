package org.cohesion.workspace.domain;

import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.QueryHint;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.cohesion.network.domain.Member;
import org.cohesion.network.domain.Theme;
import org.cohesion.platform.domain.DomainException;
import org.cohesion.platform.domain.Slugs;

/**
 * A working group's shared workspace: its identity (name, slug, theme), who may see it, and who
 * belongs to it with which role. The rules on membership live here, so no page can bypass them.
 */
@Entity
@Table(name = "working_group")
@NamedQuery(
    name = "WorkingGroup.findBySlug",
    query = "SELECT g FROM WorkingGroup g JOIN FETCH g.theme WHERE g.slug = :slug")
@NamedQuery(
    name = "WorkingGroup.countBySlugOrName",
    query =
        "SELECT COUNT(g) FROM WorkingGroup g WHERE (g.slug = :slug OR LOWER(g.name) = LOWER(:name))"
            + " AND g.id <> :id")
@NamedQuery(
    name = "WorkingGroup.listVisibleTo",
    query =
        "SELECT g FROM WorkingGroup g JOIN FETCH g.theme WHERE g.visibility ="
            + " org.cohesion.workspace.domain.Visibility.NETWORK OR EXISTS (SELECT ms FROM"
            + " Membership ms WHERE ms.group = g AND ms.member.id = :memberId) ORDER BY g.name")
@NamedQuery(
    name = "WorkingGroup.countVisibleTo",
    query =
        "SELECT COUNT(g) FROM WorkingGroup g WHERE g.visibility ="
            + " org.cohesion.workspace.domain.Visibility.NETWORK OR EXISTS (SELECT ms FROM"
            + " Membership ms WHERE ms.group = g AND ms.member.id = :memberId)")
@NamedQuery(
    name = "WorkingGroup.listAll",
    query = "SELECT g FROM WorkingGroup g JOIN FETCH g.theme ORDER BY g.name")
@NamedQuery(name = "WorkingGroup.countAll", query = "SELECT COUNT(g) FROM WorkingGroup g")
// A group's page: the group, its theme, its memberships and their people in one statement. The
// fetch is a hint of the named query, prepared once: the same hint set on each query made at run
// time would make EclipseLink prepare its SQL again at every execution.
@NamedQuery(
    name = "WorkingGroup.pageBySlug",
    query = "SELECT g FROM WorkingGroup g JOIN FETCH g.theme WHERE g.slug = :key",
    hints = @QueryHint(name = "eclipselink.left-join-fetch", value = "g.memberships.member"))
@NamedQuery(
    name = "WorkingGroup.pageById",
    query = "SELECT g FROM WorkingGroup g JOIN FETCH g.theme WHERE g.id = :key",
    hints = @QueryHint(name = "eclipselink.left-join-fetch", value = "g.memberships.member"))
public class WorkingGroup implements Serializable {
  /** The limits of what defines a group, used by the columns, the form and the pages. */
  public static final int NAME_MAX = 160;

  public static final int SLUG_MAX = Slugs.MAX_LENGTH;
  public static final int DESCRIPTION_MAX = 5000;

  private static final long serialVersionUID = 1L;

  /** The role given to someone who joins an open group or whose request is accepted. */
  public static final GroupRole ROLE_ON_JOIN = GroupRole.CONTRIBUTOR;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private int version;

  @NotBlank(message = "{group.slug.required}")
  @Size(max = SLUG_MAX, message = "{field.tooLong}")
  @Pattern(regexp = Slugs.REGEX, message = "{group.slug.invalid}")
  @Column(nullable = false, length = SLUG_MAX)
  private String slug;

  @NotBlank(message = "{group.name.required}")
  @Size(max = NAME_MAX, message = "{field.tooLong}")
  @Column(nullable = false, length = NAME_MAX)
  private String name;

  @NotNull(message = "{group.theme.required}")
  @ManyToOne(optional = false)
  @JoinColumn(name = "theme_id", nullable = false)
  private Theme theme;

  @Size(max = DESCRIPTION_MAX, message = "{field.tooLong}")
  private String description;

  @NotNull
  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Visibility visibility = Visibility.MEMBERS_ONLY;

  @NotNull
  @Enumerated(EnumType.STRING)
  @Column(name = "join_policy", nullable = false, length = 20)
  private JoinPolicy joinPolicy = JoinPolicy.ON_REQUEST;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt = Instant.now();

  /** Invented for the demo year (the 2008 report names only two groups). */
  @Column(nullable = false, updatable = false)
  private boolean demo;

  @OneToMany(mappedBy = "group", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("role, id")
  private List<Membership> memberships = new ArrayList<>();

  protected WorkingGroup() {}

  public WorkingGroup(String name, String slug, Theme theme) {
    this.name = Objects.requireNonNull(name);
    this.slug = Objects.requireNonNull(slug);
    this.theme = Objects.requireNonNull(theme);
  }

  /** The administrator renames the group, moves it to another address or theme. */
  public void redefine(String name, String slug, Theme theme) {
    this.name = Objects.requireNonNull(name).strip();
    this.slug = Objects.requireNonNull(slug).strip();
    this.theme = Objects.requireNonNull(theme);
  }

  /** Rewrites what the group is about (plain text, may be empty). */
  public void describe(String description) {
    this.description = description;
  }

  /** Who sees the group and how one joins it; missing choices fall back to the most closed. */
  public void changeAccess(Visibility visibility, JoinPolicy joinPolicy) {
    this.visibility = visibility == null ? Visibility.MEMBERS_ONLY : visibility;
    this.joinPolicy = joinPolicy == null ? JoinPolicy.ON_REQUEST : joinPolicy;
  }

  public Membership addMember(Member member, GroupRole role) {
    Objects.requireNonNull(member);
    Objects.requireNonNull(role);
    if (membershipOf(member).isPresent()) {
      throw new DomainException("group.alreadyMember");
    }
    Membership membership = new Membership(this, member, role);
    memberships.add(membership);
    return membership;
  }

  public void changeRole(Member member, GroupRole role) {
    Membership membership =
        membershipOf(member).orElseThrow(() -> new DomainException("group.notMember"));
    if (membership.getRole() == GroupRole.LEAD && role != GroupRole.LEAD && leadCount() == 1) {
      throw new DomainException("group.lastLead");
    }
    membership.changeRole(role);
  }

  public void removeMember(Member member) {
    Membership membership =
        membershipOf(member).orElseThrow(() -> new DomainException("group.notMember"));
    if (membership.getRole() == GroupRole.LEAD && leadCount() == 1) {
      throw new DomainException("group.lastLead");
    }
    memberships.remove(membership);
  }

  /**
   * Someone of the network joins an open group at once. Groups that are not visible to the network,
   * or that want requests, refuse.
   */
  public Membership join(Member member) {
    if (visibility != Visibility.NETWORK || joinPolicy != JoinPolicy.OPEN) {
      throw new DomainException("group.notOpen");
    }
    return addMember(member, ROLE_ON_JOIN);
  }

  /** Someone of the network asks to join a network-visible group. */
  public JoinRequest requestToJoin(Member member, String message) {
    if (visibility != Visibility.NETWORK) {
      throw new DomainException("group.notOpen");
    }
    if (membershipOf(member).isPresent()) {
      throw new DomainException("group.alreadyMember");
    }
    return new JoinRequest(this, member, message);
  }

  public Optional<Membership> membershipOf(Member member) {
    return memberships.stream()
        .filter(ms -> ms.getMember() == member || ms.getMember().equals(member))
        .findFirst();
  }

  public Optional<GroupRole> roleOf(Member member) {
    return membershipOf(member).map(Membership::getRole);
  }

  public long leadCount() {
    return memberships.stream().filter(ms -> ms.getRole() == GroupRole.LEAD).count();
  }

  public boolean isVisibleToNetwork() {
    return visibility == Visibility.NETWORK;
  }

  public Long getId() {
    return id;
  }

  public int getVersion() {
    return version;
  }

  public String getSlug() {
    return slug;
  }

  public String getName() {
    return name;
  }

  public Theme getTheme() {
    return theme;
  }

  public String getDescription() {
    return description;
  }

  public void markAsDemo() {
    this.demo = true;
  }

  public boolean isDemo() {
    return demo;
  }

  public Visibility getVisibility() {
    return visibility;
  }

  public JoinPolicy getJoinPolicy() {
    return joinPolicy;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public List<Membership> getMemberships() {
    return Collections.unmodifiableList(memberships);
  }

  @Override
  public boolean equals(Object o) {
    return this == o || o instanceof WorkingGroup other && id != null && id.equals(other.id);
  }

  @Override
  public int hashCode() {
    return WorkingGroup.class.hashCode();
  }
}
