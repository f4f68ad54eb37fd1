package org.cohesion.decisions.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.cohesion.decisions.application.DecisionForm;
import org.cohesion.decisions.application.DecisionRegister;
import org.cohesion.decisions.application.DecisionView;
import org.cohesion.decisions.domain.Decision;
import org.cohesion.decisions.domain.DecisionType;
import org.cohesion.decisions.domain.FollowUpStatus;
import org.cohesion.decisions.domain.RegisterEntry;
import org.cohesion.network.application.MemberDirectory;
import org.cohesion.network.domain.Member;
import org.cohesion.network.domain.Theme;
import org.cohesion.platform.web.Actions;
import org.cohesion.platform.web.Choice;
import org.cohesion.platform.web.Ids;
import org.cohesion.platform.web.ViewParameters;

/**
 * A decision: its content, vote and follow-up, its full history in the register, and the follow-up
 * forms.
 */
@Named
@ViewScoped
public class DecisionPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject DecisionRegister register;
  @Inject MemberDirectory directory;

  private String id;
  private Long decisionId;
  private transient DecisionView view;
  private transient Map<Long, String> names;
  private transient List<Theme> themes;

  private String note;
  private FollowUpStatus newStatus;
  private String statusNote;
  private DecisionForm correction;
  // The correction's responsible as the search offered them (id and name), not a directory menu.
  private Choice responsible;

  public void load() {
    ViewParameters.reapply();
    decisionId = Ids.required(id);
    refresh();
    startCorrection();
  }

  private void startCorrection() {
    correction = DecisionForm.of(view.decision());
    Member r = view.decision().getResponsible();
    responsible = r == null ? null : new Choice(r.getId(), r.getFullName());
  }

  private void refresh() {
    view = register.open(decisionId);
    names = register.namesOf(view.history());
    themes = register.themes();
  }

  private void ensureLoaded() {
    if (view == null && decisionId != null) {
      refresh();
    } else if (decisionId == null) {
      // A fresh instance (see ViewParameters).
      load();
    }
  }

  public void addNote() {
    String text = note;
    if (Actions.attempt(() -> register.addNote(decisionId, text), "decision.noteAdded")) {
      note = null;
    }
    refresh();
  }

  public void changeStatus() {
    FollowUpStatus status = newStatus;
    String text = statusNote;
    if (Actions.attempt(
        () -> register.changeStatus(decisionId, status, text), "decision.statusChanged")) {
      newStatus = null;
      statusNote = null;
    }
    refresh();
  }

  public void correct() {
    DecisionForm d = correction;
    d.setResponsibleId(responsible == null ? null : responsible.id());
    if (Actions.attempt(() -> register.correct(decisionId, d), "decision.corrected.saved")) {
      refresh();
      startCorrection();
    } else {
      refresh();
    }
  }

  public String nameOf(RegisterEntry entry) {
    ensureLoaded();
    return names.getOrDefault(entry.getRecordedBy(), "#" + entry.getRecordedBy());
  }

  public String nameOfMember(Long memberId) {
    ensureLoaded();
    return memberId == null ? "" : names.getOrDefault(memberId, "#" + memberId);
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public Decision getDecision() {
    ensureLoaded();
    return view.decision();
  }

  public DecisionView getView() {
    ensureLoaded();
    return view;
  }

  public List<RegisterEntry> getHistory() {
    ensureLoaded();
    return view.history();
  }

  public List<FollowUpStatus> getNextStatuses() {
    ensureLoaded();
    return List.copyOf(view.decision().getStatus().next());
  }

  /** The correction's responsible: anyone in the directory, at most 20 whose name matches. */
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

  public DecisionType[] getTypes() {
    return DecisionType.values();
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }

  public FollowUpStatus getNewStatus() {
    return newStatus;
  }

  public void setNewStatus(FollowUpStatus newStatus) {
    this.newStatus = newStatus;
  }

  public String getStatusNote() {
    return statusNote;
  }

  public void setStatusNote(String statusNote) {
    this.statusNote = statusNote;
  }

  public DecisionForm getCorrection() {
    return correction;
  }
}
