package org.cohesion.decisions.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.cohesion.decisions.domain.AttendanceStatus;
import org.cohesion.decisions.domain.DecisionAccess;
import org.cohesion.decisions.domain.Meeting;
import org.cohesion.decisions.domain.MeetingAccess;
import org.cohesion.decisions.domain.MeetingPlan;
import org.cohesion.network.application.MemberDirectory;
import org.cohesion.network.domain.Body;
import org.cohesion.network.domain.BodySeat;
import org.cohesion.network.domain.Member;
import org.cohesion.platform.audit.AuditLog;
import org.cohesion.platform.domain.AccessDeniedException;
import org.cohesion.platform.domain.Constraints;
import org.cohesion.platform.domain.DomainException;
import org.cohesion.platform.domain.NotFoundException;
import org.cohesion.platform.notification.Notice;
import org.cohesion.platform.notification.Notifications;
import org.cohesion.platform.search.SearchOutbox;
import org.cohesion.platform.security.Caller;
import org.cohesion.platform.security.PlatformRole;
import org.cohesion.workspace.application.GroupAccessLookup;
import org.cohesion.workspace.domain.GroupAccess;
import org.cohesion.workspace.domain.Membership;
import org.cohesion.workspace.domain.WorkingGroup;

/**
 * The one service of a meeting's life, of a working group or of a body: planning (times, place,
 * agenda, links), invitations and their notices, attendance with proxies and the quorum. Who sees
 * and plans a meeting follows {@link MeetingAccess}: the group's members (its contributors plan),
 * or the body's seats and the staff. The register's part of a body's meeting (its sitting by day,
 * the attendance recorded with proxies) follows the register's rights ({@link DecisionAccess}):
 * board members of the body and staff record, they and administrators read. The minutes read the
 * meeting through here and write its minutes themselves.
 */
@ApplicationScoped
@Transactional
public class Meetings {

  @PersistenceContext EntityManager em;
  @Inject DecisionCallers callers;
  @Inject AuditLog audit;
  @Inject MemberDirectory directory;
  @Inject Validator validator;
  @Inject GroupAccessLookup groups;
  @Inject Notifications notifications;
  @Inject SearchOutbox searchOutbox;
  @Inject Clock clock;

  /** The search's kind for meetings (the minutes feature indexes them, see MeetingSearchSource). */
  public static final String SEARCH_KIND = "meeting";

  public Meeting open(long meetingId) {
    DecisionAccess access = callers.require().access();
    Meeting meeting = find(meetingId);
    if (meeting.getBody() == null || !access.canReadAllOf(meeting.getBody().getId())) {
      throw new NotFoundException();
    }
    meeting.getAttendance().size();
    return meeting;
  }

  /** Whether the caller reads this meeting's side of the register (a body's meeting only). */
  @Transactional(Transactional.TxType.SUPPORTS)
  public boolean readable(long meetingId) {
    DecisionAccess access = callers.require().access();
    Meeting meeting = em.find(Meeting.class, meetingId);
    return meeting != null
        && meeting.getBody() != null
        && access.canReadAllOf(meeting.getBody().getId());
  }

  public boolean canRecord(long meetingId) {
    DecisionAccess access = callers.require().access();
    Meeting meeting = find(meetingId);
    return meeting.getBody() != null && access.canRecordIn(meeting.getBody().getId());
  }

  /**
   * Records a body's meeting by its day (the minutes' planner schedules one with its hours and
   * agenda). The electorate of the bureau and the CA is their number of seats; the AG's (the
   * members of the association) is given.
   */
  public long schedule(long bodyId, MeetingDay form) {
    var signed = callers.require();
    DecisionAccess access = signed.access();
    Body body = em.find(Body.class, bodyId);
    if (body == null) {
      throw new NotFoundException();
    }
    if (!access.canRecordIn(bodyId)) {
      throw new DomainException("decision.notBoardMember");
    }
    Constraints.check(validator, form);
    if (body.getSeats().isEmpty() && form.electorate() == null) {
      throw new DomainException("meeting.electorate.invalid");
    }
    Meeting meeting =
        Meeting.ofBody(
            body,
            member(signed.caller().memberId()),
            MeetingPlan.onDay(form.title(), form.heldOn(), form.place()),
            body.getSeats().isEmpty() ? form.electorate() : null);
    em.persist(meeting);
    em.flush();
    audit.record(
        "MEETING_SCHEDULED", "meeting", meeting.getId(), body.getCode() + " " + form.heldOn());
    return meeting.getId();
  }

