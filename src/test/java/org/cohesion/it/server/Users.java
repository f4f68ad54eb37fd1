package org.cohesion.it.server;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.concurrent.Callable;
import org.apache.shiro.SecurityUtils;
import org.apache.shiro.subject.SimplePrincipalCollection;
import org.apache.shiro.subject.Subject;
import org.cohesion.network.domain.Account;
import org.cohesion.platform.security.AccountPrincipal;

/**
 * Runs code inside the server as a given demo account, exactly as a signed-in request would: the
 * services see that caller through Shiro.
 */
@ApplicationScoped
public class Users {

  @PersistenceContext EntityManager em;

  public <T> T as(String login, Callable<T> work) {
    Account account =
        em.createNamedQuery("Account.findByLogin", Account.class)
            .setParameter("login", login)
            .getSingleResult();
    Subject subject =
        new Subject.Builder(SecurityUtils.getSecurityManager())
            .principals(
                new SimplePrincipalCollection(
                    new AccountPrincipal(account.getId(), account.getLogin()), "test"))
            .authenticated(true)
            .buildSubject();
    try {
      return subject.execute(work);
    } catch (org.apache.shiro.subject.ExecutionException e) {
      // Shiro wraps what the work throws; tests want the service's own exception.
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw e;
    }
  }

  public void as(String login, Runnable work) {
    as(
        login,
        () -> {
          work.run();
          return null;
        });
  }

  public long memberId(String login) {
    return em.createNamedQuery("Account.findByLogin", Account.class)
        .setParameter("login", login)
        .getSingleResult()
        .getMember()
        .getId();
  }

  public long groupId(String slug) {
    return em.createQuery("SELECT g.id FROM WorkingGroup g WHERE g.slug = :s", Long.class)
        .setParameter("s", slug)
        .getSingleResult();
  }

  public long count(String jpql, Object... params) {
    var query = em.createQuery(jpql, Long.class);
    for (int i = 0; i < params.length; i++) {
      query.setParameter(i + 1, params[i]);
    }
    return query.getSingleResult();
  }
}
