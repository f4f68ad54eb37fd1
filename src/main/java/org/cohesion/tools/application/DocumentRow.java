package org.cohesion.tools.application;

import java.io.Serializable;
import java.time.Instant;
import org.cohesion.tools.domain.Confidentiality;
import org.cohesion.tools.domain.DocumentType;

/**
 * A document in a list: what the row shows.
 *
 * @param shelfMark set for a paper item (no file), null otherwise
 */
public record DocumentRow(
    long id,
    String title,
    DocumentType type,
    Confidentiality confidentiality,
    String groupName,
    Instant createdAt,
    long downloads,
    String shelfMark)
    implements Serializable {

  public boolean paper() {
    return shelfMark != null;
  }
}
