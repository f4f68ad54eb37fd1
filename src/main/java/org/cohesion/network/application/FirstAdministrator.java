package org.cohesion.network.application;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
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
 * A new installation starts with one administrator, "admin", whose password must be changed at
 * first sign-in. The password is COHESION_ADMIN_PASSWORD when set (and acceptable); otherwise a
 * generated one is written to a file only the server's user can read ({@code
 * cohesion.admin.password-file}), whose path, never the password, goes to the log.
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

  @Inject
  @ConfigProperty(name = "cohesion.admin.password-file")
  Optional<String> passwordFile;

  /** Runs after the demo data (priority 200 > 100), so a demo installation keeps its own admin. */
  @Transactional
  public void ensure(@Observes @Priority(200) DatabaseReady ready) {
    long accounts = em.createQuery("SELECT COUNT(a) FROM Account a", Long.class).getSingleResult();
    if (accounts > 0) {
      return;
    }
    Optional<String> chosen =
        configuredPassword.filter(p -> PasswordPolicy.check(p, "admin").isEmpty());
    String password = chosen.orElseGet(passwords::generate);
    Member member = new Member("Administrateur", email);
    em.persist(member);
    String hash = passwords.hash(password);
    Account account = new Account(member, "admin", hash);
    // No expiry: there is nobody yet to ask for a new one.
    account.setOneTimePassword(hash, null);
    account.grantRoles(EnumSet.of(PlatformRole.ADMINISTRATOR, PlatformRole.STAFF));
    em.persist(account);
    // Written before the transaction commits: if the file cannot be written, no administrator is
    // created and the next start tries again.
    handOver(password, chosen.isPresent(), file());
  }

  private Path file() {
    return Path.of(
        passwordFile.orElseGet(
            () -> System.getProperty("user.home") + "/.cohesion/first-admin-password"));
  }

  /**
   * Hands the first password over without ever logging it: a configured one is known to the
   * operator already; a generated one goes to {@code file}, created readable and writable by its
   * owner only (0600, in a 0700 folder), and the log says where.
   */
  static void handOver(String password, boolean configured, Path file) {
    if (configured) {
      LOG.warning(
          "First administrator 'admin' created with the password from COHESION_ADMIN_PASSWORD;"
              + " it must be changed at first sign-in.");
      return;
    }
    try {
      Path folder = file.toAbsolutePath().getParent();
      if (folder != null && !Files.isDirectory(folder)) {
        Files.createDirectories(
            folder,
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
      }
      Files.deleteIfExists(file);
      Files.createFile(
          file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
      Files.writeString(
          file,
          password + System.lineSeparator(),
          StandardCharsets.UTF_8,
          StandardOpenOption.WRITE);
    } catch (IOException | UnsupportedOperationException e) {
      throw new IllegalStateException(
          "Cannot write the first administrator's password to "
              + file
              + ": set COHESION_ADMIN_PASSWORD or COHESION_ADMIN_PASSWORD_FILE",
          e instanceof IOException io ? new UncheckedIOException(io) : e);
    }
    LOG.warning(
        "First administrator 'admin' created. Its one-time password is in "
            + file.toAbsolutePath()
            + " (readable by this server's user only): sign in, choose a new password, then delete"
            + " the file.");
  }
}
