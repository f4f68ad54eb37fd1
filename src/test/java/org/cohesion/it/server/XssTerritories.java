package org.cohesion.it.server;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.cohesion.observation.domain.Territory;
import org.cohesion.observation.domain.TerritoryLevel;

/**
 * Test deployment only: a new territory with the name given. The application has no service that
 * creates territories (they come with the reference data of the migrations), so the test stores one
 * as a migration would: a row of the territory table, through JPA.
 */
@ApplicationScoped
public class XssTerritories {
  @PersistenceContext EntityManager em;

  @Transactional
  public void create(String code, String name) {
    em.persist(new Territory(code, name, TerritoryLevel.QPV, null));
  }
}
