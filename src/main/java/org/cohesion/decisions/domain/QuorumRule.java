package org.cohesion.decisions.domain;

/**
 * The quorum of each body, as the association's statutes set it (docs/decision-register.md):
 *
 * <ul>
 *   <li>bureau: more than half of its members present in person (no proxies: it is the executive);
 *   <li>conseil d'administration: more than half of its members present or represented;
 *   <li>assemblée générale: a quarter of the members of the association present or represented.
 * </ul>
 */
public enum QuorumRule {
  MAJORITY_PRESENT,
  MAJORITY_PRESENT_OR_REPRESENTED,
  QUARTER_PRESENT_OR_REPRESENTED;

  public static QuorumRule forBody(String bodyCode) {
    return switch (bodyCode == null ? "" : bodyCode) {
      case "BUREAU" -> MAJORITY_PRESENT;
      case "AG" -> QUARTER_PRESENT_OR_REPRESENTED;
      default -> MAJORITY_PRESENT_OR_REPRESENTED;
    };
  }

  /** How many must count towards the quorum for an electorate of this size. */
  public int required(int electorate) {
    return switch (this) {
      case MAJORITY_PRESENT, MAJORITY_PRESENT_OR_REPRESENTED -> electorate / 2 + 1;
      case QUARTER_PRESENT_OR_REPRESENTED -> (electorate + 3) / 4;
    };
  }

  public int counted(int present, int represented) {
    return this == MAJORITY_PRESENT ? present : present + represented;
  }

  public boolean isMet(int electorate, int present, int represented) {
    return electorate > 0 && counted(present, represented) >= required(electorate);
  }
}
