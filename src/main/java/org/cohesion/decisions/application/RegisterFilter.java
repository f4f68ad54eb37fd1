package org.cohesion.decisions.application;

import java.io.Serializable;
import org.cohesion.decisions.domain.DecisionType;
import org.cohesion.decisions.domain.FollowUpStatus;

/** The register page's filters; every field is optional. */
public class RegisterFilter implements Serializable {
  private static final long serialVersionUID = 1L;

  private Long bodyId;
  private Integer year;
  private DecisionType type;
  private String themeCode;
  private FollowUpStatus status;
  private Long responsibleId;
  private boolean overdue;
  private Long meetingId;
  private String text;

  public Long getBodyId() {
    return bodyId;
  }

  public void setBodyId(Long bodyId) {
    this.bodyId = bodyId;
  }

  public Integer getYear() {
    return year;
  }

  public void setYear(Integer year) {
    this.year = year;
  }

  public DecisionType getType() {
    return type;
  }

  public void setType(DecisionType type) {
    this.type = type;
  }

  public String getThemeCode() {
    return themeCode;
  }

  public void setThemeCode(String themeCode) {
    this.themeCode = themeCode == null || themeCode.isBlank() ? null : themeCode;
  }

  public FollowUpStatus getStatus() {
    return status;
  }

  public void setStatus(FollowUpStatus status) {
    this.status = status;
  }

  public Long getResponsibleId() {
    return responsibleId;
  }

  public void setResponsibleId(Long responsibleId) {
    this.responsibleId = responsibleId;
  }

  public boolean isOverdue() {
    return overdue;
  }

  public void setOverdue(boolean overdue) {
    this.overdue = overdue;
  }

  public Long getMeetingId() {
    return meetingId;
  }

  public void setMeetingId(Long meetingId) {
    this.meetingId = meetingId;
  }

  public String getText() {
    return text;
  }

  /**
   * The longest text searched: it becomes a {@code LIKE '%…%'} pattern whose cost in MariaDB grows
   * with its length, so longer text (only a script sends it) is cut here, whatever calls the
   * filter.
   */
  public static final int MAX_TEXT = 200;

  public void setText(String text) {
    String t = text == null ? null : text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text;
    this.text = t == null || t.isBlank() ? null : t.strip();
  }
}
