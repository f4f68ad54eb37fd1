package org.cohesion.tools.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.cohesion.network.domain.Member;
import org.cohesion.platform.audit.AuditLog;
import org.cohesion.platform.domain.AccessDeniedException;
import org.cohesion.platform.domain.DomainException;
import org.cohesion.platform.domain.NotFoundException;
import org.cohesion.platform.domain.Page;
import org.cohesion.platform.security.Caller;
import org.cohesion.platform.security.Guard;
import org.cohesion.tools.domain.Confidentiality;
import org.cohesion.tools.domain.DocumentAccess;
import org.cohesion.tools.domain.Loan;
import org.cohesion.tools.domain.ToolDocument;
import org.cohesion.workspace.application.GroupAccessLookup;

/**
 * Loans of the centre's paper items. Staff lend and take back; a member sees their own loans and,
 * on an item's page, whether it is out and until when (not to whom). Lending locks the item's row
 * and the database keeps one open loan per item (a unique key), so two nodes cannot lend the same
 * item twice. Overdue is computed from the centre's date at each read: nothing to keep up to date.
 */
@ApplicationScoped
public class Loans {

  /** The centre's calendar: a loan due on a day is late from the next day in Martinique. */
  static final ZoneId ZONE = ZoneId.of("America/Martinique");

  private static final String ROW =
      "SELECT NEW org.cohesion.tools.application.LoanRow(l.id, d.id, d.title, d.shelfMark, b.id,"
          + " b.fullName, s.fullName, l.lentAt, l.dueOn, l.returnedAt,"
          + " CASE WHEN l.returnedAt IS NULL AND l.dueOn < :today THEN TRUE ELSE FALSE END)"
          + " FROM Loan l JOIN l.document d JOIN l.borrower b JOIN l.lentBy s ";

  @PersistenceContext EntityManager em;
  @Inject Guard guard;
  @Inject Documents documents;
  @Inject GroupAccessLookup groupAccess;
  @Inject AuditLog audit;
  @Inject Clock clock;

  /** Lends a paper item to a member until {@code dueOn}. Staff only. */
  @Transactional
  public long lend(long documentId, long borrowerId, LocalDate dueOn) {
    Caller caller = requireStaff();
    ToolDocument doc = em.find(ToolDocument.class, documentId, LockModeType.PESSIMISTIC_WRITE);
    documents.requireReadable(caller, doc);
    Member borrower = em.find(Member.class, borrowerId);
    if (borrower == null) {
      throw new DomainException("loan.borrowerUnknown");
    }
    // A person whose account was closed no longer borrows; one without an account (a contact of
    // the directory) may.
    boolean closed =
        em.createQuery(
                    "SELECT COUNT(a) FROM Account a WHERE a.member.id = :id AND a.active = FALSE",
                    Long.class)
                .setParameter("id", borrowerId)
                .getSingleResult()
            > 0;
    if (closed) {
      throw new DomainException("loan.borrowerInactive", borrower.getFullName());
    }
    // An item kept to a group goes only to its members: a loan would show it to anyone else.
    if (doc.getConfidentiality() == Confidentiality.GROUP
        && groupAccess.roleOf(doc.getGroup().getId(), borrowerId).isEmpty()) {
      throw new DomainException("loan.borrowerOutsideGroup", borrower.getFullName());
    }
    if (open(documentId) != null) {
      throw new DomainException("loan.alreadyOut");
    }
    Loan loan =
        new Loan(
            doc,
            borrower,
            em.find(Member.class, caller.memberId()),
            clock.instant(),
            today(),
            dueOn);
    em.persist(loan);
    em.flush();
    audit.record("LOAN_OUT", "tool_document", documentId, borrower.getFullName() + " → " + dueOn);
    return loan.getId();
  }

  /** The item is back: closes its loan. Staff only; a loan already closed is refused. */
  @Transactional
  public void giveBack(long loanId) {
    Caller caller = requireStaff();
    Loan loan = em.find(Loan.class, loanId, LockModeType.PESSIMISTIC_WRITE);
    if (loan == null) {
      throw new NotFoundException();
    }
    documents.requireReadable(caller, loan.getDocument());
    loan.giveBack(em.find(Member.class, caller.memberId()), clock.instant());
    audit.record(
        "LOAN_RETURNED",
        "tool_document",
        loan.getDocument().getId(),
        loan.getBorrower().getFullName());
  }

