package org.cohesion.minutes.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
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
 * One meeting: when, where, the agenda, links, its minutes (each edition), and the .ics to
 * download. Who is invited and who came is the page's attendance section ({@code
 * decisions.web.MeetingAttendanceSection}), the decisions taken there the register's.
 */
@Named
@ViewScoped
public class MeetingPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject MeetingMinutes minutes;
  @Inject MinutesEditor editor;
  @Inject MeetingCalendar calendar;

  private String id;
  private Long meetingId;
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

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }
}
