package org.cohesion.decisions.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.cohesion.platform.audit.AuditLog;

/** Writes a verification's outcome to the audit log, in a transaction of its own. */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
class VerificationTrace {

  @Inject AuditLog audit;

  public void record(String action, String objectType, Object objectId, String detail) {
    audit.record(action, objectType, objectId, detail);
  }
}
