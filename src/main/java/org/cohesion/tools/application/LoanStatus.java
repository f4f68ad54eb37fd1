package org.cohesion.tools.application;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * A paper item's availability as the caller may see it: whether it is out and until when to all its
 * readers; to whom, and the loan to close, to staff and to the borrower only.
 *
 * @param loanId the open loan, for staff (null otherwise or when on the shelf)
 * @param borrower who has it, for staff and the borrower (null otherwise)
 */
public record LoanStatus(
    boolean out,
    LocalDate dueOn,
    boolean overdue,
    Long loanId,
    String borrower,
    boolean mine,
    boolean canLend)
    implements Serializable {}
