package org.cohesion.tools.application;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A loan in a list: the item, who has (or had) it, since when, until when, and whether it is late.
 *
 * @param returnedAt null while the item is out
 */
public record LoanRow(
    long id,
    long documentId,
    String title,
    String shelfMark,
    long borrowerId,
    String borrower,
    String lentBy,
    Instant lentAt,
    LocalDate dueOn,
    Instant returnedAt,
    boolean overdue)
    implements Serializable {

  public boolean out() {
    return returnedAt == null;
  }
}
