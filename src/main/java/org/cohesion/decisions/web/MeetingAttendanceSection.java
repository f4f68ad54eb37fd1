package org.cohesion.decisions.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.cohesion.decisions.application.Meetings;
import org.cohesion.decisions.domain.AttendanceStatus;
import org.cohesion.decisions.domain.Meeting;
import org.cohesion.platform.web.Actions;
import org.cohesion.platform.web.Choice;
import org.cohesion.platform.web.Ids;
import org.cohesion.platform.web.Messages;
import org.cohesion.platform.web.ViewParameters;

/**
 * The one attendance input of the meeting page (/meetings/meeting.xhtml), for a group's meeting as
 * for a body's: the list with each person's status and proxy holder, the quorum for a body, and for
 * those who record it a person chosen by search (at most 20, among those who may attend, checked
 * again by the service), their status and, for "represented", the proxy's holder; "invite everyone
 * who may be" for those who plan the meeting. It takes the meeting's id from the page's parameter.
 */
@Named
@ViewScoped
public class MeetingAttendanceSection implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject Meetings meetings;

  private String id;
  private Long meetingId;
  private transient Meetings.AttendanceView view;

  // The person and the proxy's holder as the search offered them (id and name): never a menu of
  // the seats or of the whole directory (the AG's).
  private Choice attendee;
  private AttendanceStatus presence = AttendanceStatus.PRESENT;
  private Choice proxyHolder;

  public void load() {
    if (id == null) {
      ViewParameters.reapply();
    }
    meetingId = Ids.required(id);
    view = meetings.attendance(meetingId);
  }

  private Meetings.AttendanceView view() {
    if (view == null) {
      if (meetingId == null) {
        load();
      } else {
        view = meetings.attendance(meetingId);
      }
    }
    return view;
  }

  public void saveAttendance() {
    if (attendee == null) {
      Messages.error("meeting.chooseMember");
      return;
    }
    long meeting = meetingId;
    long member = attendee.id();
    AttendanceStatus p = presence;
    Long holder = proxyHolder == null ? null : proxyHolder.id();
    if (Actions.attempt(
        () -> meetings.attend(meeting, member, p, holder), "meeting.attendanceSaved")) {
      attendee = null;
      proxyHolder = null;
    }
    view = meetings.attendance(meeting);
  }

  public void inviteEveryone() {
    long meeting = meetingId;
    Actions.result(() -> meetings.inviteEveryone(meeting), null)
        .ifPresent(n -> Messages.info("meeting.everyoneInvited", n));
    view = meetings.attendance(meeting);
  }

  /** The search of the person and of the holder: among those who may attend, at most 20. */
  public List<Choice> completeAttendees(String text) {
    if (meetingId == null) {
      load();
    }
    long meeting = meetingId;
    List<Choice> found = new ArrayList<>();
    Actions.attempt(
        () ->
            meetings.searchAttendees(meeting, text).stream()
                .map(p -> new Choice(p.id(), p.fullName()))
                .forEach(found::add),
        null);
    return found;
  }

  public Meeting getMeeting() {
    return view().meeting();
  }

  public boolean isRecords() {
    return view().records();
  }

  public boolean isInvites() {
    return view().invites();
  }

  /** What is recorded of a person (being invited is where everyone starts). */
  public List<AttendanceStatus> getPresences() {
    return List.of(
        AttendanceStatus.PRESENT,
        AttendanceStatus.REPRESENTED,
        AttendanceStatus.EXCUSED,
        AttendanceStatus.ABSENT);
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public Choice getAttendee() {
    return attendee;
  }

  public void setAttendee(Choice attendee) {
    this.attendee = attendee;
  }

  public AttendanceStatus getPresence() {
    return presence;
  }

  public void setPresence(AttendanceStatus presence) {
    this.presence = presence;
  }

  public Choice getProxyHolder() {
    return proxyHolder;
  }

  public void setProxyHolder(Choice proxyHolder) {
    this.proxyHolder = proxyHolder;
  }
}
