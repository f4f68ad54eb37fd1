package org.cohesion.platform.search;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * A {@link SearchSource}'s two reads when its entries come from one native SELECT: one entry by id,
 * and a rebuild's page by increasing id. The SELECT has no WHERE clause of its own (subqueries may
 * have theirs); {@code idColumn} is the column (with its alias) that both reads filter and order
 * on, and {@code mapper} turns a row into the entry. A source keeps this as a constant and answers
 * {@code entry} and {@code entries} through it.
 */
public record NativeEntries(
    String select, String idColumn, Function<Object[], SearchEntry> mapper) {

  /** The entry of that id, or empty when no row has it. */
  public Optional<SearchEntry> one(EntityManager em, long id) {
    return rows(
            em.createNativeQuery(select + " WHERE " + idColumn + " = ?1")
                .setParameter(1, id)
                .getResultList())
        .stream()
        .findFirst();
  }

  /** At most {@code limit} entries whose id is above {@code afterId}, by increasing id. */
  public List<SearchEntry> page(EntityManager em, long afterId, int limit) {
    return rows(
        em.createNativeQuery(
                select + " WHERE " + idColumn + " > ?1 ORDER BY " + idColumn + " LIMIT ?2")
            .setParameter(1, afterId)
            .setParameter(2, limit)
            .getResultList());
  }

  private List<SearchEntry> rows(List<?> rows) {
    return rows.stream().map(row -> mapper.apply((Object[]) row)).toList();
  }
}
