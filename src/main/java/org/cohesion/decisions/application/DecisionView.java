package org.cohesion.decisions.application;

import java.util.List;
import org.cohesion.decisions.domain.Decision;
import org.cohesion.decisions.domain.RegisterEntry;

/** A decision with its full history (every register entry) and what the caller may do with it. */
public record DecisionView(
    Decision decision,
    List<RegisterEntry> history,
    boolean canFollowUp,
    boolean canCorrect,
    boolean canSeeMeeting,
    boolean overdue) {}
