package org.cohesion.decisions.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.cohesion.decisions.domain.RegisterEntry;
import org.cohesion.decisions.domain.RegisterHash;
import org.cohesion.network.domain.Body;

/**
 * Puts an entry at the end of its body's chain. The body's row is locked first (SELECT … FOR
 * UPDATE), so concurrent writers, on any node, take their places one after the other; the unique
 * (body, position) key is the backstop. It checks no rights: callers ({@link DecisionRegister}, the
 * demo data set) have done so, and it only runs inside their transaction.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class RegisterChain {

  @PersistenceContext EntityManager em;

  public Body lock(long bodyId) {
    return em.find(Body.class, bodyId, LockModeType.PESSIMISTIC_WRITE);
  }

  public RegisterEntry append(RegisterEntry entry) {
    lock(entry.getBodyId());
    RegisterEntry last =
        em.createNamedQuery("RegisterEntry.last", RegisterEntry.class)
            .setParameter("bodyId", entry.getBodyId())
            .setMaxResults(1)
            .getResultStream()
            .findFirst()
            .orElse(null);
    entry.seal(
        last == null ? 1 : last.getChainSeq() + 1,
        last == null ? RegisterHash.GENESIS : last.getHash());
    em.persist(entry);
    em.flush();
    return entry;
  }
}
