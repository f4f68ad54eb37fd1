package org.cohesion.minutes.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cohesion.decisions.application.Meetings;
import org.cohesion.decisions.domain.AttendanceStatus;
import org.cohesion.decisions.domain.Meeting;
import org.cohesion.minutes.application.MeetingCalendar;
import org.cohesion.minutes.application.MeetingMinutes;
import org.cohesion.minutes.application.MinutesEditor;
import org.cohesion.minutes.domain.Minutes;
import org.cohesion.minutes.domain.MinutesAccess;
import org.cohesion.platform.web.Actions;
import org.cohesion.platform.web.Ids;
import org.cohesion.platform.web.ViewParameters;
import org.omnifaces.util.Faces;
import org.primefaces.model.StreamedContent;

/**
 * One meeting: when, where, the agenda, links, who is invited and who came, its minutes (each
 * edition), and the .ics to download.
 */
@Named
@ViewScoped
public class MeetingPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject Meetings meetings;
  @Inject MeetingMinutes minutes;
  @Inject MinutesEditor editor;
  @Inject MeetingCalendar calendar;

  private String id;
  private Long meetingId;
  private final Map<Long, AttendanceStatus> presences = new HashMap<>();
  private transient MeetingMinutes.MeetingView view;

  public void load() {
    if (id == null) {
      ViewParameters.reapply();
    }
    meetingId = Ids.required(id);
    refresh();
  }

  private void refresh() {
    view = minutes.open(meetingId);
    presences.clear();
    view.meeting()
        .getInvitations()
        .forEach(i -> presences.put(i.getMember().getId(), i.getPresence()));
  }

  private MeetingMinutes.MeetingView view() {
    if (view == null) {
      if (meetingId == null) {
        load();
      } else {
        refresh();
      }
    }
    return view;
  }

  public void saveAttendance() {
    long meeting = meetingId;
    Map<Long, AttendanceStatus> chosen = Map.copyOf(presences);
    if (Actions.attempt(
        () -> meetings.recordAttendance(meeting, chosen), "meeting.attendance.listSaved")) {
      refresh();
    }
  }

  /** Opens the minutes for writing: the existing latest edition, or a first one. */
  public String writeMinutes() {
    long meeting = meetingId;
    return Actions.result(() -> editor.start(meeting), null)
        .map(minutes -> "/minutes/edit?faces-redirect=true&id=" + minutes)
        .orElse(null);
  }

  public StreamedContent getIcs() {
    long meeting = meetingId;
    String base = Faces.getRequestBaseURL();
    String calendarText = calendar.meeting(meeting, base.substring(0, base.length() - 1));
    return Downloads.ics(calendarText, "reunion-" + meeting);
  }

  public Meeting getMeeting() {
    return view().meeting();
  }

  public MinutesAccess getAccess() {
    return view().access();
  }

  public List<Minutes> getEditions() {
    return view().editions();
  }

  public AttendanceStatus[] getPresenceChoices() {
    return AttendanceStatus.values();
  }

  public Map<Long, AttendanceStatus> getPresences() {
    return presences;
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }
}
