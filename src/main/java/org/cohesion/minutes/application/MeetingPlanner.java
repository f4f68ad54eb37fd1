package org.cohesion.minutes.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cohesion.decisions.domain.AttendanceStatus;
import org.cohesion.decisions.domain.Meeting;
import org.cohesion.decisions.domain.MeetingPlan;
import org.cohesion.minutes.domain.Minutes;
import org.cohesion.minutes.domain.MinutesAccess;
import org.cohesion.network.application.MemberDirectory;
import org.cohesion.network.domain.Body;
import org.cohesion.network.domain.BodySeat;
import org.cohesion.network.domain.Member;
import org.cohesion.platform.audit.AuditLog;
import org.cohesion.platform.domain.AccessDeniedException;
import org.cohesion.platform.domain.DomainException;
import org.cohesion.platform.domain.NotFoundException;
import org.cohesion.platform.notification.Notice;
import org.cohesion.platform.notification.Notifications;
import org.cohesion.platform.search.SearchOutbox;
import org.cohesion.workspace.application.Workspaces;
import org.cohesion.workspace.domain.Membership;
import org.cohesion.workspace.domain.WorkingGroup;

/**
 * Meetings of working groups and bodies: scheduling, changes, invitations and attendance. Members
 * of the group (or the body's seats, and the staff) see them; contributors and leads (seats and
 * staff for a body) plan them. Invitees are told when a meeting is scheduled or changed.
 */
@ApplicationScoped
@Transactional
public class MeetingPlanner {

  @PersistenceContext EntityManager em;
  @Inject SearchOutbox searchOutbox;
  @Inject Workspaces workspaces;
  @Inject MinutesCallers callers;
  @Inject AuditLog audit;
  @Inject Notifications notifications;
  @Inject MemberDirectory directory;
  @Inject Clock clock;

  /** A meeting as a page shows it: with what the caller may do, and its editions of minutes. */
  public record MeetingView(Meeting meeting, MinutesAccess access, List<Minutes> editions) {}

  public List<Meeting> ofGroup(long groupId) {
    var signed = callers.require();
    WorkingGroup group = group(groupId);
    if (!callers.toGroup(group, signed.caller()).seesMeeting()) {
      throw new NotFoundException();
    }
    return em.createNamedQuery("Meeting.listOfGroup", Meeting.class)
        .setParameter("groupId", groupId)
        .getResultList();
  }

  public List<Meeting> ofBody(long bodyId) {
    var signed = callers.require();
    Body body = body(bodyId);
    if (!callers.toBody(body, signed.caller()).seesMeeting()) {
      throw new NotFoundException();
    }
    return em.createNamedQuery("Meeting.listOfBody", Meeting.class)
        .setParameter("bodyId", bodyId)
        .getResultList();
  }

  /**
   * The approved minutes of a group the caller may read: all of them for its members, and for
   * everyone in the network when the group is network-visible. Latest meetings first.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<MinutesLink> approvedOfGroup(long groupId) {
    // The group's page decided the caller's access in this request: no second read of it.
    if (!callers.ofGroup(workspaces.accessTo(groupId)).readsApproved()) {
      return List.of();
    }
    return em.createQuery(
            "SELECT NEW org.cohesion.minutes.application.MinutesLink(m.id, mt.title,"
                + " mt.startsAt) FROM Minutes m JOIN m.meeting mt WHERE mt.group.id = :groupId"
                + " AND m.status = org.cohesion.minutes.domain.MinutesStatus.APPROVED"
                + " ORDER BY mt.startsAt DESC, m.edition DESC",
            MinutesLink.class)
        .setParameter("groupId", groupId)
        .setMaxResults(20)
        .getResultList();
  }

  /** What the caller may do in a group's meetings, without any meeting yet. */
  public MinutesAccess accessToGroup(long groupId) {
    var signed = callers.require();
    return callers.toGroup(group(groupId), signed.caller());
  }

  public MinutesAccess accessToBody(long bodyId) {
    var signed = callers.require();
    return callers.toBody(body(bodyId), signed.caller());
  }

  public MeetingView open(long meetingId) {
    var signed = callers.require();
    Meeting meeting = callers.visibleMeeting(meetingId, signed.caller());
    meeting.getAgenda().size();
    meeting.getLinks().size();
    meeting.getInvitations().size();
    List<Minutes> editions =
        em.createNamedQuery("Minutes.ofMeeting", Minutes.class)
            .setParameter("meetingId", meetingId)
            .getResultList();
    return new MeetingView(meeting, callers.to(meeting, signed.caller()), editions);
  }