  /** Whether a paper item the caller may read is out, as they may see it. */
  @Transactional(TxType.SUPPORTS)
  public LoanStatus status(long documentId) {
    Caller caller = guard.caller();
    ToolDocument doc = em.find(ToolDocument.class, documentId);
    documents.requireReadable(caller, doc);
    boolean staff = DocumentAccess.staff(caller);
    Loan loan = open(documentId);
    if (loan == null) {
      return new LoanStatus(false, null, false, null, null, false, staff && doc.isPaper());
    }
    boolean mine = caller.isAuthenticated() && loan.getBorrower().getId().equals(caller.memberId());
    return new LoanStatus(
        true,
        loan.getDueOn(),
        loan.isOverdue(today()),
        staff ? loan.getId() : null,
        staff || mine ? loan.getBorrower().getFullName() : null,
        mine,
        false);
  }

  /** Every loan of one item, newest first, at most 200. Staff only. */
  @Transactional(TxType.SUPPORTS)
  public List<LoanRow> history(long documentId) {
    Caller caller = requireStaff();
    documents.requireReadable(caller, em.find(ToolDocument.class, documentId));
    return em.createQuery(ROW + "WHERE d.id = :id ORDER BY l.lentAt DESC, l.id DESC", LoanRow.class)
        .setParameter("today", today())
        .setParameter("id", documentId)
        .setMaxResults(200)
        .getResultList();
  }

  /** Who has what: the items out, the latest due first. Staff only. */
  @Transactional(TxType.SUPPORTS)
  public Page<LoanRow> out(int first, int size) {
    requireStaff();
    long total =
        em.createQuery("SELECT COUNT(l) FROM Loan l WHERE l.returnedAt IS NULL", Long.class)
            .getSingleResult();
    List<LoanRow> items =
        em.createQuery(ROW + "WHERE l.returnedAt IS NULL ORDER BY l.dueOn, l.id", LoanRow.class)
            .setParameter("today", today())
            .setFirstResult(Math.max(first, 0))
            .setMaxResults(Math.min(Math.max(size, 1), 100))
            .getResultList();
    return new Page<>(items, total);
  }

  /** The caller's own loans: those out first (the soonest due first), then the returned ones. */
  @Transactional(TxType.SUPPORTS)
  public Page<LoanRow> mine(int first, int size) {
    Caller caller = guard.requireSignedIn();
    long total =
        em.createQuery("SELECT COUNT(l) FROM Loan l WHERE l.borrower.id = :me", Long.class)
            .setParameter("me", caller.memberId())
            .getSingleResult();
    List<LoanRow> items =
        em.createQuery(
                ROW
                    + "WHERE b.id = :me ORDER BY CASE WHEN l.returnedAt IS NULL THEN 0 ELSE 1"
                    + " END, l.dueOn, l.lentAt DESC",
                LoanRow.class)
            .setParameter("today", today())
            .setParameter("me", caller.memberId())
            .setFirstResult(Math.max(first, 0))
            .setMaxResults(Math.min(Math.max(size, 1), 100))
            .getResultList();
    return new Page<>(items, total);
  }

  /** Whether the caller runs the loans (the page shows who has what only to them). */
  public boolean canLend() {
    return DocumentAccess.staff(guard.caller());
  }

  private Loan open(long documentId) {
    return em.createQuery(
            "SELECT l FROM Loan l WHERE l.document.id = :id AND l.returnedAt IS NULL", Loan.class)
        .setParameter("id", documentId)
        .getResultStream()
        .findFirst()
        .orElse(null);
  }

  private Caller requireStaff() {
    Caller caller = guard.requireSignedIn();
    if (!DocumentAccess.staff(caller)) {
      throw new AccessDeniedException();
    }
    return caller;
  }

  private LocalDate today() {
    return LocalDate.now(clock.withZone(ZONE));
  }
}
