package org.cohesion.platform.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Objects;

/**
 * Where the features say that something search knows of has changed (created, edited, its status or
 * audience changed, deleted): one row in {@code search_outbox}, in the transaction of the change,
 * so that a rolled-back change reaches no index and a committed one reaches every node's.
 */
@ApplicationScoped
public class SearchOutbox {

  @PersistenceContext EntityManager em;

  /** One insert, in the caller's transaction; the id of a new entity must be known (flushed). */
  @Transactional(Transactional.TxType.MANDATORY)
  public void changed(String kind, long id) {
    Objects.requireNonNull(kind, "kind");
    em.createNativeQuery("INSERT INTO search_outbox (kind, entity_id) VALUES (?1, ?2)")
        .setParameter(1, kind)
        .setParameter(2, id)
        .executeUpdate();
  }
}
