package org.cohesion.decisions.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.cohesion.decisions.application.DecisionForm;
import org.cohesion.decisions.application.DecisionRegister;
import org.cohesion.decisions.application.Meetings;
import org.cohesion.decisions.application.RegisterFilter;
import org.cohesion.decisions.domain.Decision;
import org.cohesion.decisions.domain.DecisionNumber;
import org.cohesion.decisions.domain.DecisionType;
import org.cohesion.decisions.domain.Meeting;
import org.cohesion.network.application.MemberDirectory;
import org.cohesion.network.domain.Theme;
import org.cohesion.platform.web.Actions;
import org.cohesion.platform.web.Choice;
import org.cohesion.platform.web.Ids;
import org.cohesion.platform.web.Messages;
import org.cohesion.platform.web.UserLocale;
import org.cohesion.platform.web.ViewParameters;
import org.primefaces.model.StreamedContent;

/**
 * The register's section of a body's meeting on the one meeting page (/meetings/meeting.xhtml): the
 * decisions taken there and the form that records a new one (the attendance and the quorum are the
 * page's one attendance section, {@link MeetingAttendanceSection}). It takes the meeting's id from
 * the page's parameter and shows nothing to a caller who may not read the body's register, nor for
 * a working group's meeting.
 */
@Named
@ViewScoped
public class MeetingDecisionsSection implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject Meetings meetings;
  @Inject DecisionRegister register;
  @Inject MemberDirectory directory;
  @Inject UserLocale userLocale;

  private String id;
  private Long meetingId;
  private transient Meeting meeting;
  private transient List<Decision> decisions;
  private transient List<Theme> themes;
  private transient Boolean canRecord;
  private transient Integer nextSeq;

  // The decision's responsible as the search offered them (id and name only): not a menu of the
  // whole directory.
  private DecisionForm draft = new DecisionForm();
  private Choice responsible;

  private Boolean visible;

  public void load() {
    if (id == null) {
      ViewParameters.reapply();
    }
    meetingId = Ids.required(id);
    visible = meetings.readable(meetingId);
    if (visible) {
      refresh();
    }
  }

  /** The old address of a body's meeting sends to the one meeting page. */
  public String moved() {
    if (id == null) {
      ViewParameters.reapply();
    }
    return "/meetings/meeting?faces-redirect=true&id=" + Ids.required(id);
  }

  /** Whether the section shows: a body's meeting whose register the caller reads. */
  public boolean isVisible() {
    if (visible == null) {
      load();
    }
    return visible;
  }

  private void refresh() {
    meeting = meetings.open(meetingId);
    decisions = register.ofMeeting(meetingId);
    canRecord = meetings.canRecord(meetingId);
    themes = register.themes();
    nextSeq = register.nextSeq(meetingId);
  }

  private void ensureLoaded() {
    if (meeting == null && meetingId != null && Boolean.TRUE.equals(visible)) {
      refresh();
    } else if (meetingId == null) {
      // A fresh instance (see ViewParameters).
      load();
    }
  }

  public void recordDecision() {
    DecisionForm d = draft;
    d.setResponsibleId(responsible == null ? null : responsible.id());
    if (Actions.attempt(() -> register.record(meetingId, d), "decision.recorded")) {
      draft = new DecisionForm();
      responsible = null;
    }
    refresh();
  }

  public StreamedContent getCsv() {
    return RegisterExport.csv(register.export(filter()), userLocale.getLocale(), fileName());
  }

  public StreamedContent getPdf() {
    ensureLoaded();
    return RegisterExport.pdf(
        register.export(filter()),
        userLocale.getLocale(),
        Messages.text(userLocale.getLocale(), "decisions.title") + " — " + meeting.getTitle(),
        fileName());
  }

  private RegisterFilter filter() {
    RegisterFilter f = new RegisterFilter();
    f.setMeetingId(meetingId);
    return f;
  }

  private String fileName() {
    ensureLoaded();
    return "releve-decisions-"
        + meeting.getBody().getCode().toLowerCase()
        + "-"
        + meeting.getHeldOn();
  }

  public String getNextNumber() {
    ensureLoaded();
    return new DecisionNumber(meeting.getBody().getCode(), meeting.getHeldOn().getYear(), nextSeq)
        .toString();
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public Meeting getMeeting() {
    ensureLoaded();
    return meeting;
  }

  public List<Decision> getDecisions() {
    ensureLoaded();
    return decisions;
  }

  /** The decision's responsible: anyone in the directory, at most 20 whose name matches. */
  public List<Choice> completePeople(String text) {
    return directory.search(text).stream().map(p -> new Choice(p.id(), p.fullName())).toList();
  }

  public Choice getResponsible() {
    return responsible;
  }

  public void setResponsible(Choice responsible) {
    this.responsible = responsible;
  }

  public List<Theme> getThemes() {
    ensureLoaded();
    return themes;
  }

  public boolean isCanRecord() {
    ensureLoaded();
    return canRecord;
  }

  public DecisionType[] getTypes() {
    return DecisionType.values();
  }

  public DecisionForm getDraft() {
    return draft;
  }
}
