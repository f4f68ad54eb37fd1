package org.cohesion.it.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.cohesion.platform.domain.AccessDeniedException;
import org.cohesion.platform.domain.DomainException;
import org.cohesion.platform.domain.NotFoundException;
import org.cohesion.tools.application.DocumentRow;
import org.cohesion.tools.application.Documents;
import org.cohesion.tools.application.LoanRow;
import org.cohesion.tools.application.LoanStatus;
import org.cohesion.tools.application.Loans;
import org.cohesion.tools.application.Upload;
import org.cohesion.tools.domain.Confidentiality;
import org.cohesion.tools.domain.DocumentType;
import org.cohesion.tools.domain.DublinCore;
import org.cohesion.workspace.domain.GroupRole;
import org.cohesion.workspace.domain.Visibility;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Paper items and their loans against the real MariaDB: catalogued without a file and marked so in
 * the library and the index, lent by staff only, once at a time (also when the service is bypassed:
 * the database's key), seen by the borrower as theirs and by others only as out, late after the
 * return date, given back once, every loan kept in the item's history.
 */
@ExtendWith(ArquillianExtension.class)
class LoansIT {

  /** A member of the centre's staff in the demo data. */
  private static final String STAFF = "jvalcin";

  @Inject Users users;
  @Inject Documents documents;
  @Inject Loans loans;

  @Resource(lookup = "java:app/jdbc/cohesion")
  DataSource dataSource;

  private static DublinCore dc(String title, Confidentiality c) {
    return new DublinCore(
        title,
        "Centre de ressources",
        "CRVC",
        null,
        DocumentType.GUIDE,
        "fr",
        "Fort-de-France",
        "Ouvrage du fonds papier",
        null,
        c);
  }

  private static LocalDate today() {
    return LocalDate.now(ZoneId.of("America/Martinique"));
  }

  private long paper(String title, String mark) {
    return users.as(
        STAFF,
        () -> documents.createPaper(null, dc(title, Confidentiality.NETWORK), List.of(), mark));
  }

  @Test
  void aPaperItemIsCataloguedWithoutAFileAndMarkedAsPaper() {
    String reader = users.newAccount("lecteur", "Lecteur Papier");
    long id = paper("Atlas des quartiers prioritaires", "URB 352.1 ATL");

    DocumentRow row =
        users.as(reader, () -> documents.library()).documents().stream()
            .filter(r -> r.id() == id)
            .findFirst()
            .orElseThrow();
    assertTrue(row.paper());
    assertEquals("URB 352.1 ATL", row.shelfMark());
    var page = users.as(reader, () -> documents.page(id));
    assertTrue(page.paper());
    assertTrue(page.versions().isEmpty());
    // The shelf mark is what the index reads for it: a search for the mark finds the item.
    assertTrue(documents.forIndex(id).orElseThrow().text().contains("URB 352.1 ATL"));
    // No file ever comes to a paper item, and a paper item needs its mark.
    assertEquals(
        "paper.noFile",
        assertThrows(
                DomainException.class,
                () ->
                    users.as(
                        STAFF,
                        () ->
                            documents.addVersion(
                                id, new Upload("scan.pdf", SampleFiles.pdf("Scan")), null, null)))
            .messageKey());
    assertEquals(
        "paper.shelfMarkRequired",
        assertThrows(DomainException.class, () -> paper("Sans cote", "  ")).messageKey());
  }

  @Test
  void staffLendAnItemOnceAtATimeAndTheBorrowerSeesItAsTheirs() {
    String borrower = users.newAccount("emprunteur", "Emprunteuse Papier");
    String other = users.newAccount("autre", "Autre Lecteur");
    long borrowerId = users.memberId(borrower);
    long id = paper("Guide de la concertation", "POL 320 GUI");
    LocalDate due = today().plusDays(14);

    // Only staff lend, whatever the member sends.
    assertThrows(
        AccessDeniedException.class,
        () -> users.as(borrower, () -> loans.lend(id, borrowerId, due)));
    // The return date is judged against the centre's date.
    assertEquals(
        "loan.dueOutOfRange",
        assertThrows(
                DomainException.class,
                () -> users.as(STAFF, () -> loans.lend(id, borrowerId, today().minusDays(1))))
            .messageKey());
    assertTrue(users.as(STAFF, () -> loans.status(id)).canLend());

    long loanId = users.as(STAFF, () -> loans.lend(id, borrowerId, due));
    assertEquals(
        "loan.alreadyOut",
        assertThrows(
                DomainException.class,
                () -> users.as(STAFF, () -> loans.lend(id, users.memberId(other), due)))
            .messageKey());

    LoanStatus mine = users.as(borrower, () -> loans.status(id));
    assertTrue(mine.out() && mine.mine());
    assertEquals(due, mine.dueOn());
    assertEquals("Emprunteuse Papier", mine.borrower());
    assertNull(mine.loanId(), "a member does not close loans");
    LoanStatus theirs = users.as(other, () -> loans.status(id));
    assertTrue(theirs.out());
    assertNull(theirs.borrower(), "who has an item is for staff and the borrower");
    assertFalse(theirs.canLend());
    assertEquals(loanId, users.as(STAFF, () -> loans.status(id)).loanId());

    List<LoanRow> myLoans = users.as(borrower, () -> loans.mine(0, 20)).items();
    assertEquals(List.of(id), myLoans.stream().map(LoanRow::documentId).toList());
    assertTrue(users.as(other, () -> loans.mine(0, 20)).items().isEmpty());
    assertTrue(
        users.as(STAFF, () -> loans.out(0, 100)).items().stream().anyMatch(l -> l.id() == loanId));
    assertThrows(AccessDeniedException.class, () -> users.as(other, () -> loans.out(0, 20)));
    assertThrows(AccessDeniedException.class, () -> users.as(other, () -> loans.history(id)));
    assertThrows(
        AccessDeniedException.class, () -> users.as(borrower, () -> loans.giveBack(loanId)));

    users.as(STAFF, () -> loans.giveBack(loanId));
    assertFalse(users.as(borrower, () -> loans.status(id)).out());
    assertEquals(
        "loan.alreadyReturned",
        assertThrows(DomainException.class, () -> users.as(STAFF, () -> loans.giveBack(loanId)))
            .messageKey());
    // Lent again: both loans are in the history, newest first.
    long second = users.as(STAFF, () -> loans.lend(id, users.memberId(other), due));
    List<LoanRow> history = users.as(STAFF, () -> loans.history(id));
    assertEquals(List.of(second, loanId), history.stream().map(LoanRow::id).toList());
    assertFalse(history.get(1).out());
    assertEquals(1, users.as(borrower, () -> loans.mine(0, 20)).total());
  }

  @Test
  void aLoanPastItsReturnDateIsOverdue() throws SQLException {
    String borrower = users.newAccount("retard", "Lecteur En Retard");
    long id = paper("Rapport d’activité 2019", "RAP 2019");
    long loanId =
        users.as(STAFF, () -> loans.lend(id, users.memberId(borrower), today().plusDays(1)));
    assertFalse(users.as(borrower, () -> loans.status(id)).overdue());
    // Time passes: the return date is now two days ago.
    update("UPDATE document_loan SET due_on = ? WHERE id = ?", today().minusDays(2), loanId);
    assertTrue(users.as(borrower, () -> loans.status(id)).overdue());
    LoanRow row =
        users.as(STAFF, () -> loans.out(0, 100)).items().stream()
            .filter(l -> l.id() == loanId)
            .findFirst()
            .orElseThrow();
    assertTrue(row.overdue());
    assertTrue(users.as(borrower, () -> loans.mine(0, 20)).items().get(0).overdue());
  }

  @Test
  void theDatabaseRefusesASecondOpenLoanOfOneItem() throws SQLException {
    String borrower = users.newAccount("double", "Lecteur Double");
    long memberId = users.memberId(borrower);
    long id = paper("Charte du réseau", "RES 001");
    users.as(STAFF, () -> loans.lend(id, memberId, today().plusDays(7)));
    // As another node would, bypassing this one's checks: the unique key on the open loan refuses.
    assertThrows(
        SQLException.class,
        () ->
            update(
                "INSERT INTO document_loan (document_id, borrower_id, lent_by, lent_at, due_on)"
                    + " VALUES (?, ?, ?, NOW(3), ?)",
                id,
                memberId,
                memberId,
                today().plusDays(7)));
  }

  @Test
  void aPaperItemKeptToAGroupIsNotThereForOthers() {
    String lead = users.newAccount("leadpapier", "Lead Papier");
    String outsider = users.newAccount("horspapier", "Hors Papier");
    long group = users.newGroup("Papier", Visibility.MEMBERS_ONLY, Map.of(lead, GroupRole.LEAD));
    long id =
        users.as(
            lead,
            () ->
                documents.createPaper(
                    group, dc("Classeur du groupe", Confidentiality.GROUP), List.of(), "GRP 1"));
    assertFalse(users.as(lead, () -> loans.status(id)).out());
    assertThrows(NotFoundException.class, () -> users.as(outsider, () -> loans.status(id)));
  }

  @Test
  void aClosedAccountOrAnOutsiderOfTheItemsGroupCannotBorrowIt() throws SQLException {
    String closed = users.newAccount("fermepapier", "Compte Fermé");
    String member = users.newAccount("membrepapier", "Membre Papier");
    String outsider = users.newAccount("dehorspapier", "Dehors Papier");
    update("UPDATE account SET active = FALSE WHERE login = ?", closed);
    LocalDate due = today().plusDays(7);
    long open = paper("Guide du partenariat", "POL 330 GUI");
    assertEquals(
        "loan.borrowerInactive",
        assertThrows(
                DomainException.class,
                () -> users.as(STAFF, () -> loans.lend(open, users.memberId(closed), due)))
            .messageKey());
    assertFalse(users.as(STAFF, () -> loans.status(open)).out(), "nothing lent");

    // A group's item, catalogued by the centre's staff (an administrator, who reads it).
    long group =
        users.newGroup("Papier réservé", Visibility.MEMBERS_ONLY, Map.of(member, GroupRole.LEAD));
    long kept =
        users.as(
            STAFF,
            () ->
                documents.createPaper(
                    group, dc("Dossier du groupe", Confidentiality.GROUP), List.of(), "GRP 2"));
    assertEquals(
        "loan.borrowerOutsideGroup",
        assertThrows(
                DomainException.class,
                () -> users.as(STAFF, () -> loans.lend(kept, users.memberId(outsider), due)))
            .messageKey());
    assertFalse(users.as(STAFF, () -> loans.status(kept)).out(), "nothing lent");
    // Its members may.
    users.as(STAFF, () -> loans.lend(kept, users.memberId(member), due));
    assertTrue(users.as(STAFF, () -> loans.status(kept)).out());
  }

  private void update(String sql, Object... params) throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        ps.setObject(i + 1, params[i]);
      }
      ps.executeUpdate();
    }
  }
}
