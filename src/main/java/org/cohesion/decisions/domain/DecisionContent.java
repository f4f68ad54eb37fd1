package org.cohesion.decisions.domain;

import java.time.LocalDate;

/**
 * What a decision says, as {@link Decision#take} and {@link Decision#correct} receive it: the
 * form's fields once the service has checked them, the vote already counted. The entity still holds
 * its own rules (a title and a text, a vote that fits the voters, a due date after the meeting).
 */
public record DecisionContent(
    String title,
    String text,
    DecisionType type,
    Vote vote,
    String minutesRef,
    String documents,
    boolean publicDecision,
    LocalDate dueOn) {}
