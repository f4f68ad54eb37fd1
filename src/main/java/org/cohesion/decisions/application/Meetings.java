package org.cohesion.decisions.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.cohesion.decisions.domain.BoardMeeting;
import org.cohesion.decisions.domain.DecisionAccess;
import org.cohesion.decisions.domain.Presence;
import org.cohesion.network.application.MemberDirectory;
import org.cohesion.network.domain.Body;
import org.cohesion.network.domain.Member;
import org.cohesion.platform.audit.AuditLog;
import org.cohesion.platform.domain.AccessDeniedException;
import org.cohesion.platform.domain.DomainException;
import org.cohesion.platform.domain.NotFoundException;

/**
 * Meetings of the bodies and their attendance. Board members of the body and staff schedule them
 * and record who came; they, and administrators, read them. Anyone else does not see them at all.
 */
@ApplicationScoped
@Transactional
public class Meetings {

  @PersistenceContext EntityManager em;
  @Inject DecisionCallers callers;
  @Inject AuditLog audit;
  @Inject MemberDirectory directory;

  public BoardMeeting open(long meetingId) {
    DecisionAccess access = callers.require().access();
    BoardMeeting meeting = find(meetingId);
    if (!access.canReadAllOf(meeting.getBody().getId())) {
      throw new NotFoundException();
    }
    meeting.getAttendance().size();
    return meeting;
  }

  public boolean canRecord(long meetingId) {
    DecisionAccess access = callers.require().access();
    return access.canRecordIn(find(meetingId).getBody().getId());
  }

  /**
   * Schedules a meeting. The electorate of the bureau and the CA is their number of seats; the AG's
   * (the members of the association) is given.
   */
  public long schedule(
      long bodyId, LocalDate heldOn, String title, String place, Integer electorate) {
    DecisionAccess access = callers.require().access();
    Body body = em.find(Body.class, bodyId);
    if (body == null) {
      throw new NotFoundException();
    }
    if (!access.canRecordIn(bodyId)) {
      throw new DomainException("decision.notBoardMember");
    }
    int voters =
        body.getSeats().isEmpty() ? (electorate == null ? 0 : electorate) : body.getSeats().size();
    BoardMeeting meeting = new BoardMeeting(body, heldOn, title, place, voters);
    em.persist(meeting);
    em.flush();
    audit.record("MEETING_SCHEDULED", "meeting", meeting.getId(), body.getCode() + " " + heldOn);
    return meeting.getId();
  }

  public void attend(long meetingId, long memberId, Presence presence, Long proxyHolderId) {
    DecisionAccess access = callers.require().access();
    BoardMeeting meeting = find(meetingId);
    requireRecorder(access, meeting);
    Member member = member(memberId);
    Member holder = proxyHolderId == null ? null : member(proxyHolderId);
    meeting.attend(member, presence, holder);
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
    BoardMeeting meeting = find(meetingId);
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

  private void requireRecorder(DecisionAccess access, BoardMeeting meeting) {
    long bodyId = meeting.getBody().getId();
    if (!access.canReadAllOf(bodyId)) {
      throw new NotFoundException();
    }
    if (!access.canRecordIn(bodyId)) {
      throw new AccessDeniedException();
    }
  }

  private BoardMeeting find(long meetingId) {
    BoardMeeting meeting = em.find(BoardMeeting.class, meetingId);
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

  static Set<Presence> presences() {
    return Set.of(Presence.values());
  }
}
