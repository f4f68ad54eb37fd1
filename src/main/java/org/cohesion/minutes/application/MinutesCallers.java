package org.cohesion.minutes.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashSet;
import java.util.Set;
import org.cohesion.decisions.domain.Meeting;
import org.cohesion.minutes.domain.ApprovalRule;
import org.cohesion.minutes.domain.Minutes;
import org.cohesion.minutes.domain.MinutesAccess;
import org.cohesion.network.domain.Body;
import org.cohesion.network.domain.BodySeat;
import org.cohesion.network.domain.Member;
import org.cohesion.platform.domain.NotFoundException;
import org.cohesion.platform.security.Caller;
import org.cohesion.platform.security.CallerPolicy;
import org.cohesion.platform.security.PlatformRole;
import org.cohesion.platform.security.SignedCaller;
import org.cohesion.workspace.application.GroupAccessLookup;
import org.cohesion.workspace.domain.GroupAccess;
import org.cohesion.workspace.domain.GroupRole;
import org.cohesion.workspace.domain.Visibility;
import org.cohesion.workspace.domain.WorkingGroup;

/**
 * The minutes' callers' policy: the signed-in caller with their member (the author of what they
 * write), and what they may do with one meeting, from their role in its group (workspace's one
 * lookup) or their seat in its body. Used inside the callers' transactions.
 */
@ApplicationScoped
class MinutesCallers extends CallerPolicy<MinutesCallers.Signed> {

  @PersistenceContext EntityManager em;
  @Inject GroupAccessLookup groups;

  record Signed(Caller caller, Member member) implements SignedCaller {}

  @Override
  protected Signed standing(Caller caller) {
    Member member = em.find(Member.class, caller.memberId());
    if (member == null) {
      throw new NotFoundException();
    }
    return new Signed(caller, member);
  }

  MinutesAccess toGroup(WorkingGroup group, Caller caller) {
    return ofGroup(groups.of(group, caller));
  }

  /** What the caller may do in a group's meetings, from their access to the group. */
  MinutesAccess ofGroup(GroupAccess access) {
    return MinutesAccess.ofGroup(
        access.signedIn(),
        access.administrator(),
        access.isMember(),
        access.canContribute(),
        access.visibility() == Visibility.NETWORK);
  }

  MinutesAccess toBody(Body body, Caller caller) {
    boolean seated =
        body.getSeats().stream().anyMatch(s -> s.getMember().getId().equals(caller.memberId()));
    return MinutesAccess.ofBody(
        caller.isAuthenticated(), caller.isAdministrator(), caller.has(PlatformRole.STAFF), seated);
  }

  MinutesAccess to(Meeting meeting, Caller caller) {
    return meeting.isOfGroup()
        ? toGroup(meeting.getGroup(), caller)
        : toBody(meeting.getBody(), caller);
  }

  /**
   * What the caller may do with a meeting whose group memberships (or body seats) are loaded
   * already: the caller's role is looked up among them, not read again.
   */
  MinutesAccess fromLoaded(Meeting meeting, Caller caller) {
    if (!meeting.isOfGroup()) {
      return toBody(meeting.getBody(), caller);
    }
    return ofGroup(groups.ofLoaded(meeting.getGroup(), caller));
  }

  /** The meeting, if the caller knows it exists; else a 404. */
  Meeting visibleMeeting(long meetingId, Caller caller) {
    Meeting meeting = em.find(Meeting.class, meetingId);
    if (meeting == null || !to(meeting, caller).seesMeeting()) {
      throw new NotFoundException();
    }
    return meeting;
  }

  /** The edition, if the caller may read it (an approved one of a network group: every member). */
  Minutes readableMinutes(long minutesId, Caller caller) {
    Minutes minutes = em.find(Minutes.class, minutesId);
    if (minutes == null || !to(minutes.getMeeting(), caller).reads(minutes.getStatus())) {
      throw new NotFoundException();
    }
    return minutes;
  }

  /** The rule that applies when these minutes are submitted now. */
  ApprovalRule ruleFor(Meeting meeting) {
    if (meeting.isOfGroup()) {
      return ApprovalRule.GROUP_LEAD;
    }
    return switch (meeting.getBody().getMinutesRule()) {
      case MAJORITY_OF_MEMBERS -> ApprovalRule.MAJORITY_OF_MEMBERS;
      case ALL_PRESENT -> ApprovalRule.ALL_PRESENT;
    };
  }

  /** Who votes under a rule: the group's leads, the body's seats, or the members present. */
  Set<Long> approvers(Meeting meeting, ApprovalRule rule) {
    Set<Long> ids = new HashSet<>();
    switch (rule) {
      case GROUP_LEAD ->
          meeting.getGroup().getMemberships().stream()
              .filter(ms -> ms.getRole() == GroupRole.LEAD)
              .forEach(ms -> ids.add(ms.getMember().getId()));
      case MAJORITY_OF_MEMBERS ->
          meeting.getBody().getSeats().stream()
              .map(BodySeat::getMember)
              .forEach(m -> ids.add(m.getId()));
      case ALL_PRESENT -> meeting.present().forEach(m -> ids.add(m.getId()));
    }
    return ids;
  }

  /** Who writes the group's or body's minutes: told when they are approved or returned. */
  Set<Long> writers(Meeting meeting) {
    Set<Long> ids = new HashSet<>();
    if (meeting.isOfGroup()) {
      meeting.getGroup().getMemberships().stream()
          .filter(ms -> ms.getRole().canContribute())
          .forEach(ms -> ids.add(ms.getMember().getId()));
    } else {
      meeting.getBody().getSeats().forEach(s -> ids.add(s.getMember().getId()));
    }
    return ids;
  }
}
