package org.cohesion.decisions.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.cohesion.decisions.application.DecisionRegister;
import org.cohesion.decisions.application.DecisionView;
import org.cohesion.decisions.domain.Decision;
import org.cohesion.decisions.domain.DecisionDraft;
import org.cohesion.decisions.domain.DecisionType;
import org.cohesion.decisions.domain.FollowUpStatus;
import org.cohesion.decisions.domain.RegisterEntry;
import org.cohesion.network.application.MemberDirectory;
import org.cohesion.network.domain.Member;
import org.cohesion.network.domain.Theme;
import org.cohesion.platform.web.Actions;
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
  private transient List<Member> people;
  private transient List<Theme> themes;

  private String note;
  private FollowUpStatus newStatus;
  private String statusNote;
  private DecisionDraft correction;

  public void load() {
    if (id == null) {
      ViewParameters.reapply();
    }
    decisionId = Ids.required(id);
    refresh();
    correction = DecisionDraft.of(view.decision());
  }

  private void refresh() {
    view = register.open(decisionId);
    names = register.namesOf(view.history());
    people = view.canCorrect() ? directory.everyone() : List.of();
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
    DecisionDraft d = correction;
    if (Actions.attempt(() -> register.correct(decisionId, d), "decision.corrected.saved")) {
      refresh();
      correction = DecisionDraft.of(view.decision());
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

  public List<Member> getPeople() {
    ensureLoaded();
    return people;
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

  public DecisionDraft getCorrection() {
    return correction;
  }
}
