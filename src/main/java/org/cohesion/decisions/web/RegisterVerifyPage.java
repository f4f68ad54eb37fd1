package org.cohesion.decisions.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.cohesion.decisions.application.RegisterVerification;
import org.cohesion.decisions.domain.ChainReport;
import org.cohesion.platform.domain.AccessDeniedException;
import org.cohesion.platform.web.Actions;

/** The verification of the register, for board members and administrators. */
@Named
@ViewScoped
public class RegisterVerifyPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject RegisterVerification verification;

  private List<ChainReport> reports;
  private long millis;

  /** Anyone else is refused at the door (403); the service checks again when it runs. */
  public void load() {
    if (!verification.mayVerify()) {
      throw new AccessDeniedException();
    }
  }

  public void run() {
    long started = System.nanoTime();
    Actions.result(() -> verification.verify(null), "verify.done").ifPresent(r -> reports = r);
    millis = (System.nanoTime() - started) / 1_000_000;
  }

  public List<ChainReport> getReports() {
    return reports;
  }

  public boolean isIntact() {
    return reports != null && reports.stream().allMatch(ChainReport::intact);
  }

  public long getMillis() {
    return millis;
  }
}
