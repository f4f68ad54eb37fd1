package org.cohesion.minutes.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import org.cohesion.decisions.domain.Meeting;
import org.cohesion.minutes.domain.Minutes;
import org.cohesion.minutes.domain.MinutesAccess;
import org.cohesion.workspace.application.Workspaces;

/**
 * A meeting as the minutes read it: the meeting with what the caller may do with its minutes and
 * its editions, and a group's approved minutes. Planning the meeting itself is {@code
 * decisions.application.Meetings}'s.
 */
@ApplicationScoped
@Transactional
public class MeetingMinutes {

  @PersistenceContext EntityManager em;
  @Inject Workspaces workspaces;
  @Inject MinutesCallers callers;

  /** A meeting as a page shows it: with what the caller may do, and its editions of minutes. */
  public record MeetingView(Meeting meeting, MinutesAccess access, List<Minutes> editions) {}

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
}
