package org.cohesion.decisions.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.cohesion.decisions.domain.Decision;
import org.cohesion.decisions.domain.DecisionContent;
import org.cohesion.decisions.domain.DecisionType;
import org.cohesion.decisions.domain.Vote;

/**
 * What a person types to record or correct a decision. Faces checks the annotations field by field;
 * {@link DecisionRegister} checks them again, whoever called, and {@link Decision} then holds the
 * content to the meeting (quorum, voters, date).
 */
public class DecisionForm implements Serializable {
  private static final long serialVersionUID = 1L;

  private Integer seq;

  @NotBlank(message = "{decision.title.required}")
  @Size(max = Decision.MAX_TITLE, message = "{field.tooLong}")
  private String title;

  @NotBlank(message = "{decision.text.required}")
  @Size(max = Decision.MAX_TEXT, message = "{field.tooLong}")
  private String text;

  @NotNull(message = "{decision.type.required}")
  private DecisionType type = DecisionType.DELIBERATION;

  private boolean unanimous = true;
  private Integer votesFor;
  private Integer votesAgainst;
  private Integer abstentions;
  private List<String> themeCodes = new ArrayList<>();

  @Size(max = Decision.MAX_MINUTES_REF, message = "{field.tooLong}")
  private String minutesRef;

  @Size(max = Decision.MAX_DOCUMENTS, message = "{field.tooLong}")
  private String documents;

  private boolean publicDecision;
  private Long responsibleId;
  private LocalDate dueOn;

  /** The form holding a decision's current content, for a correction. */
  public static DecisionForm of(Decision d) {
    DecisionForm draft = new DecisionForm();
    draft.seq = d.getSeq();
    draft.title = d.getTitle();
    draft.text = d.getText();
    draft.type = d.getType();
    draft.unanimous = d.isUnanimous();
    draft.votesFor = d.getVotesFor();
    draft.votesAgainst = d.getVotesAgainst();
    draft.abstentions = d.getAbstentions();
    draft.themeCodes = new ArrayList<>(d.themeCodes());
    draft.minutesRef = d.getMinutesRef();
    draft.documents = d.getDocuments();
    draft.publicDecision = d.isPublicDecision();
    draft.responsibleId = d.getResponsible() == null ? null : d.getResponsible().getId();
    draft.dueOn = d.getDueOn();
    return draft;
  }

  /** The content handed to the entity's verbs. */
  public DecisionContent content() {
    return new DecisionContent(
        title, text, type, vote(), minutesRef, documents, publicDecision, dueOn);
  }

  private Vote vote() {
    return unanimous
        ? new Vote(true, 0, nz(votesAgainst), nz(abstentions))
        : Vote.counted(nz(votesFor), nz(votesAgainst), nz(abstentions));
  }

  private static int nz(Integer i) {
    return i == null ? 0 : i;
  }

  public Integer getSeq() {
    return seq;
  }

  public void setSeq(Integer seq) {
    this.seq = seq;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public DecisionType getType() {
    return type;
  }

  public void setType(DecisionType type) {
    this.type = type;
  }

  public boolean isUnanimous() {
    return unanimous;
  }

  public void setUnanimous(boolean unanimous) {
    this.unanimous = unanimous;
  }

  public Integer getVotesFor() {
    return votesFor;
  }

  public void setVotesFor(Integer votesFor) {
    this.votesFor = votesFor;
  }

  public Integer getVotesAgainst() {
    return votesAgainst;
  }

  public void setVotesAgainst(Integer votesAgainst) {
    this.votesAgainst = votesAgainst;
  }

  public Integer getAbstentions() {
    return abstentions;
  }

  public void setAbstentions(Integer abstentions) {
    this.abstentions = abstentions;
  }

  public List<String> getThemeCodes() {
    return themeCodes;
  }

  public void setThemeCodes(List<String> themeCodes) {
    this.themeCodes = themeCodes == null ? new ArrayList<>() : new ArrayList<>(themeCodes);
  }

  public String getMinutesRef() {
    return minutesRef;
  }

  public void setMinutesRef(String minutesRef) {
    this.minutesRef = minutesRef;
  }

  public String getDocuments() {
    return documents;
  }

  public void setDocuments(String documents) {
    this.documents = documents;
  }

  public boolean isPublicDecision() {
    return publicDecision;
  }

  public void setPublicDecision(boolean publicDecision) {
    this.publicDecision = publicDecision;
  }

  public Long getResponsibleId() {
    return responsibleId;
  }

  public void setResponsibleId(Long responsibleId) {
    this.responsibleId = responsibleId;
  }

  public LocalDate getDueOn() {
    return dueOn;
  }

  public void setDueOn(LocalDate dueOn) {
    this.dueOn = dueOn;
  }
}
