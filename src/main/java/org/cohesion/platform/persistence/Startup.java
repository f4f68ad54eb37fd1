package org.cohesion.platform.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;

/**
 * Brings the database to the application's schema before anything else runs, then announces {@link
 * DatabaseReady} so that features can seed it (the demo data set, a first administrator). Both run
 * under a MariaDB named lock ({@link StartupLock}), so several nodes starting together on an empty
 * database migrate and seed it once.
 *
 * <p>With {@code cohesion.demo.background=true} (the launcher's local demo run) a demo-profile
 * start announces it in the background ({@link BackgroundSeeding}), so that loading the demo data
 * set stays off the path to readiness. Otherwise (the default: the test suites, whose tests need
 * the demo data from their first request, and any production start, whose first administrator is
 * one row nobody could sign in without) it is announced here, before readiness.
 *
 * <p>Migrations run under the schema's owner ({@code cohesion.db.migration-user}), on connections
 * of their own: the application's pool uses an account that may only read and write rows, so that a
 * flaw in the application cannot drop, alter or re-trigger tables. Without a migration user the
 * application's account migrates, as before (it then needs every privilege on the schema).
 */
@Singleton
@jakarta.ejb.Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Startup {
  private static final Logger LOG = Logger.getLogger(Startup.class.getName());

  /** How long a node waits for another one's migration and seeding (a first demo seed is ~10 s). */
  static final Duration WAIT = Duration.ofMinutes(10);

  @Inject
  @ConfigProperty(name = "cohesion.db.url")
  String url;

  @Inject
  @ConfigProperty(name = "cohesion.db.user")
  String user;

  @Inject
  @ConfigProperty(name = "cohesion.db.password")
  String password;

  @Inject
  @ConfigProperty(name = "cohesion.db.migration-user")
  Optional<String> migrationUser;

  @Inject
  @ConfigProperty(name = "cohesion.db.migration-password")
  Optional<String> migrationPassword;

  @Inject
  @ConfigProperty(name = "cohesion.profile", defaultValue = "production")
  String profile;

  @Inject
  @ConfigProperty(name = "cohesion.demo.background", defaultValue = "false")
  boolean demoInBackground;

  @Inject Event<DatabaseReady> ready;
  @Inject BackgroundSeeding background;

  // Flyway commits its own work, on its own connections: no container transaction around it.
  @PostConstruct
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void start() {
    long started = System.nanoTime();
    boolean owner = migrationUser.filter(u -> !u.isBlank()).isPresent();
    Flyway flyway =
        Flyway.configure(Startup.class.getClassLoader())
            .dataSource(
                url,
                owner ? migrationUser.get() : user,
                owner ? migrationPassword.orElse("") : password)
            .locations("classpath:db/migration")
            .load();
    DatabaseReady event = new DatabaseReady(profile);
    // One node at a time migrates and seeds: two nodes starting on an empty database would
    // otherwise both seed it (Flyway's lock ends with the migration).
    try (StartupLock lock = StartupLock.acquire(flyway.getConfiguration().getDataSource(), WAIT)) {
      migrate(flyway, owner, started);
      if (event.isDemo() && demoInBackground) {
        LOG.info("Demo profile: the demo data set is checked and loaded in the background");
        background.announce(event, flyway.getConfiguration().getDataSource());
      } else {
        ready.fire(event);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("The start-up lock could not be taken or released", e);
    }
  }

  private void migrate(Flyway flyway, boolean owner, long started) {
    // The result says the version reached: no second pass over the migrations (flyway.info()).
    var result = flyway.migrate();
    // targetSchemaVersion is null when nothing was migrated: the schema stayed where it was.
    String version =
        result.targetSchemaVersion != null
            ? result.targetSchemaVersion
            : result.initialSchemaVersion;
    LOG.info(
        () ->
            "Database schema at version "
                + (version == null ? "none" : version)
                + " ("
                + result.migrationsExecuted
                + " migrations run as "
                + (owner ? migrationUser.get() : user)
                + ") in "
                + (System.nanoTime() - started) / 1_000_000
                + " ms");
  }
}