  /**
   * The meeting's attendance as its one section shows it, for a group's meeting as for a body's:
   * the list (status and proxy holder per person), whether the caller records it, and whether they
   * may invite everyone who may be.
   */
  public record AttendanceView(Meeting meeting, boolean records, boolean invites) {}

  public AttendanceView attendance(long meetingId) {
    var signed = callers.require();
    Meeting meeting = visible(meetingId, signed.caller());
    meeting.getAttendance().size();
    boolean plans = access(meeting, signed.caller()).plans();
    boolean records =
        meeting.isOfGroup() ? plans : signed.access().canRecordIn(meeting.getBody().getId());
    return new AttendanceView(meeting, records, plans);
  }

  /**
   * Records how one person took part, with the proxy's holder for "represented". A body's meeting
   * follows the register's rights (its board members and the staff record); a group's, those who
   * plan it, and a member of the group not on the list yet is invited as their line is written.
   */
  public void attend(long meetingId, long memberId, AttendanceStatus presence, Long proxyHolderId) {
    var signed = callers.require();
    Meeting meeting = find(meetingId);
    if (meeting.isOfGroup()) {
      requirePlanner(access(meeting, signed.caller()));
    } else {
      requireRecorder(signed.access(), meeting);
    }
    Member member = member(memberId);
    Member holder = proxyHolderId == null ? null : member(proxyHolderId);
    if (meeting.isOfGroup() && meeting.attendanceOf(member).isEmpty()) {
      List<Member> listed = new ArrayList<>(invitees(meeting.getGroup(), null, List.of(memberId)));
      meeting.getAttendance().forEach(a -> listed.add(a.getMember()));
      meeting.invite(listed);
    }
    meeting.record(member, presence, holder);
    audit.record("MEETING_ATTENDANCE", "meeting", meetingId, "member " + memberId + " " + presence);
  }

  /**
   * Invites everyone who may be (the group's members, the body's seats, every member for the AG),
   * read now on the server, keeping what was recorded of those already on the list. Those newly
   * invited are told.
   */
  public int inviteEveryone(long meetingId) {
    var signed = callers.require();
    Meeting meeting = visible(meetingId, signed.caller());
    requirePlanner(access(meeting, signed.caller()));
    Set<Member> everyone = new LinkedHashSet<>();
    meeting.getAttendance().forEach(a -> everyone.add(a.getMember()));
    everyone.addAll(invitable(meeting.getGroup(), meeting.getBody()));
    List<Member> added = meeting.invite(everyone);
    audit.record("MEETING_INVITED", "meeting", meetingId, added.size() + " invited");
    notifications.send(
        Notice.of("notice.meetingScheduled", link(meeting), meeting.getTitle(), when(meeting)),
        ids(added),
        signed.caller().memberId());
    return added.size();
  }

