package org.cohesion.decisions.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.cohesion.decisions.application.DecisionRegister;
import org.cohesion.decisions.application.FollowUpSummary;
import org.cohesion.decisions.application.MeetingDay;
import org.cohesion.decisions.application.Meetings;
import org.cohesion.decisions.application.RegisterFilter;
import org.cohesion.decisions.application.RegisterView;
import org.cohesion.decisions.domain.Decision;
import org.cohesion.decisions.domain.DecisionType;
import org.cohesion.decisions.domain.FollowUpStatus;
import org.cohesion.network.application.MemberDirectory;
import org.cohesion.network.domain.Body;
import org.cohesion.network.domain.Theme;
import org.cohesion.platform.web.Actions;
import org.cohesion.platform.web.Choice;
import org.cohesion.platform.web.PageModel;
import org.cohesion.platform.web.UserLocale;
import org.cohesion.platform.web.ViewParameters;
import org.primefaces.model.StreamedContent;

/**
 * The register ("relevé de décisions"): decisions filtered by body, year, type, theme, status,
 * responsible member, overdue and text; the follow-up summary; the meetings; the exports.
 */
@Named
@ViewScoped
public class RegisterPage implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Rows of the decisions table (register.xhtml): the first page comes with the page's read. */
  static final int ROWS = 25;

  @Inject DecisionRegister register;
  @Inject Meetings meetings;
  @Inject MemberDirectory directory;
  @Inject UserLocale userLocale;

  private final RegisterFilter filter = new RegisterFilter();
  private PageModel<Decision> model;
  // Read again after a fail-over (transient), in one call: see DecisionRegister.page.
  private transient RegisterView view;
  // The responsible chosen in the filter, as the search offered them (id and name only).
  private Choice responsible;

  private Long newBodyId;
  private LocalDate newDate;
  private String newTitle;
  private String newPlace;
  private Integer newElectorate;

  public void load() {
    ViewParameters.reapply();
    refresh();
  }

  private void refresh() {
    filter.setResponsibleId(responsible == null ? null : responsible.id());
    view = register.page(filter, ROWS);
    DecisionRegister service = register;
    RegisterFilter f = filter;
    model = new PageModel<>((first, size) -> service.search(f, first, size), view.decisions());
  }

  private RegisterView view() {
    if (view == null) {
      refresh();
    }
    return view;
  }

  public void applyFilter() {
    refresh();
  }

  public void resetFilter() {
    filter.setBodyId(null);
    filter.setYear(null);
    filter.setType(null);
    filter.setThemeCode(null);
    filter.setStatus(null);
    filter.setResponsibleId(null);
    responsible = null;
    filter.setOverdue(false);
    filter.setText(null);
    refresh();
  }

  public String schedule() {
    Long body = newBodyId;
    if (body == null) {
      org.cohesion.platform.web.Messages.error("meeting.chooseBody");
      return null;
    }
    return Actions.result(
            () ->
                meetings.schedule(body, new MeetingDay(newDate, newTitle, newPlace, newElectorate)),
            "meeting.scheduled")
        .map(id -> "/meetings/meeting?faces-redirect=true&id=" + id)
        .orElse(null);
  }

  public StreamedContent getCsv() {
    return RegisterExport.csv(register.export(filter), userLocale.getLocale(), fileName());
  }

  public StreamedContent getPdf() {
    return RegisterExport.pdf(
        register.export(filter),
        userLocale.getLocale(),
        org.cohesion.platform.web.Messages.text(userLocale.getLocale(), "decisions.title")
            + (filter.getYear() == null ? "" : " " + filter.getYear()),
        fileName());
  }

  private String fileName() {
    return "releve-decisions" + (filter.getYear() == null ? "" : "-" + filter.getYear());
  }

  public boolean isOverdue(Decision d) {
    return d.isOverdue(view().today());
  }

  public boolean isMayVerify() {
    return view().mayVerify();
  }

  /** The responsible filter's search: at most 20 people whose name matches. */
  public List<Choice> completePeople(String text) {
    return directory.search(text).stream().map(p -> new Choice(p.id(), p.fullName())).toList();
  }

  public Choice getResponsible() {
    return responsible;
  }

  public void setResponsible(Choice responsible) {
    this.responsible = responsible;
  }

  public RegisterFilter getFilter() {
    return filter;
  }

  public PageModel<Decision> getModel() {
    if (model == null) {
      // A fresh instance (see ViewParameters).
      load();
    }
    return model;
  }

  public FollowUpSummary getSummary() {
    return view().summary();
  }

  public List<RegisterView.MeetingLine> getMeetings() {
    return view().meetings();
  }

  public List<Body> getRecordableBodies() {
    return view().recordableBodies();
  }

  public List<Body> getBodies() {
    return view().bodies();
  }

  public List<Integer> getYears() {
    return view().years();
  }

  public List<Theme> getThemes() {
    return view().themes();
  }

  public DecisionType[] getTypes() {
    return DecisionType.values();
  }

  public FollowUpStatus[] getStatuses() {
    return FollowUpStatus.values();
  }

  public Long getNewBodyId() {
    return newBodyId;
  }

  public void setNewBodyId(Long newBodyId) {
    this.newBodyId = newBodyId;
  }

  public LocalDate getNewDate() {
    return newDate;
  }

  public void setNewDate(LocalDate newDate) {
    this.newDate = newDate;
  }

  public String getNewTitle() {
    return newTitle;
  }

  public void setNewTitle(String newTitle) {
    this.newTitle = newTitle;
  }

  public String getNewPlace() {
    return newPlace;
  }

  public void setNewPlace(String newPlace) {
    this.newPlace = newPlace;
  }

  public Integer getNewElectorate() {
    return newElectorate;
  }

  public void setNewElectorate(Integer newElectorate) {
    this.newElectorate = newElectorate;
  }
}
