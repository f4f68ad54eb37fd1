package org.cohesion.tools.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.cohesion.network.domain.Member;
import org.cohesion.platform.domain.DomainException;

/**
 * A paper item lent to a member until a return date, and given back (or not yet). Kept once
 * returned: it is the item's history and the borrower's. That an item is out once at a time is the
 * database's rule (a unique key on the open loan's item), so two nodes cannot both lend it.
 */
@Entity
@Table(name = "document_loan")
public class Loan implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The longest loan staff may grant, in days. */
  public static final int MAX_DAYS = 365;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private int version;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "document_id", nullable = false)
  private ToolDocument document;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "borrower_id", nullable = false)
  private Member borrower;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "lent_by", nullable = false)
  private Member lentBy;

  @Column(name = "lent_at", nullable = false)
  private Instant lentAt;

  @Column(name = "due_on", nullable = false)
  private LocalDate dueOn;

  @Column(name = "returned_at")
  private Instant returnedAt;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "returned_to")
  private Member returnedTo;

  protected Loan() {}

  /**
   * Lends a paper item from {@code today} until {@code dueOn}, at most {@link #MAX_DAYS} later.
   *
   * @param today the centre's date (Martinique), from which the return date is judged
   */
  public Loan(
      ToolDocument document,
      Member borrower,
      Member lentBy,
      Instant at,
      LocalDate today,
      LocalDate dueOn) {
    if (!document.isPaper()) {
      throw new DomainException("loan.notPaper");
    }
    if (dueOn == null) {
      throw new DomainException("loan.dueRequired");
    }
    if (dueOn.isBefore(today) || dueOn.isAfter(today.plusDays(MAX_DAYS))) {
      throw new DomainException("loan.dueOutOfRange", MAX_DAYS);
    }
    this.document = document;
    this.borrower = Objects.requireNonNull(borrower);
    this.lentBy = Objects.requireNonNull(lentBy);
    this.lentAt = Objects.requireNonNull(at);
    this.dueOn = dueOn;
  }

  /** The item is back on its shelf. Once only: a second return is refused, not repeated. */
  public void giveBack(Member to, Instant at) {
    if (returnedAt != null) {
      throw new DomainException("loan.alreadyReturned");
    }
    this.returnedTo = Objects.requireNonNull(to);
    this.returnedAt = Objects.requireNonNull(at);
  }

  public boolean isOut() {
    return returnedAt == null;
  }

  /** Still out after its return date. */
  public boolean isOverdue(LocalDate today) {
    return returnedAt == null && today.isAfter(dueOn);
  }

  public Long getId() {
    return id;
  }

  public ToolDocument getDocument() {
    return document;
  }

  public Member getBorrower() {
    return borrower;
  }

  public Member getLentBy() {
    return lentBy;
  }

  public Instant getLentAt() {
    return lentAt;
  }

  public LocalDate getDueOn() {
    return dueOn;
  }

  public Instant getReturnedAt() {
    return returnedAt;
  }

  public Member getReturnedTo() {
    return returnedTo;
  }
}
