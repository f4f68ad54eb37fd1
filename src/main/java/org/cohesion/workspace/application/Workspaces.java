package org.cohesion.workspace.application;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.cohesion.network.application.MemberDirectory;
import org.cohesion.network.domain.Member;
import org.cohesion.network.domain.NetworkEvent;
import org.cohesion.platform.audit.AuditLog;
import org.cohesion.platform.domain.AccessDeniedException;
import org.cohesion.platform.domain.ConcurrentChangeException;
import org.cohesion.platform.domain.DomainException;
import org.cohesion.platform.domain.NotFoundException;
import org.cohesion.platform.domain.Page;
import org.cohesion.platform.domain.Slugs;
import org.cohesion.platform.persistence.NamedQueries;
import org.cohesion.platform.search.SearchOutbox;
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
  @Inject SearchOutbox searchOutbox;
  @Inject Guard guard;
  @Inject AuditLog audit;
  @Inject Clock clock;
  @Inject GroupRights rights;
  @Inject GroupAccessLookup lookup;

  /** How many people the "add a member" search offers at most. */
  public static final int CANDIDATES = 20;

  private static final String JOINABLE_QUERY = "Workspaces.joinable";

  /**
   * The query of the groups open to the caller, named once with its row limit ({@link
   * HomeView#JOINABLE}, the rest is in the directory): a limit set on each query made at run time
   * would make EclipseLink prepare its SQL again at every execution.
   */
  @PostConstruct
  void defineQueries() {
    NamedQueries.defineWithRowLimit(
        em,
        JOINABLE_QUERY,
        "SELECT NEW org.cohesion.workspace.application.HomeView.JoinableGroup(g.id, g.name,"
            + " g.slug, g.joinPolicy, r.id) FROM WorkingGroup g LEFT JOIN JoinRequest r ON r.group ="
            + " g AND r.member.id = :memberId AND r.status ="
            + " org.cohesion.workspace.domain.JoinRequest.Status.PENDING WHERE g.visibility ="
            + " org.cohesion.workspace.domain.Visibility.NETWORK AND NOT EXISTS (SELECT ms FROM"
            + " Membership ms WHERE ms.group = g AND ms.member.id = :memberId) ORDER BY g.name",
        HomeView.JoinableGroup.class,
        HomeView.JOINABLE);
  }

  /**
   * The home page's part of the workspace in three statements and no transaction (nothing is
   * written): my groups with their theme, the first {@link HomeView#JOINABLE} groups I may join
   * with my pending request if any (one outer join), the latest dates of the calendar.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public HomeView home() {
    Caller caller = guard.requireSignedIn();
    List<Membership> mine =
        em.createNamedQuery("Membership.listOfMember", Membership.class)
            .setParameter("memberId", caller.memberId())
            .getResultList();
    List<HomeView.JoinableGroup> joinable =
        em.createNamedQuery(JOINABLE_QUERY, HomeView.JoinableGroup.class)
            .setParameter("memberId", caller.memberId())
            .getResultList();
    List<NetworkEvent> events =
        em.createNamedQuery("NetworkEvent.listLatest", NetworkEvent.class).getResultList();
    return new HomeView(mine, joinable, events);
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

  /**
   * A group's page in one read, without a transaction (nothing is written): the group with its
   * theme, its memberships and their people in one query, the caller's access decided from them,
   * then either the pending requests (for those who manage it) or whether the caller asked to join.
   * Hidden or unknown groups answer {@link NotFoundException}.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public GroupPageView page(String slug) {
    return page("WorkingGroup.pageBySlug", slug == null ? "" : slug);
  }

  /** {@link #page(String)} by id. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public GroupPageView page(long groupId) {
    return page("WorkingGroup.pageById", groupId);
  }

  /**
   * The same read for the group's management page ({@code group-manage.xhtml}): only those who
   * manage the group (its leads, an administrator) open it; anyone else who sees the group gets
   * {@link AccessDeniedException}, hidden or unknown groups {@link NotFoundException}.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public GroupPageView managementPage(String slug) {
    return managed(page(slug));
  }

  /** {@link #managementPage(String)} by id. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public GroupPageView managementPage(long groupId) {
    return managed(page(groupId));
  }

  private static GroupPageView managed(GroupPageView view) {
    if (!view.access().canManage()) {
      throw new AccessDeniedException();
    }
    return view;
  }

  private GroupPageView page(String queryName, Object key) {
    Caller caller = guard.requireSignedIn();
    // Outside a transaction the container keeps one persistence context for the whole request: a
    // read after a change made earlier in this request must not get the objects read before it.
    // (Inside a caller's transaction, its persistence context is left as it is.)
    if (!em.isJoinedToTransaction()) {
      em.clear();
    }
    WorkingGroup group =
        // The members and their people come in the same statement (no query per member).
        em.createNamedQuery(queryName, WorkingGroup.class)
            .setParameter("key", key)
            .getResultStream()
            .findFirst()
            .orElseThrow(NotFoundException::new);
    List<Membership> members =
        group.getMemberships().stream()
            .sorted(
                Comparator.comparing(Membership::getRole)
                    .thenComparing(
                        Membership::getId, Comparator.nullsLast(Comparator.naturalOrder())))
            .toList();
    GroupAccess access = lookup.ofLoaded(group, caller);
    if (!access.canSee()) {
      throw new NotFoundException();
    }
    rights.remember(group.getId(), caller, access);
    List<JoinRequest> requests =
        access.canManage()
            ? em.createNamedQuery("JoinRequest.listPendingFor", JoinRequest.class)
                .setParameter("groupId", group.getId())
                .getResultList()
            : List.of();
    boolean pending = !access.isMember() && pending(group.getId(), caller.memberId()).isPresent();
    return new GroupPageView(group, access, pending, members, requests);
  }

  /**
   * What the caller may do with a group they see, as the sections of its page ask it: from this
   * request's {@link #page} when it read the group, from the database otherwise. Hidden or unknown
   * groups answer {@link NotFoundException}.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public GroupAccess accessTo(long groupId) {
    Caller caller = guard.requireSignedIn();
    return rights
        .of(groupId, caller)
        .orElseGet(
            () -> {
              GroupAccess access = requireVisible(find(groupId), caller);
              rights.remember(groupId, caller, access);
              return access;
            });
  }

  /**
   * The people a manager of the group may add, whose name or organisation contains {@code text} (at
   * least two characters), who are not in the group yet: at most {@link #CANDIDATES}, by name.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<Member> candidates(long groupId, String text) {
    Caller caller = guard.requireSignedIn();
    requireManager(find(groupId), caller);
    String q = text == null ? "" : text.strip().toLowerCase(java.util.Locale.ROOT);
    if (q.length() < 2) {
      return List.of();
    }
    return em.createQuery(
            "SELECT m FROM Member m WHERE (LOWER(m.fullName) LIKE :q OR LOWER(m.organisation)"
                + " LIKE :q) AND NOT EXISTS (SELECT ms FROM Membership ms WHERE ms.group.id ="
                + " :g AND ms.member = m) ORDER BY m.fullName",
            Member.class)
        .setParameter("q", "%" + MemberDirectory.likeEscaped(q) + "%")
        .setParameter("g", groupId)
        .setMaxResults(CANDIDATES)
        .getResultList();
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
        .filter(ms -> lookup.of(ms.getGroup(), caller).canSee())
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
    rights.forget();
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
    rights.forget();
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
    rights.forget();
    requireVisible(find(groupId), caller);
    JoinRequest request =
        pending(groupId, caller.memberId())
            .orElseThrow(() -> new DomainException("joinRequest.notPending"));
    request.withdraw(clock.instant());
    audit.record("JOIN_WITHDRAWN", "group", groupId, null);
  }

  public void acceptRequest(long requestId) {
    Caller caller = guard.requireSignedIn();
    rights.forget();
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
    rights.forget();
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
    rights.forget();
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
    rights.forget();
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
    rights.forget();
    WorkingGroup group = find(groupId);
    requireManager(group, caller);
    group.changeRole(memberOf(memberId), role);
    audit.record("GROUP_ROLE_CHANGED", "group", groupId, "member " + memberId + " " + role);
  }

  public void removeMember(long groupId, long memberId) {
    Caller caller = guard.requireSignedIn();
    rights.forget();
    WorkingGroup group = find(groupId);
    requireManager(group, caller);
    group.removeMember(memberOf(memberId));
    audit.record("GROUP_MEMBER_REMOVED", "group", groupId, "member " + memberId);
  }

  /** A lead rewrites the group's description; refused if someone saved the group meanwhile. */
  public void describe(long groupId, int version, String description) {
    Caller caller = guard.requireSignedIn();
    rights.forget();
    WorkingGroup group = find(groupId);
    requireManager(group, caller);
    if (group.getVersion() != version) {
      throw new ConcurrentChangeException();
    }
    if (description != null && description.length() > WorkingGroup.DESCRIPTION_MAX) {
      throw new DomainException("field.tooLong");
    }
    group.describe(description);
    audit.record("GROUP_DESCRIBED", "group", groupId, null);
    searchOutbox.changed(GroupSearchSource.KIND, groupId);
  }

  private GroupView view(WorkingGroup group, Caller caller) {
    GroupAccess access = requireVisible(group, caller);
    boolean pending = !access.isMember() && pending(group.getId(), caller.memberId()).isPresent();
    return new GroupView(group, access, pending);
  }

  private GroupAccess requireVisible(WorkingGroup group, Caller caller) {
    GroupAccess access = lookup.of(group, caller);
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
