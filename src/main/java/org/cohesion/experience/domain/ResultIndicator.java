package org.cohesion.experience.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Objects;

/**
 * A measured result: a label, a value, its period and source, optionally the observatory's
 * indicator and territory it corresponds to (so that a reader can set it beside the figures).
 */
@Embeddable
public class ResultIndicator implements Serializable {
  private static final long serialVersionUID = 1L;
  public static final int MAX_LABEL = 200;
  public static final int MAX_VALUE = 60;
  public static final int MAX_PERIOD = 40;
  public static final int MAX_SOURCE = 200;

  @Column(name = "label", nullable = false, length = MAX_LABEL)
  private String label;

  @Column(name = "value", nullable = false, length = MAX_VALUE)
  private String value;

  @Column(name = "period", length = MAX_PERIOD)
  private String period;

  @Column(name = "source", length = MAX_SOURCE)
  private String source;

  @Column(name = "indicator_id")
  private Long indicatorId;

  @Column(name = "territory_id")
  private Long territoryId;

  protected ResultIndicator() {}

  public ResultIndicator(
      String label,
      String value,
      String period,
      String source,
      Long indicatorId,
      Long territoryId) {
    this.label = Objects.requireNonNull(label, "label").strip();
    this.value = Objects.requireNonNull(value, "value").strip();
    this.period = blankToNull(period);
    this.source = blankToNull(source);
    this.indicatorId = indicatorId;
    this.territoryId = territoryId;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  public String getLabel() {
    return label;
  }

  public String getValue() {
    return value;
  }

  public String getPeriod() {
    return period;
  }

  public String getSource() {
    return source;
  }

  public Long getIndicatorId() {
    return indicatorId;
  }

  public Long getTerritoryId() {
    return territoryId;
  }
}
