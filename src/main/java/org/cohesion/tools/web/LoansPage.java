package org.cohesion.tools.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.cohesion.platform.web.Actions;
import org.cohesion.platform.web.PageModel;
import org.cohesion.tools.application.LoanRow;
import org.cohesion.tools.application.Loans;

/**
 * {@code /tools/loans.xhtml}: the caller's own loans of paper items (out, then returned), and for
 * staff who has what now, the late ones marked, each with its return. Both lists are paged in the
 * database.
 */
@Named
@ViewScoped
public class LoansPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject transient Loans loans;

  private PageModel<LoanRow> mine;
  private PageModel<LoanRow> out;
  private boolean staff;

  @PostConstruct
  void init() {
    mine = new PageModel<>(loans::mine);
    staff = loans.canLend();
    if (staff) {
      out = new PageModel<>(loans::out);
    }
  }

  public void giveBack(long loanId) {
    Actions.attempt(() -> loans.giveBack(loanId), "loan.returned");
  }

  public PageModel<LoanRow> getMine() {
    return mine;
  }

  public PageModel<LoanRow> getOut() {
    return out;
  }

  public boolean isStaff() {
    return staff;
  }
}
