package org.cohesion.workspace.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.cohesion.network.domain.Member;
import org.cohesion.platform.audit.AuditLog;
import org.cohesion.platform.domain.AccessDeniedException;
import org.cohesion.platform.domain.ConcurrentChangeException;
import org.cohesion.platform.domain.DomainException;
import org.cohesion.platform.domain.NotFoundException;
import org.cohesion.platform.domain.Page;
import org.cohesion.platform.domain.Slugs;
import org.cohesion.platform.security.Caller;
import org.cohesion.platform.security.Guard;
import org.cohesion.workspace.domain.GroupAccess;
import org.cohesion.workspace.domain.GroupRole;
import org.cohesion.workspace.domain.JoinRequest;
import org.cohesion.workspace.domain.Membership;
import org.cohesion.workspace.domain.WorkingGroup;

/**
 * Working groups as their members use them: my groups, the groups I may join, a group's page, its
 * members and join requests. Each method loads the object, asks {@link GroupAccess} whether this
 * caller may act on this very group, and only then acts. A group the caller may not see answers
 * {@link NotFoundException}, exactly as a group that does not exist.
 */
@ApplicationScoped
@Transactional
public class Workspaces {

  @PersistenceContext EntityManager em;
  @Inject Guard guard;
  @Inject AuditLog audit;
  @Inject Clock clock;

  public List<Membership> myGroups() {
    Caller caller = guard.requireSignedIn();
    return em.createNamedQuery("Membership.listOfMember", Membership.class)
        .setParameter("memberId", caller.memberId())
        .getResultList();
  }

  public List<WorkingGroup> joinable() {
    Caller caller = guard.requireSignedIn();
    return em.createNamedQuery("WorkingGroup.listJoinableBy", WorkingGroup.class)
        .setParameter("memberId", caller.memberId())
        .getResultList();
  }

  /** Ids of the groups the caller has asked to join and that have not answered yet. */
  public Set<Long> myPendingRequests() {
    Caller caller = guard.requireSignedIn();
    return new HashSet<>(
        em.createNamedQuery("JoinRequest.listPendingOfMember", Long.class)
            .setParameter("memberId", caller.memberId())
            .getResultList());
  }

  /** Every group the caller may see (all of them for an administrator), a page at a time. */
  public Page<WorkingGroup> directory(int first, int max) {
    Caller caller = guard.requireSignedIn();
    int size = Math.min(Math.max(1, max), 200);
    if (caller.isAdministrator()) {
      return new Page<>(
          em.createNamedQuery("WorkingGroup.listAll", WorkingGroup.class)
              .setFirstResult(Math.max(0, first))
              .setMaxResults(size)
              .getResultList(),
          em.createNamedQuery("WorkingGroup.countAll", Long.class).getSingleResult());
    }
    return new Page<>(
        em.createNamedQuery("WorkingGroup.listVisibleTo", WorkingGroup.class)
            .setParameter("memberId", caller.memberId())
            .setFirstResult(Math.max(0, first))
            .setMaxResults(size)
            .getResultList(),
        em.createNamedQuery("WorkingGroup.countVisibleTo", Long.class)
            .setParameter("memberId", caller.memberId())
            .getSingleResult());
  }

  public GroupView open(String slug) {
    Caller caller = guard.requireSignedIn();
    if (slug == null || slug.length() > Slugs.MAX_LENGTH) {
      throw new NotFoundException();
    }
    WorkingGroup group =
        em.createNamedQuery("WorkingGroup.findBySlug", WorkingGroup.class)
            .setParameter("slug", slug)
            .getResultStream()
            .findFirst()
            .orElseThrow(NotFoundException::new);
    return view(group, caller);
  }

  public GroupView open(long groupId) {
    Caller caller = guard.requireSignedIn();
    return view(find(groupId), caller);
  }

  /** The members of a group the caller may see, leads first. */
  public List<Membership> members(long groupId) {
    Caller caller = guard.requireSignedIn();
    WorkingGroup group = find(groupId);
    requireVisible(group, caller);
    return List.copyOf(group.getMemberships());
  }

  /** The groups a member belongs to, as far as the caller may see them (for a profile page). */
  public List<Membership> groupsOf(long memberId) {
    Caller caller = guard.requireSignedIn();
    return em.createNamedQuery("Membership.listOfMember", Membership.class)
        .setParameter("memberId", memberId)
        .getResultStream()
        .filter(ms -> access(ms.getGroup(), caller).canSee())
        .toList();
  }

  public List<JoinRequest> pendingRequests(long groupId) {
    Caller caller = guard.requireSignedIn();
    WorkingGroup group = find(groupId);
    requireManager(group, caller);
    return em.createNamedQuery("JoinRequest.listPendingFor", JoinRequest.class)
        .setParameter("groupId", groupId)
        .getResultList();
  }

  public void join(long groupId) {
    Caller caller = guard.requireSignedIn();
    WorkingGroup group = find(groupId);
    GroupAccess access = requireVisible(group, caller);
    if (!access.canJoin()) {
      throw new DomainException(access.isMember() ? "group.alreadyMember" : "group.notOpen");
    }
    group.join(me(caller));
    audit.record("GROUP_JOINED", "group", groupId, null);
  }

  public void requestToJoin(long groupId, String message) {
    Caller caller = guard.requireSignedIn();
    WorkingGroup group = find(groupId);
    GroupAccess access = requireVisible(group, caller);
    if (!access.canRequestToJoin()) {
      throw new DomainException(access.isMember() ? "group.alreadyMember" : "group.notOpen");
    }
    if (pending(groupId, caller.memberId()).isPresent()) {
      throw new DomainException("joinRequest.alreadyPending");
    }
    em.persist(group.requestToJoin(me(caller), message));
    audit.record("JOIN_REQUESTED", "group", groupId, null);
  }

