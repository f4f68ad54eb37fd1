package org.cohesion.network.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;
import org.cohesion.network.domain.Account;
import org.cohesion.platform.security.AccountDirectory;
import org.cohesion.platform.security.Caller;

/** Security's view of the accounts, read from MariaDB through JPA. */
@ApplicationScoped
public class JpaAccountDirectory implements AccountDirectory {

  @PersistenceContext EntityManager em;
  @Inject Clock clock;

  @Override
  public Optional<StoredCredentials> credentialsOf(String login) {
    return em.createNamedQuery("Account.findByLogin", Account.class)
        .setParameter("login", Account.normaliseLogin(login))
        .getResultStream()
        .findFirst()
        .map(
            a ->
                new StoredCredentials(
                    a.getId(),
                    a.getLogin(),
                    a.getPasswordHash(),
                    a.isActive(),
                    a.isPasswordOneTime(),
                    a.getPasswordExpiresAt()));
  }

  @Override
  public Optional<Caller> activeCaller(long accountId) {
    Account account = em.find(Account.class, accountId);
    if (account == null || !account.isActive()) {
      return Optional.empty();
    }
    return Optional.of(
        new Caller(
            account.getId(), account.getMember().getId(), account.getLogin(), account.getRoles()));
  }

  @Override
  @Transactional
  public SignedIn recordLogin(long accountId) {
    Account account = em.find(Account.class, accountId);
    account.recordLogin(clock.instant());
    return new SignedIn(account.getLocale(), account.isPasswordOneTime());
  }

  @Override
  public boolean mustChangePassword(long accountId) {
    Account account = em.find(Account.class, accountId);
    return account != null && account.isPasswordOneTime();
  }
}
