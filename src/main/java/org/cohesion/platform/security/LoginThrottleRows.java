package org.cohesion.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * Makes sure the lock rows of {@code login_throttle} exist, in a short transaction of its own.
 * Creating them inside the sign-in transaction would not do: a locking read of a missing row takes
 * a gap lock, and parallel first attempts would then deadlock on inserting it.
 */
@ApplicationScoped
public class LoginThrottleRows {

  @PersistenceContext EntityManager em;

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void ensure(String... keys) {
    for (String key : keys) {
      // INSERT IGNORE: a row that is already there is what we want.
      em.createNativeQuery("INSERT IGNORE INTO login_throttle (throttle_key) VALUES (?)")
          .setParameter(1, key)
          .executeUpdate();
    }
  }
}