  public void withdrawRequest(long groupId) {
    Caller caller = guard.requireSignedIn();
    requireVisible(find(groupId), caller);
    JoinRequest request =
        pending(groupId, caller.memberId())
            .orElseThrow(() -> new DomainException("joinRequest.notPending"));
    request.withdraw(clock.instant());
    audit.record("JOIN_WITHDRAWN", "group", groupId, null);
  }

  public void acceptRequest(long requestId) {
    Caller caller = guard.requireSignedIn();
    JoinRequest request = findRequest(requestId, caller);
    request.accept(me(caller), clock.instant());
    audit.record(
        "JOIN_ACCEPTED",
        "group",
        request.getGroup().getId(),
        "member " + request.getMember().getId());
  }

  public void refuseRequest(long requestId) {
    Caller caller = guard.requireSignedIn();
    JoinRequest request = findRequest(requestId, caller);
    request.refuse(me(caller), clock.instant());
    audit.record(
        "JOIN_REFUSED",
        "group",
        request.getGroup().getId(),
        "member " + request.getMember().getId());
  }

  public void leave(long groupId) {
    Caller caller = guard.requireSignedIn();
    WorkingGroup group = find(groupId);
    GroupAccess access = requireVisible(group, caller);
    if (!access.isMember()) {
      throw new DomainException("group.notMember");
    }
    group.removeMember(me(caller));
    audit.record("GROUP_LEFT", "group", groupId, null);
  }

  public void addMember(long groupId, long memberId, GroupRole role) {
    Caller caller = guard.requireSignedIn();
    WorkingGroup group = find(groupId);
    requireManager(group, caller);
    Member member = em.find(Member.class, memberId);
    if (member == null) {
      throw new DomainException("member.unknown");
    }
    group.addMember(member, role);
    // A pending request of the same person is answered by the addition.
    pending(groupId, memberId).ifPresent(r -> r.withdraw(clock.instant()));
    audit.record("GROUP_MEMBER_ADDED", "group", groupId, "member " + memberId + " " + role);
  }

  public void changeRole(long groupId, long memberId, GroupRole role) {
    Caller caller = guard.requireSignedIn();
    WorkingGroup group = find(groupId);
    requireManager(group, caller);
    group.changeRole(memberOf(memberId), role);
    audit.record("GROUP_ROLE_CHANGED", "group", groupId, "member " + memberId + " " + role);
  }

  public void removeMember(long groupId, long memberId) {
    Caller caller = guard.requireSignedIn();
    WorkingGroup group = find(groupId);
    requireManager(group, caller);
    group.removeMember(memberOf(memberId));
    audit.record("GROUP_MEMBER_REMOVED", "group", groupId, "member " + memberId);
  }

  /** A lead rewrites the group's description; refused if someone saved the group meanwhile. */
  public void describe(long groupId, int version, String description) {
    Caller caller = guard.requireSignedIn();
    WorkingGroup group = find(groupId);
    requireManager(group, caller);
    if (group.getVersion() != version) {
      throw new ConcurrentChangeException();
    }
    if (description != null && description.length() > 5000) {
      throw new DomainException("field.tooLong");
    }
    group.setDescription(description);
    audit.record("GROUP_DESCRIBED", "group", groupId, null);
  }

  private GroupView view(WorkingGroup group, Caller caller) {
    GroupAccess access = requireVisible(group, caller);
    boolean pending = !access.isMember() && pending(group.getId(), caller.memberId()).isPresent();
    return new GroupView(group, access, pending);
  }

  private GroupAccess access(WorkingGroup group, Caller caller) {
    Optional<GroupRole> role =
        em.createNamedQuery("Membership.roleOf", GroupRole.class)
            .setParameter("groupId", group.getId())
            .setParameter("memberId", caller.memberId())
            .getResultStream()
            .findFirst();
    return GroupAccess.of(group, role, caller);
  }

  private GroupAccess requireVisible(WorkingGroup group, Caller caller) {
    GroupAccess access = access(group, caller);
    if (!access.canSee()) {
      throw new NotFoundException();
    }
    return access;
  }

  private void requireManager(WorkingGroup group, Caller caller) {
    if (!requireVisible(group, caller).canManage()) {
      throw new AccessDeniedException();
    }
  }

  private WorkingGroup find(long groupId) {
    WorkingGroup group = em.find(WorkingGroup.class, groupId);
    if (group == null) {
      throw new NotFoundException();
    }
    return group;
  }

  private JoinRequest findRequest(long requestId, Caller caller) {
    JoinRequest request = em.find(JoinRequest.class, requestId);
    if (request == null) {
      throw new NotFoundException();
    }
    requireManager(request.getGroup(), caller);
    return request;
  }

  private Optional<JoinRequest> pending(long groupId, long memberId) {
    return em.createNamedQuery("JoinRequest.findPending", JoinRequest.class)
        .setParameter("groupId", groupId)
        .setParameter("memberId", memberId)
        .getResultStream()
        .findFirst();
  }

  private Member me(Caller caller) {
    return em.find(Member.class, caller.memberId());
  }

  private Member memberOf(long memberId) {
    Member member = em.find(Member.class, memberId);
    if (member == null) {
      throw new DomainException("group.notMember");
    }
    return member;
  }
}