  /**
   * The attendance form's search: who may be on the attendance list (the group's members, the
   * body's seats, or every member for the AG) and whose name or organisation contains {@code text},
   * at most {@link MemberDirectory#SEARCH_LIMIT}, for those who record the attendance only.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<MemberDirectory.Person> searchAttendees(long meetingId, String text) {
    var signed = callers.require();
    Meeting meeting = find(meetingId);
    if (meeting.isOfGroup()) {
      return searchInvitableToGroup(meeting.getGroup().getId(), text);
    }
    requireRecorder(signed.access(), meeting);
    Body body = meeting.getBody();
    String q = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    if (q.length() < 2) {
      return List.of();
    }
    // The seats are a handful; the AG's electorate is the whole directory.
    if (body.getSeats().isEmpty()) {
      return directory.search(text);
    }
    return em.createQuery(
            "SELECT NEW org.cohesion.network.application.MemberDirectory.Person(m.id, m.fullName,"
                + " m.organisation) FROM BodySeat s JOIN s.member m WHERE s.body = :body AND"
                + " (LOWER(m.fullName) LIKE :q OR LOWER(m.organisation) LIKE :q)"
                + " ORDER BY m.fullName",
            MemberDirectory.Person.class)
        .setParameter("body", body)
        .setParameter("q", "%" + MemberDirectory.likeEscaped(q) + "%")
        .setMaxResults(MemberDirectory.SEARCH_LIMIT)
        .getResultList();
  }

  public List<Meeting> ofGroup(long groupId) {
    var signed = callers.require();
    WorkingGroup group = group(groupId);
    if (!toGroup(group, signed.caller()).seesMeeting()) {
      throw new NotFoundException();
    }
    return em.createNamedQuery("Meeting.listOfGroup", Meeting.class)
        .setParameter("groupId", groupId)
        .getResultList();
  }

  public List<Meeting> ofBody(long bodyId) {
    var signed = callers.require();
    Body body = body(bodyId);
    if (!toBody(body, signed.caller()).seesMeeting()) {
      throw new NotFoundException();
    }
    return em.createNamedQuery("Meeting.listOfBody", Meeting.class)
        .setParameter("bodyId", bodyId)
        .getResultList();
  }

  /** What the caller may do in a group's meetings, without any meeting yet. */
  public MeetingAccess accessToGroup(long groupId) {
    var signed = callers.require();
    return toGroup(group(groupId), signed.caller());
  }

  public MeetingAccess accessToBody(long bodyId) {
    var signed = callers.require();
    return toBody(body(bodyId), signed.caller());
  }

  /** A meeting for its planning form: only for those who plan it. */
  public Meeting toReplan(long meetingId) {
    var signed = callers.require();
    Meeting meeting = visible(meetingId, signed.caller());
    requirePlanner(access(meeting, signed.caller()));
    meeting.getAgenda().size();
    meeting.getLinks().size();
    meeting.getInvitations().size();
    return meeting;
  }

  /** Who may be invited: the group's members, the body's seats, or every member for the AG. */
  public List<Member> invitableToGroup(long groupId) {
    var signed = callers.require();
    WorkingGroup group = group(groupId);
    if (!toGroup(group, signed.caller()).seesMeeting()) {
      throw new NotFoundException();
    }
    return invitable(group, null);
  }

