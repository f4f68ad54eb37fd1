package org.cohesion.platform.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import org.cohesion.platform.security.ClientAddress;
import org.cohesion.platform.security.CurrentCaller;
import org.cohesion.platform.security.Guard;
import org.cohesion.platform.security.PlatformRole;

/**
 * Appends to the audit log. Administrative changes are recorded in the caller's transaction, so a
 * change and its trace commit or roll back together; security events (sign-in attempts) have a
 * transaction of their own, since there is no change to roll back with them.
 */
@ApplicationScoped
public class AuditLog {

  @PersistenceContext EntityManager em;
  @Inject CurrentCaller caller;
  @Inject Guard guard;
  @Inject HttpServletRequest request;
  @Inject Clock clock;
  @Inject ClientAddress clientAddress;

  @Transactional(Transactional.TxType.MANDATORY)
  public void record(String action, String objectType, Object objectId, String detail) {
    em.persist(
        new AuditEvent(
            clock.instant(),
            actor(),
            action,
            objectType,
            objectId == null ? null : objectId.toString(),
            detail,
            address()));
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void recordSecurityEvent(String actor, String action, String detail, String address) {
    em.persist(new AuditEvent(clock.instant(), actor, action, "account", actor, detail, address));
  }

  /** The log, newest first: for administrators only. */
  public List<AuditEvent> recent(int first, int max) {
    guard.requireRole(PlatformRole.ADMINISTRATOR);
    return em.createNamedQuery("AuditEvent.listRecent", AuditEvent.class)
        .setFirstResult(first)
        .setMaxResults(max)
        .getResultList();
  }

  public long count() {
    guard.requireRole(PlatformRole.ADMINISTRATOR);
    return em.createNamedQuery("AuditEvent.count", Long.class).getSingleResult();
  }

  private String actor() {
    try {
      String login = caller.get().login();
      return login == null ? "system" : login;
    } catch (ContextNotActiveException e) {
      return "system";
    }
  }

  private String address() {
    try {
      return clientAddress.of(request);
    } catch (RuntimeException e) {
      // No HTTP request behind this call (start-up, a background task).
      return null;
    }
  }
}
