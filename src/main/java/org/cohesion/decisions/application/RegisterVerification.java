package org.cohesion.decisions.application;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.cohesion.decisions.domain.ChainReport;
import org.cohesion.decisions.infrastructure.RegisterVerifier;
import org.cohesion.platform.domain.AccessDeniedException;
import org.cohesion.platform.persistence.Database;

/**
 * Verifies the register's hash chains, for board members and administrators (the page and the REST
 * endpoint). The same {@link RegisterVerifier} runs in the administrator's command-line tool.
 */
@ApplicationScoped
// Outside any transaction: the chains are streamed over a plain pooled connection in auto-commit,
// read-only; the trace goes to the audit log in a short transaction of its own.
@Transactional(Transactional.TxType.NOT_SUPPORTED)
public class RegisterVerification {

  @Resource(lookup = Database.JNDI_NAME)
  DataSource dataSource;

  @Inject DecisionCallers callers;
  @Inject VerificationTrace trace;

  public boolean mayVerify() {
    return callers.require().access().canVerify();
  }

  /** Every body's chain, or one body's when {@code bodyId} is given. */
  public List<ChainReport> verify(Long bodyId) {
    if (!callers.require().access().canVerify()) {
      throw new AccessDeniedException();
    }
    long started = System.nanoTime();
    try (Connection connection = dataSource.getConnection()) {
      connection.setReadOnly(true);
      List<ChainReport> reports = RegisterVerifier.verify(connection, bodyId);
      connection.setReadOnly(false);
      trace.record(
          "REGISTER_VERIFIED",
          "register",
          bodyId,
          (reports.stream().allMatch(ChainReport::intact) ? "intact" : "NOT intact")
              + " in "
              + (System.nanoTime() - started) / 1_000_000
              + " ms");
      return reports;
    } catch (SQLException e) {
      throw new IllegalStateException("The register could not be read", e);
    }
  }
}
