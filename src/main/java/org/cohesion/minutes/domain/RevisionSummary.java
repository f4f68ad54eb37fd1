package org.cohesion.minutes.domain;

import java.io.Serializable;
import java.time.Instant;

/** A line of the history: a revision without its text. */
public record RevisionSummary(
    int number,
    Integer basedOn,
    RevisionKind kind,
    String author,
    Instant createdAt,
    String summary,
    int characters,
    String fingerprint)
    implements Serializable {}
