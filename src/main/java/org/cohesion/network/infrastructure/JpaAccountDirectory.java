package org.cohesion.network.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.cohesion.network.domain.Account;
import org.cohesion.platform.security.AccountDirectory;
import org.cohesion.platform.security.Caller;
import org.cohesion.platform.security.PlatformRole;

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

  /**
   * Asked on every request (once: {@code CurrentCaller} keeps it for the request), so it is one
   * statement: the account's member, login and roles in one row per role, no entity loaded.
   */
  @Override
  public Optional<Caller> activeCaller(long accountId) {
    List<Object[]> rows =
        em.createQuery(
                "SELECT a.id, m.id, a.login, r FROM Account a JOIN a.member m LEFT JOIN a.roles r"
                    + " WHERE a.id = :id AND a.active = TRUE",
                Object[].class)
            .setParameter("id", accountId)
            .getResultList();
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    Set<PlatformRole> roles = EnumSet.noneOf(PlatformRole.class);
    rows.stream().map(row -> (PlatformRole) row[3]).filter(Objects::nonNull).forEach(roles::add);
    Object[] first = rows.get(0);
    return Optional.of(
        new Caller(
            ((Number) first[0]).longValue(),
            ((Number) first[1]).longValue(),
            (String) first[2],
            roles));
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
