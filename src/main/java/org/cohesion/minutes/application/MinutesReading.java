package org.cohesion.minutes.application;

import java.util.List;
import org.cohesion.decisions.domain.Decision;
import org.cohesion.minutes.domain.MinutesText;

/**
 * One edition of the minutes as its reader's page shows it, read at once: its approval (rule,
 * approvers, votes, the caller's vote), its text, and for a body's meeting the decisions of that
 * body on that day that the caller may read (empty for a group's meeting).
 */
public record MinutesReading(
    MinutesApproval.Approval approval, MinutesText text, List<Decision> decisions) {

  public MinutesReading {
    decisions = List.copyOf(decisions);
  }
}
