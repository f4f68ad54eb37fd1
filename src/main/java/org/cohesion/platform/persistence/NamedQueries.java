package org.cohesion.platform.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

/**
 * Queries named once for the persistence unit at run time, when a {@code @NamedQuery} cannot hold
 * them: a constructor expression naming a class of an application layer, which an entity of the
 * domain may not know.
 */
public final class NamedQueries {
  private static final String MAX_ROWS = "eclipselink.jdbc.max-rows";

  private NamedQueries() {}

  /**
   * Names this query with its row limit, replacing a query of the same name. The limit belongs to
   * the named query: set on each query made at run time, it would make EclipseLink prepare its SQL
   * again at every execution ({@code ReadQuery.setMaxRows} discards the prepared statement when the
   * limit differs from the cached one; docs/performance.md).
   *
   * @param em any entity manager of the unit; the query is defined through one of its own, closed
   *     at once
   */
  public static void defineWithRowLimit(
      EntityManager em, String name, String jpql, Class<?> resultType, int maxRows) {
    EntityManagerFactory emf = em.getEntityManagerFactory();
    try (EntityManager definer = emf.createEntityManager()) {
      emf.addNamedQuery(name, definer.createQuery(jpql, resultType).setHint(MAX_ROWS, maxRows));
    }
  }
}
