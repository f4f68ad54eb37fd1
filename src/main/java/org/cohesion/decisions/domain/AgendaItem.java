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

/** One item of a meeting's agenda. Its key names the section of the minutes written for it. */
@Entity
@Table(name = "agenda_item")
public class AgendaItem implements Serializable {
  public static final int MAX_TITLE = 200;
  public static final int MAX_DESCRIPTION = 1000;

  private static final long serialVersionUID = 1L;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "meeting_id", nullable = false, updatable = false)
  private Meeting meeting;

  private int position;

  @Column(name = "item_key", nullable = false, length = 40, updatable = false)
  private String key;

  @Column(nullable = false, length = MAX_TITLE)
  private String title;

  @Column(length = MAX_DESCRIPTION)
  private String description;

  protected AgendaItem() {}

  AgendaItem(Meeting meeting, String key) {
    this.meeting = meeting;
    this.key = key;
  }

  void update(int position, String title, String description) {
    this.position = position;
    this.title = title.strip();
    this.description = description == null || description.isBlank() ? null : description.strip();
  }

  public Long getId() {
    return id;
  }

  public int getPosition() {
    return position;
  }

  public String getKey() {
    return key;
  }

  public String getTitle() {
    return title;
  }

  public String getDescription() {
    return description;
  }
}
