package org.cohesion.decisions.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.util.List;
import java.util.Locale;
import org.cohesion.decisions.domain.AttendanceStatus;
import org.cohesion.decisions.domain.DecisionAccess;
import org.cohesion.decisions.domain.Meeting;
import org.cohesion.decisions.domain.MeetingPlan;
import org.cohesion.network.application.MemberDirectory;
import org.cohesion.network.domain.Body;
import org.cohesion.network.domain.Member;
import org.cohesion.platform.audit.AuditLog;
import org.cohesion.platform.domain.AccessDeniedException;
import org.cohesion.platform.domain.Constraints;
import org.cohesion.platform.domain.DomainException;
import org.cohesion.platform.domain.NotFoundException;

/**
 * The register's side of a body's meeting (the one {@link Meeting} the minutes also plan): its
 * attendance with proxies and its quorum. Board members of the body and staff schedule them and
 * record who came; they, and administrators, read them. Anyone else does not see them at all.
 */
@ApplicationScoped
@Transactional
public class Meetings {

  @PersistenceContext EntityManager em;
  @Inject DecisionCallers callers;
  @Inject AuditLog audit;
  @Inject MemberDirectory directory;
  @Inject Validator validator;

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

  public void attend(long meetingId, long memberId, AttendanceStatus presence, Long proxyHolderId) {
    DecisionAccess access = callers.require().access();
    Meeting meeting = find(meetingId);
    requireRecorder(access, meeting);
    Member member = member(memberId);
    Member holder = proxyHolderId == null ? null : member(proxyHolderId);
    meeting.record(member, presence, holder);
    audit.record("MEETING_ATTENDANCE", "meeting", meetingId, "member " + memberId + " " + presence);
  }

  /**
   * The attendance form's search: who may be on the attendance list (the body's seats, or every
   * member for the AG) and whose name or organisation contains {@code text}, at most {@link
   * MemberDirectory#SEARCH_LIMIT}, for those who record the attendance only.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<MemberDirectory.Person> searchAttendees(long meetingId, String text) {
    DecisionAccess access = callers.require().access();
    Meeting meeting = find(meetingId);
    requireRecorder(access, meeting);
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
