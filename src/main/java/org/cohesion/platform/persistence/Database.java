package org.cohesion.platform.persistence;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The one datasource. URL, user and password come from MicroProfile Config, so an environment
 * variable (COHESION_DB_URL, COHESION_DB_USER, COHESION_DB_PASSWORD) or a system property chooses
 * the database; defaults are in META-INF/microprofile-config.properties.
 *
 * <p>The class is {@link LocalMariaDbDataSource}, not {@code MariaDbDataSource}: Payara would
 * deploy the latter, an {@code XADataSource}, as an XA pool, and wrap every transaction in XA
 * statements although there is one resource. A plain pool makes a transaction one local commit.
 */
@DataSourceDefinition(
    name = Database.JNDI_NAME,
    className = "org.cohesion.platform.persistence.LocalMariaDbDataSource",
    url = "${MPCONFIG=cohesion.db.url}",
    user = "${MPCONFIG=cohesion.db.user}",
    password = "${MPCONFIG=cohesion.db.password}",
    minPoolSize = 2,
    maxPoolSize = 30,
    properties = {
      // Validate each pooled connection before handing it out, so that a restarted MariaDB leaves
      // no
      // dead connection behind: Connection.isValid, which MariaDB's driver answers with a ping.
      // ("meta-data" validated nothing: the driver builds its DatabaseMetaData without a round
      // trip.)
      "fish.payara.is-connection-validation-required=true",
      "fish.payara.connection-validation-method=custom-validation",
      "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.JDBC40ConnectionValidation",
      // One dead connection means the server went away: drop them all at once, not one per request.
      "fish.payara.fail-all-connections=true"
    })
@ApplicationScoped
public class Database {
  public static final String JNDI_NAME = "java:app/jdbc/cohesion";
}
