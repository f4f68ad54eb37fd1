package org.cohesion.decisions.domain;

import java.time.LocalDate;

/**
 * Everything of a register entry that its hash covers, exactly as stored in {@code register_entry}
 * (all but the id, the previous hash and the hash itself). Built from an entity when an entry is
 * written and from a JDBC row when the chain is verified, so both go through one serialisation.
 */
public record EntryContent(
    long bodyId,
    long chainSeq,
    String kind,
    String decisionNo,
    Long correctsId,
    Long meetingId,
    LocalDate heldOn,
    String title,
    String text,
    String decisionType,
    Boolean unanimous,
    Integer votesFor,
    Integer votesAgainst,
    Integer abstentions,
    String themes,
    String minutesRef,
    String documents,
    Boolean publicEntry,
    Long responsibleId,
    LocalDate dueOn,
    String status,
    String note,
    long recordedAt,
    long recordedBy,
    boolean demo) {}
