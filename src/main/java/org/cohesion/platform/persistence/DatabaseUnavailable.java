package org.cohesion.platform.persistence;

import jakarta.resource.ResourceException;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

/**
 * Tells a failure to reach MariaDB (server stopped, restarting, network gone, pool unable to open a
 * connection) from any other failure, so that the web layer answers 503 « service temporarily
 * unavailable » instead of 500: the request may simply be tried again once the database is back.
 */
public final class DatabaseUnavailable {
  private static final int MAX_DEPTH = 32;

  private DatabaseUnavailable() {}

  /**
   * Whether {@code thrown} or one of its causes says the database could not be reached: a JDBC
   * connection exception (SQLState class 08, which MariaDB's driver uses for a refused or broken
   * socket), a refused connection, or the pool's own "could not allocate a connection" ({@link
   * ResourceException}, which Payara raises when it cannot open one).
   */
  public static boolean causedBy(Throwable thrown) {
    Throwable current = thrown;
    for (int depth = 0; current != null && depth < MAX_DEPTH; depth++) {
      if (current instanceof DatabaseUnavailableException
          || current instanceof SQLTransientConnectionException
          || current instanceof SQLNonTransientConnectionException
          || current instanceof ConnectException
          || current instanceof ResourceException) {
        return true;
      }
      if (current instanceof SQLException sql
          && sql.getSQLState() != null
          && sql.getSQLState().startsWith("08")) {
        return true;
      }
      Throwable next =
          current instanceof SQLException sql && sql.getNextException() != null
              ? sql.getNextException()
              : current.getCause();
      current = next == current ? null : next;
    }
    return false;
  }
}
