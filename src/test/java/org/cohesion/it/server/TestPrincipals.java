package org.cohesion.it.server;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.cohesion.network.domain.Account;
import org.cohesion.platform.security.AccountPrincipal;

/**
 * The principal of a login, read in a transaction of its own. Read outside one, from several
 * managed threads at once (MinutesConcurrencyIT's eight editors), the container's non-transactional
 * entity manager was cleared by one thread while another used it: a NullPointerException inside
 * EclipseLink, now and then.
 */
@ApplicationScoped
public class TestPrincipals {

  @PersistenceContext EntityManager em;

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public AccountPrincipal of(String login) {
    Account account =
        em.createNamedQuery("Account.findByLogin", Account.class)
            .setParameter("login", login)
            .getSingleResult();
    return new AccountPrincipal(account.getId(), account.getLogin());
  }
}
