package org.cohesion.experience.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Objects;

/** One funder's share of a sheet's budget, in euros. */
@Embeddable
public class Funding implements Serializable {
  private static final long serialVersionUID = 1L;
  public static final int MAX_LABEL = 160;

  @Enumerated(EnumType.STRING)
  @Column(name = "funder", nullable = false)
  private Funder funder;

  /** Which one, for "other" (a foundation, a landlord…), or a detail. */
  @Column(name = "label", length = MAX_LABEL)
  private String label;

  @Column(name = "amount", nullable = false)
  private BigDecimal amount;

  protected Funding() {}

  public Funding(Funder funder, String label, BigDecimal amount) {
    this.funder = Objects.requireNonNull(funder, "funder");
    this.label = label == null || label.isBlank() ? null : label.strip();
    this.amount = Objects.requireNonNull(amount, "amount");
  }

  public Funder getFunder() {
    return funder;
  }

  public String getLabel() {
    return label;
  }

  public BigDecimal getAmount() {
    return amount;
  }
}
