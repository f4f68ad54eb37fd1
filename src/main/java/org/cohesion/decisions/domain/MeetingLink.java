package org.cohesion.decisions.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.io.Serializable;

/** A document of the meeting, as a link (http or https only). */
@Entity
@Table(name = "meeting_link")
public class MeetingLink implements Serializable {
  public static final int MAX_LABEL = 200;
  public static final int MAX_URL = 1000;

  private static final long serialVersionUID = 1L;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "meeting_id", nullable = false, updatable = false)
  private Meeting meeting;

  private int position;

  @Column(nullable = false, length = MAX_LABEL)
  private String label;

  @Column(nullable = false, length = MAX_URL)
  private String url;

  protected MeetingLink() {}

  MeetingLink(Meeting meeting, int position, String label, String url) {
    this.meeting = meeting;
    this.position = position;
    this.label = label.strip();
    this.url = url.strip();
  }

  public Long getId() {
    return id;
  }

  public String getLabel() {
    return label;
  }

  public String getUrl() {
    return url;
  }
}