  /** Who may be invited: the group's members, the body's seats, or every member for the AG. */
  public List<Member> invitableToGroup(long groupId) {
    var signed = callers.require();
    WorkingGroup group = group(groupId);
    if (!callers.toGroup(group, signed.caller()).seesMeeting()) {
      throw new NotFoundException();
    }
    return invitable(group, null);
  }

  public List<Member> invitableToBody(long bodyId) {
    var signed = callers.require();
    Body body = body(bodyId);
    if (!callers.toBody(body, signed.caller()).seesMeeting()) {
      throw new NotFoundException();
    }
    return invitable(null, body);
  }

  /**
   * The invitees' search of a group's meeting: its members whose name or organisation contains
   * {@code text}, at most {@link MemberDirectory#SEARCH_LIMIT}, for those who plan its meetings.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<MemberDirectory.Person> searchInvitableToGroup(long groupId, String text) {
    var signed = callers.require();
    requirePlanner(callers.toGroup(group(groupId), signed.caller()));
    String q = pattern(text);
    if (q == null) {
      return List.of();
    }
    return em.createQuery(
            "SELECT NEW org.cohesion.network.application.MemberDirectory.Person(m.id, m.fullName,"
                + " m.organisation) FROM Membership ms JOIN ms.member m WHERE ms.group.id = :id"
                + " AND (LOWER(m.fullName) LIKE :q OR LOWER(m.organisation) LIKE :q)"
                + " ORDER BY m.fullName",
            MemberDirectory.Person.class)
        .setParameter("id", groupId)
        .setParameter("q", q)
        .setMaxResults(MemberDirectory.SEARCH_LIMIT)
        .getResultList();
  }

  /** The same for a body's meeting: among its seats, or the whole directory for the AG. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<MemberDirectory.Person> searchInvitableToBody(long bodyId, String text) {
    var signed = callers.require();
    Body body = body(bodyId);
    requirePlanner(callers.toBody(body, signed.caller()));
    String q = pattern(text);
    if (q == null) {
      return List.of();
    }
    if (body.getSeats().isEmpty()) {
      return directory.search(text);
    }
    return em.createQuery(
            "SELECT NEW org.cohesion.network.application.MemberDirectory.Person(m.id, m.fullName,"
                + " m.organisation) FROM BodySeat s JOIN s.member m WHERE s.body.id = :id"
                + " AND (LOWER(m.fullName) LIKE :q OR LOWER(m.organisation) LIKE :q)"
                + " ORDER BY m.fullName",
            MemberDirectory.Person.class)
        .setParameter("id", bodyId)
        .setParameter("q", q)
        .setMaxResults(MemberDirectory.SEARCH_LIMIT)
        .getResultList();
  }

  /** {@code text} as a LIKE pattern, or null under two characters (no search then). */
  private static String pattern(String text) {
    String q = text == null ? "" : text.strip().toLowerCase(java.util.Locale.ROOT);
    return q.length() < 2 ? null : "%" + MemberDirectory.likeEscaped(q) + "%";
  }

  public long scheduleForGroup(long groupId, MeetingPlan plan, Collection<Long> inviteeIds) {
    var signed = callers.require();
    WorkingGroup group = group(groupId);
    requirePlanner(callers.toGroup(group, signed.caller()));
    Meeting meeting = Meeting.ofGroup(group, signed.member(), plan);
    return schedule(meeting, invitees(group, null, inviteeIds), signed.member());
  }

  public long scheduleForBody(long bodyId, MeetingPlan plan, Collection<Long> inviteeIds) {
    var signed = callers.require();
    Body body = body(bodyId);
    requirePlanner(callers.toBody(body, signed.caller()));
    Meeting meeting = Meeting.ofBody(body, signed.member(), plan, null);
    return schedule(meeting, invitees(null, body, inviteeIds), signed.member());
  }

  private long schedule(Meeting meeting, List<Member> invitees, Member by) {
    meeting.invite(invitees);
    em.persist(meeting);
    em.flush();
    audit.record("MEETING_PLANNED", "meeting", meeting.getId(), meeting.getTitle());
    searchOutbox.changed(MeetingSearchSource.KIND, meeting.getId());
    notifications.send(
        Notice.of("notice.meetingScheduled", link(meeting), meeting.getTitle(), when(meeting)),
        ids(invitees),
        by.getId());
    return meeting.getId();
  }

