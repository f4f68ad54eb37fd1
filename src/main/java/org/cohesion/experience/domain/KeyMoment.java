package org.cohesion.experience.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;

/** A key moment of the actions carried out: a date and what happened. */
@Embeddable
public class KeyMoment implements Serializable {
  private static final long serialVersionUID = 1L;
  public static final int MAX_LABEL = 300;

  @Column(name = "on_date", nullable = false)
  private LocalDate onDate;

  @Column(name = "label", nullable = false, length = MAX_LABEL)
  private String label;

  protected KeyMoment() {}

  public KeyMoment(LocalDate onDate, String label) {
    this.onDate = Objects.requireNonNull(onDate, "onDate");
    this.label = Objects.requireNonNull(label, "label").strip();
  }

  public LocalDate getOnDate() {
    return onDate;
  }

  public String getLabel() {
    return label;
  }
}
