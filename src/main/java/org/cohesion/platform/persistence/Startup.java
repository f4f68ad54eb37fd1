package org.cohesion.platform.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;

/**
 * Brings the database to the application's schema before anything else runs, then announces {@link
 * DatabaseReady} so that features can seed it (the demo data set, a first administrator). Flyway
 * takes a lock in the database, so several nodes starting together migrate once.
 */
@Singleton
@jakarta.ejb.Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Startup {
  private static final Logger LOG = Logger.getLogger(Startup.class.getName());

  @Resource(lookup = Database.JNDI_NAME)
  DataSource dataSource;

  @Inject
  @ConfigProperty(name = "cohesion.profile", defaultValue = "production")
  String profile;

  @Inject Event<DatabaseReady> ready;

  // Flyway commits its own work; a container transaction around it would fail (XAER_RMFAIL).
  @PostConstruct
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void start() {
    long started = System.nanoTime();
    Flyway flyway =
        Flyway.configure(Startup.class.getClassLoader())
            .dataSource(dataSource)
            .locations("classpath:db/migration")
            .load();
    var result = flyway.migrate();
    var current = flyway.info().current();
    LOG.info(
        () ->
            "Database schema at version "
                + (current == null ? "none" : current.getVersion())
                + " ("
                + result.migrationsExecuted
                + " migrations run) in "
                + (System.nanoTime() - started) / 1_000_000
                + " ms");
    ready.fire(new DatabaseReady(profile));
  }
}
