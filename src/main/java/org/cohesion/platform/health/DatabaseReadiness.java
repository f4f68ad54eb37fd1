package org.cohesion.platform.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.cohesion.platform.persistence.Database;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready when MariaDB answers within {@link #TIMEOUT_SECONDS}. {@link ReadinessServlet} serves it at
 * /health/ready; it is also one of MicroProfile Health's checks under /health.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {
  /** A database slower than this is as good as down for a load balancer. */
  static final int TIMEOUT_SECONDS = 2;

  @Resource(lookup = Database.JNDI_NAME)
  DataSource dataSource;

  /**
   * A pooled connection and a ping ({@code isValid} sends COM_PING, the driver's cheapest round
   * trip, bounded by the time-out): no statement to parse, no transaction.
   */
  public boolean databaseAnswers() {
    try (Connection connection = dataSource.getConnection()) {
      return connection.isValid(TIMEOUT_SECONDS);
    } catch (SQLException e) {
      return false;
    }
  }

  @Override
  public HealthCheckResponse call() {
    return HealthCheckResponse.named("database").status(databaseAnswers()).build();
  }
}
