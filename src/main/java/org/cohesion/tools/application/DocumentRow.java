package org.cohesion.tools.application;

import java.io.Serializable;
import java.time.Instant;
import org.cohesion.tools.domain.Confidentiality;
import org.cohesion.tools.domain.DocumentType;

/** A document in a list: what the row shows. */
public record DocumentRow(
    long id,
    String title,
    DocumentType type,
    Confidentiality confidentiality,
    String groupName,
    Instant createdAt,
    long downloads)
    implements Serializable {}
