package org.cohesion.platform.search;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.util.Objects;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Where the features say that something search knows of has changed (created, edited, its status or
 * audience changed, deleted): one row in {@code search_outbox}, in the transaction of the change,
 * so that a rolled-back change reaches no index and a committed one reaches every node's.
 *
 * <p>Once that transaction has committed, the node that made the change applies the outbox at once
 * ({@link SearchNode#applySoon()}, off the person's request) instead of at its next one-second
 * pass: in the OpenSearch mode that pass writes the index every node reads, so another node finds
 * the change as soon as that pass ends. The rows stay the only state: a node that stops between its
 * commit and that pass leaves them to the next pass of any node.
 */
@ApplicationScoped
public class SearchOutbox {
  private static final Logger LOG = Logger.getLogger(SearchOutbox.class.getName());

  /** A transaction wrote outbox rows (fired once per transaction); observed once it commits. */
  record Written(String kind, long id) {}

  @PersistenceContext EntityManager em;
  @Inject Event<Written> written;
  @Inject SearchNode node;
  @Resource TransactionSynchronizationRegistry transactions;

  /** One insert, in the caller's transaction; the id of a new entity must be known (flushed). */
  @Transactional(Transactional.TxType.MANDATORY)
  public void changed(String kind, long id) {
    Objects.requireNonNull(kind, "kind");
    em.createNativeQuery("INSERT INTO search_outbox (kind, entity_id) VALUES (?1, ?2)")
        .setParameter(1, kind)
        .setParameter(2, id)
        .executeUpdate();
    // One pass after the commit is enough for all the transaction's rows (an import writes many).
    if (transactions.getResource(Written.class) == null) {
      transactions.putResource(Written.class, Boolean.TRUE);
      written.fire(new Written(kind, id));
    }
  }

  void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) Written row) {
    try {
      node.applySoon();
    } catch (RuntimeException e) {
      LOG.log(Level.INFO, "Search: the change is left to the next pass", e);
    }
  }
}
