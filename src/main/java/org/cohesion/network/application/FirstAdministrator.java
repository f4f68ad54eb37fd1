package org.cohesion.network.application;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.EnumSet;
import java.util.Optional;
import java.util.logging.Logger;
import org.cohesion.network.domain.Account;
import org.cohesion.network.domain.Member;
import org.cohesion.platform.persistence.DatabaseReady;
import org.cohesion.platform.security.PasswordPolicy;
import org.cohesion.platform.security.Passwords;
import org.cohesion.platform.security.PlatformRole;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A new installation starts with one administrator, "admin". Its password is
 * COHESION_ADMIN_PASSWORD when set (and acceptable), otherwise a generated one written once to the
 * server log, to be changed at first sign-in.
 */
@ApplicationScoped
public class FirstAdministrator {
  private static final Logger LOG = Logger.getLogger(FirstAdministrator.class.getName());

  @PersistenceContext EntityManager em;
  @Inject Passwords passwords;

  @Inject
  @ConfigProperty(name = "cohesion.admin.password")
  Optional<String> configuredPassword;

  @Inject
  @ConfigProperty(name = "cohesion.admin.email", defaultValue = "admin@cohesion.invalid")
  String email;

  /** Runs after the demo data (priority 200 > 100), so a demo installation keeps its own admin. */
  @Transactional
  public void ensure(@Observes @Priority(200) DatabaseReady ready) {
    long accounts = em.createQuery("SELECT COUNT(a) FROM Account a", Long.class).getSingleResult();
    if (accounts > 0) {
      return;
    }
    String password =
        configuredPassword
            .filter(p -> PasswordPolicy.check(p, "admin").isEmpty())
            .orElseGet(passwords::generate);
    Member member = new Member("Administrateur", email);
    em.persist(member);
    Account account = new Account(member, "admin", passwords.hash(password));
    account.grantRoles(EnumSet.of(PlatformRole.ADMINISTRATOR, PlatformRole.STAFF));
    em.persist(account);
    if (configuredPassword.isPresent() && configuredPassword.get().equals(password)) {
      LOG.warning(
          "First administrator 'admin' created with the password from COHESION_ADMIN_PASSWORD.");
    } else {
      LOG.warning(
          "First administrator 'admin' created. One-time password: "
              + password
              + " (change it after signing in; set COHESION_ADMIN_PASSWORD to choose it).");
    }
  }
}
