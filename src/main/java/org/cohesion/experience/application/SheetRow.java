package org.cohesion.experience.application;

import java.io.Serializable;
import org.cohesion.experience.domain.SheetConfidentiality;
import org.cohesion.experience.domain.SheetStatus;

/** A sheet in a list: the group's list (working copies) or the catalogue (publications). */
public record SheetRow(
    long id,
    String title,
    String groupName,
    Integer year,
    String territory,
    SheetStatus status,
    SheetConfidentiality confidentiality,
    int publishedNumber,
    boolean demo)
    implements Serializable {}