  /**
   * Changes a meeting's plan and invitees. {@code version} is the one the caller's form was read
   * at: someone else's change in between is refused, never overwritten.
   */
  public void replan(long meetingId, int version, MeetingPlan plan, Collection<Long> inviteeIds) {
    var signed = callers.require();
    Meeting meeting = callers.visibleMeeting(meetingId, signed.caller());
    requirePlanner(callers.to(meeting, signed.caller()));
    if (meeting.getVersion() != version) {
      throw new OptimisticLockException();
    }
    List<Member> invitees = invitees(meeting.getGroup(), meeting.getBody(), inviteeIds);
    meeting.replan(plan);
    List<Member> added = meeting.invite(invitees);
    audit.record("MEETING_REPLANNED", "meeting", meetingId, meeting.getTitle());
    searchOutbox.changed(MeetingSearchSource.KIND, meetingId);
    Set<Long> told = ids(invitees);
    told.removeAll(ids(added));
    notifications.send(
        Notice.of("notice.meetingChanged", link(meeting), meeting.getTitle(), when(meeting)),
        told,
        signed.member().getId());
    notifications.send(
        Notice.of("notice.meetingScheduled", link(meeting), meeting.getTitle(), when(meeting)),
        ids(added),
        signed.member().getId());
  }

  /** Records who came. Members not in the map keep what was recorded. */
  public void recordAttendance(long meetingId, Map<Long, AttendanceStatus> presences) {
    var signed = callers.require();
    Meeting meeting = callers.visibleMeeting(meetingId, signed.caller());
    requirePlanner(callers.to(meeting, signed.caller()));
    presences.forEach(
        (memberId, presence) -> {
          Member member = em.find(Member.class, memberId);
          if (member == null) {
            throw new DomainException("meeting.notInvited");
          }
          meeting.record(member, presence);
        });
    audit.record("MEETING_ATTENDANCE", "meeting", meetingId, presences.size() + " recorded");
  }

  private static void requirePlanner(MinutesAccess access) {
    if (!access.seesMeeting()) {
      throw new NotFoundException();
    }
    if (!access.plans()) {
      throw new AccessDeniedException();
    }
  }

  private List<Member> invitable(WorkingGroup group, Body body) {
    if (group != null) {
      return group.getMemberships().stream()
          .map(Membership::getMember)
          .sorted((a, b) -> a.getFullName().compareToIgnoreCase(b.getFullName()))
          .toList();
    }
    if (!body.getSeats().isEmpty()) {
      return body.getSeats().stream().map(BodySeat::getMember).toList();
    }
    return em.createNamedQuery("Member.listByName", Member.class).getResultList();
  }

  private List<Member> invitees(WorkingGroup group, Body body, Collection<Long> ids) {
    List<Member> allowed = invitable(group, body);
    List<Member> chosen = new ArrayList<>();
    for (Long id : new LinkedHashSet<>(ids == null ? List.<Long>of() : ids)) {
      Member member =
          allowed.stream()
              .filter(m -> m.getId().equals(id))
              .findFirst()
              .orElseThrow(() -> new DomainException("meeting.invitee.notAllowed"));
      chosen.add(member);
    }
    return chosen;
  }

  /** The time now in Martinique, by the application's clock (what is upcoming, what is past). */
  public LocalDateTime now() {
    return LocalDateTime.now(clock.withZone(Meeting.ZONE));
  }

  static String link(Meeting meeting) {
    return "/meetings/meeting.xhtml?id=" + meeting.getId();
  }

  static String when(Meeting meeting) {
    return meeting.getStartsAt().toLocalDate() + " " + meeting.getStartsAt().toLocalTime();
  }

  private static Set<Long> ids(Collection<Member> members) {
    Set<Long> ids = new LinkedHashSet<>();
    members.forEach(m -> ids.add(m.getId()));
    return ids;
  }

  private WorkingGroup group(long groupId) {
    WorkingGroup group = em.find(WorkingGroup.class, groupId);
    if (group == null) {
      throw new NotFoundException();
    }
    return group;
  }

  private Body body(long bodyId) {
    Body body = em.find(Body.class, bodyId);
    if (body == null) {
      throw new NotFoundException();
    }
    return body;
  }
}
