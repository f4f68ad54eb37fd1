package org.cohesion.platform.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The search node's reads, each in a short transaction of its own (a rebuild reads page by page, so
 * no transaction and no persistence context grows with the index).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class SearchReads {

  /** One outbox row. */
  public record Change(long id, String kind, long entityId) {}

  @PersistenceContext EntityManager em;

  /**
   * The rows above the node's mark (at most {@code limit}, by id), then every row of the last
   * {@code windowSeconds} seconds at or below it: an id taken by a transaction that commits after a
   * higher one becomes visible late, below the mark, and the window catches it. Two queries, so
   * that a busy window never takes the place of the new rows (two selects, one statement).
   */
  @Transactional(Transactional.TxType.NOT_SUPPORTED)
  public List<Change> changes(long mark, int windowSeconds, int limit) {
    // One statement outside any transaction: it runs every second on every node.
    List<Change> changes = new ArrayList<>();
    read(
        changes,
        em.createNativeQuery(
                "(SELECT id, kind, entity_id FROM search_outbox WHERE id > ?1 ORDER BY id LIMIT ?2)"
                    + " UNION ALL (SELECT id, kind, entity_id FROM search_outbox WHERE id <= ?1"
                    + " AND created_at >= NOW(6) - INTERVAL ?3 SECOND LIMIT ?4)")
            .setParameter(1, mark)
            .setParameter(2, limit)
            .setParameter(3, windowSeconds)
            .setParameter(4, limit * 10)
            .getResultList());
    return changes;
  }

  private static void read(List<Change> changes, List<?> rows) {
    for (Object row : rows) {
      Object[] r = (Object[]) row;
      changes.add(
          new Change(((Number) r[0]).longValue(), (String) r[1], ((Number) r[2]).longValue()));
    }
  }

  /** The highest id written so far (0 for none). */
  public long highest() {
    Object max =
        em.createNativeQuery("SELECT COALESCE(MAX(id), 0) FROM search_outbox").getSingleResult();
    return ((Number) max).longValue();
  }

  public String epoch() {
    return (String)
        em.createNativeQuery("SELECT epoch FROM search_epoch WHERE id = 1").getSingleResult();
  }

  /** Deletes a bounded batch of rows older than the retention; any node may, at any time. */
  public int prune(int retentionHours) {
    return em.createNativeQuery(
            "DELETE FROM search_outbox WHERE created_at < NOW(6) - INTERVAL ?1 HOUR LIMIT 1000")
        .setParameter(1, retentionHours)
        .executeUpdate();
  }

  public Optional<SearchEntry> entry(SearchSource source, long id) {
    return source.entry(id);
  }

  public List<SearchEntry> entries(SearchSource source, long afterId, int limit) {
    return source.entries(afterId, limit);
  }

  public List<Long> affectedBy(SearchSource source, String kind, long id) {
    return source.affectedBy(kind, id);
  }
}
