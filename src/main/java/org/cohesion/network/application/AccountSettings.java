package org.cohesion.network.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.cohesion.network.domain.Account;
import org.cohesion.platform.audit.AuditLog;
import org.cohesion.platform.domain.DomainException;
import org.cohesion.platform.security.Caller;
import org.cohesion.platform.security.Guard;
import org.cohesion.platform.security.PasswordPolicy;
import org.cohesion.platform.security.Passwords;

/** What everyone may change about their own account: the password and the language. */
@ApplicationScoped
@Transactional
public class AccountSettings {

  @PersistenceContext EntityManager em;
  @Inject Guard guard;
  @Inject Passwords passwords;
  @Inject AuditLog audit;

  public Account mine() {
    Caller caller = guard.requireSignedIn();
    return em.find(Account.class, caller.accountId());
  }

  public void changePassword(String current, String next, String confirmation) {
    Caller caller = guard.requireSignedIn();
    Account account = em.find(Account.class, caller.accountId());
    if (current == null || !passwords.matches(current, account.getPasswordHash())) {
      throw new DomainException("password.currentWrong");
    }
    if (next == null || !next.equals(confirmation)) {
      throw new DomainException("password.mismatch");
    }
    if (passwords.matches(next, account.getPasswordHash())) {
      // A one-time password kept as it is would stay known to whoever handed it over.
      throw new DomainException("password.unchanged");
    }
    PasswordPolicy.check(next, account.getLogin())
        .ifPresent(
            key -> {
              throw new DomainException(key, PasswordPolicy.MIN_LENGTH);
            });
    account.changePasswordHash(passwords.hash(next));
    audit.record("PASSWORD_CHANGED", "member", caller.memberId(), null);
  }

  /**
   * Saves the preferred language; answers nothing for a visitor, whose choice lives in the session.
   */
  public void changeLanguage(String language) {
    Caller caller = guard.caller();
    if (!caller.isAuthenticated()) {
      return;
    }
    em.find(Account.class, caller.accountId()).preferLocale(language);
  }
}
