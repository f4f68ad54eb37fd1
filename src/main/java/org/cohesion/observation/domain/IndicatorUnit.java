package org.cohesion.observation.domain;

/** What an indicator's values count. Counts are never negative; percentages stay within 0-100. */
public enum IndicatorUnit {
  COUNT,
  PERCENT,
  EURO,
  RATE_PER_1000;

  /** The message key of a value that breaks this unit's range, or null when it is fine. */
  public String rangeProblem(java.math.BigDecimal value) {
    if (value == null) {
      return null;
    }
    if (this == COUNT && value.signum() < 0) {
      return "import.problem.negativeCount";
    }
    if (this == PERCENT && (value.signum() < 0 || value.compareTo(HUNDRED) > 0)) {
      return "import.problem.percentOutOfRange";
    }
    if (this == RATE_PER_1000 && (value.signum() < 0 || value.compareTo(THOUSAND) > 0)) {
      return "import.problem.rateOutOfRange";
    }
    return null;
  }

  private static final java.math.BigDecimal HUNDRED = java.math.BigDecimal.valueOf(100);
  private static final java.math.BigDecimal THOUSAND = java.math.BigDecimal.valueOf(1000);
}