  public List<Member> invitableToBody(long bodyId) {
    var signed = callers.require();
    Body body = body(bodyId);
    if (!toBody(body, signed.caller()).seesMeeting()) {
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
    requirePlanner(toGroup(group(groupId), signed.caller()));
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
    requirePlanner(toBody(body, signed.caller()));
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

  public long scheduleForGroup(long groupId, MeetingForm form, Collection<Long> inviteeIds) {
    var signed = callers.require();
    WorkingGroup group = group(groupId);
    requirePlanner(toGroup(group, signed.caller()));
    MeetingPlan plan = Constraints.check(validator, form).plan();
    Meeting meeting = Meeting.ofGroup(group, member(signed.caller().memberId()), plan);
    return schedule(meeting, invitees(group, null, inviteeIds), member(signed.caller().memberId()));
  }

  public long scheduleForBody(long bodyId, MeetingForm form, Collection<Long> inviteeIds) {
    var signed = callers.require();
    Body body = body(bodyId);
    requirePlanner(toBody(body, signed.caller()));
    MeetingPlan plan = Constraints.check(validator, form).plan();
    Meeting meeting = Meeting.ofBody(body, member(signed.caller().memberId()), plan, null);
    return schedule(meeting, invitees(null, body, inviteeIds), member(signed.caller().memberId()));
  }

  private long schedule(Meeting meeting, List<Member> invitees, Member by) {
    meeting.invite(invitees);
    em.persist(meeting);
    em.flush();
    audit.record("MEETING_PLANNED", "meeting", meeting.getId(), meeting.getTitle());
    searchOutbox.changed(SEARCH_KIND, meeting.getId());
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
  public void replan(long meetingId, int version, MeetingForm form, Collection<Long> inviteeIds) {
    var signed = callers.require();
    Meeting meeting = visible(meetingId, signed.caller());
    requirePlanner(access(meeting, signed.caller()));
    if (meeting.getVersion() != version) {
      throw new OptimisticLockException();
    }
    List<Member> invitees = invitees(meeting.getGroup(), meeting.getBody(), inviteeIds);
    meeting.replan(Constraints.check(validator, form).plan());
    List<Member> added = meeting.invite(invitees);
    audit.record("MEETING_REPLANNED", "meeting", meetingId, meeting.getTitle());
    searchOutbox.changed(SEARCH_KIND, meetingId);
    Set<Long> told = ids(invitees);
    told.removeAll(ids(added));
    notifications.send(
        Notice.of("notice.meetingChanged", link(meeting), meeting.getTitle(), when(meeting)),
        told,
        member(signed.caller().memberId()).getId());
    notifications.send(
        Notice.of("notice.meetingScheduled", link(meeting), meeting.getTitle(), when(meeting)),
        ids(added),
        member(signed.caller().memberId()).getId());
  }

  private static void requirePlanner(MeetingAccess access) {
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

  public static String link(Meeting meeting) {
    return "/meetings/meeting.xhtml?id=" + meeting.getId();
  }

  public static String when(Meeting meeting) {
    if (meeting.isWholeDay()) {
      return meeting.getStartsAt().toLocalDate().toString();
    }
    return meeting.getStartsAt().toLocalDate() + " " + meeting.getStartsAt().toLocalTime();
  }

  private static Set<Long> ids(Collection<Member> members) {
    Set<Long> ids = new LinkedHashSet<>();
    members.forEach(m -> ids.add(m.getId()));
    return ids;
  }

  /** What the caller may do in a group's meetings: the group's one access rule. */
  private MeetingAccess toGroup(WorkingGroup group, Caller caller) {
    GroupAccess access = groups.of(group, caller);
    return MeetingAccess.ofGroup(
        access.signedIn(), access.administrator(), access.isMember(), access.canContribute());
  }

  private MeetingAccess toBody(Body body, Caller caller) {
    boolean seated =
        body.getSeats().stream().anyMatch(s -> s.getMember().getId().equals(caller.memberId()));
    return MeetingAccess.ofBody(
        caller.isAuthenticated(), caller.isAdministrator(), caller.has(PlatformRole.STAFF), seated);
  }

  private MeetingAccess access(Meeting meeting, Caller caller) {
    return meeting.isOfGroup()
        ? toGroup(meeting.getGroup(), caller)
        : toBody(meeting.getBody(), caller);
  }

  /** The meeting, if the caller knows it exists; else a 404. */
  private Meeting visible(long meetingId, Caller caller) {
    Meeting meeting = em.find(Meeting.class, meetingId);
    if (meeting == null || !access(meeting, caller).seesMeeting()) {
      throw new NotFoundException();
    }
    return meeting;
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

  private void requireRecorder(DecisionAccess access, Meeting meeting) {
    if (meeting.getBody() == null) {
      throw new NotFoundException();
    }
    long bodyId = meeting.getBody().getId();
    if (!access.canReadAllOf(bodyId)) {
      throw new NotFoundException();
    }
    if (!access.canRecordIn(bodyId)) {
      throw new AccessDeniedException();
    }
  }

  private Meeting find(long meetingId) {
    Meeting meeting = em.find(Meeting.class, meetingId);
    if (meeting == null) {
      throw new NotFoundException();
    }
    return meeting;
  }

  private Member member(long memberId) {
    Member member = em.find(Member.class, memberId);
    if (member == null) {
      throw new DomainException("member.unknown");
    }
    return member;
  }
}
