package org.cohesion.minutes.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import org.cohesion.decisions.domain.Decision;
import org.cohesion.minutes.application.MinutesApproval;
import org.cohesion.minutes.application.MinutesExport;
import org.cohesion.minutes.application.MinutesReading;
import org.cohesion.minutes.domain.ApprovalVote;
import org.cohesion.minutes.domain.MinutesStatus;
import org.cohesion.minutes.domain.MinutesText;
import org.cohesion.minutes.domain.RichText;
import org.cohesion.minutes.domain.Section;
import org.cohesion.minutes.domain.VoteChoice;
import org.cohesion.platform.web.Actions;
import org.cohesion.platform.web.Ids;
import org.cohesion.platform.web.UserLocale;
import org.cohesion.platform.web.ViewParameters;
import org.primefaces.model.StreamedContent;

/**
 * Reading one edition of the minutes, and its approval: the rule, the approvers, the votes with
 * their comments, the caller's vote, and once approved the fingerprint and the PDF.
 */
@Named
@ViewScoped
public class MinutesViewPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject MinutesApproval approval;
  @Inject MinutesExport export;
  @Inject UserLocale userLocale;

  private String id;
  private Long minutesId;
  private VoteChoice choice;
  private String comment;
  private transient MinutesApproval.Approval state;
  private transient MinutesText text;
  private transient List<Decision> decisions;

  public void load() {
    ViewParameters.reapply();
    minutesId = Ids.required(id);
    refresh();
  }

  /** Everything the page shows comes from this one read (see MinutesApproval.reading). */
  private void refresh() {
    MinutesReading reading = approval.reading(minutesId);
    state = reading.approval();
    text = reading.text();
    decisions = reading.decisions();
    if (choice == null) {
      choice = state.callerVote() == null ? VoteChoice.APPROVE : state.callerVote();
    }
  }

  private MinutesApproval.Approval state() {
    if (state == null) {
      if (minutesId == null) {
        load();
      } else {
        refresh();
      }
    }
    return state;
  }

  public void vote() {
    long minutes = minutesId;
    VoteChoice chosen = choice;
    String why = comment;
    if (Actions.attempt(() -> approval.vote(minutes, chosen, why), "minutes.voted")) {
      comment = null;
      refresh();
    }
  }

  public String amend() {
    long minutes = minutesId;
    Optional<Long> amendment =
        Actions.result(() -> approval.amend(minutes), "minutes.amendStarted");
    if (amendment.isEmpty()) {
      return null;
    }
    return "/minutes/edit?faces-redirect=true&id=" + amendment.get();
  }

  public StreamedContent getPdf() {
    long minutes = minutesId;
    var state = state();
    byte[] pdf = export.pdf(minutes, userLocale.getLocale());
    return Downloads.pdf(
        pdf,
        "compte-rendu-"
            + state.minutes().getMeeting().getStartsAt().toLocalDate()
            + "-"
            + state.minutes().getEdition());
  }

  public MinutesApproval.Approval getState() {
    return state();
  }

  public List<Section> getSections() {
    state();
    return text.sections();
  }

  /** A section's HTML, sanitised once more on the way out (it was when saved). */
  public String html(Section section) {
    return RichText.sanitize(section.html());
  }

  public List<ApprovalVote> getVotes() {
    return state().votes();
  }

  /** For a body's meeting: the decisions recorded in the register for that body and day. */
  public List<Decision> getDecisions() {
    state();
    return decisions;
  }

  public long getApprovals() {
    return state().votes().stream().filter(v -> v.getChoice() == VoteChoice.APPROVE).count();
  }

  public boolean isCanVote() {
    return state().minutes().getStatus() == MinutesStatus.SUBMITTED && state().callerApproves();
  }

  public VoteChoice[] getChoices() {
    return VoteChoice.values();
  }

  public VoteChoice getChoice() {
    return choice;
  }

  public void setChoice(VoteChoice choice) {
    this.choice = choice;
  }

  public String getComment() {
    return comment;
  }

  public void setComment(String comment) {
    this.comment = comment;
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }
}
