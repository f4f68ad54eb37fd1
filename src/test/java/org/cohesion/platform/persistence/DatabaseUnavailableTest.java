package org.cohesion.platform.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.PersistenceException;
import jakarta.resource.spi.ResourceAllocationException;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLNonTransientConnectionException;
import org.junit.jupiter.api.Test;

class DatabaseUnavailableTest {

  @Test
  void aRefusedOrBrokenConnectionDeepInTheChainIsAnOutage() {
    // What EclipseLink throws when the driver loses its socket, wrapped as Faces and Shiro do.
    Throwable broken =
        new RuntimeException(
            "Filtered request failed.",
            new PersistenceException(
                new SQLNonTransientConnectionException("socket closed", "08000")));
    assertTrue(DatabaseUnavailable.causedBy(broken));
    // Payara's pool when it cannot open a connection at all.
    assertTrue(
        DatabaseUnavailable.causedBy(
            new SQLException(
                "Error in allocating a connection",
                new ResourceAllocationException("could not be allocated"))));
    assertTrue(DatabaseUnavailable.causedBy(new SQLException("gone", "08S01")));
    assertTrue(DatabaseUnavailable.causedBy(new IllegalStateException(new ConnectException())));
  }

  @Test
  void otherDatabaseErrorsAreNot() {
    assertFalse(
        DatabaseUnavailable.causedBy(
            new PersistenceException(
                new SQLIntegrityConstraintViolationException("duplicate", "23000"))));
    assertFalse(DatabaseUnavailable.causedBy(new SQLException("syntax", "42000")));
    assertFalse(DatabaseUnavailable.causedBy(new IllegalArgumentException("bad")));
    assertFalse(DatabaseUnavailable.causedBy(null));
  }

  @Test
  void aCycleInTheCausesEnds() {
    RuntimeException a = new RuntimeException("a");
    RuntimeException b = new RuntimeException("b", a);
    a.initCause(b);
    assertFalse(DatabaseUnavailable.causedBy(a));
  }

  @Test
  void connectionAttemptsGiveUpAfterFiveSecondsUnlessTheUrlSays() {
    assertEquals(
        "jdbc:mariadb://db:3306/cohesion?connectTimeout=5000",
        LocalMariaDbDataSource.withConnectTimeout("jdbc:mariadb://db:3306/cohesion"));
    assertEquals(
        "jdbc:mariadb://db/cohesion?useSsl=true&connectTimeout=5000",
        LocalMariaDbDataSource.withConnectTimeout("jdbc:mariadb://db/cohesion?useSsl=true"));
    assertEquals(
        "jdbc:mariadb://db/cohesion?connectTimeout=1000",
        LocalMariaDbDataSource.withConnectTimeout(
            "jdbc:mariadb://db/cohesion?connectTimeout=1000"));
  }
}
