package org.cohesion.platform.persistence;

import org.eclipse.persistence.sessions.Session;
import org.eclipse.persistence.sessions.SessionCustomizer;

/**
 * EclipseLink retries a read that failed on a broken connection outside a transaction, by default
 * three times five seconds apart: while MariaDB is down every page then hangs for about ten seconds
 * before its error. The pool already validates each connection before handing it out, so a retry
 * has nothing to repair: a read fails at once, the page answers 503 « service temporarily
 * unavailable », and the user (or a proxy, told by Retry-After) tries again.
 */
public class FailFast implements SessionCustomizer {
  @Override
  public void customize(Session session) {
    session.getLogin().setQueryRetryAttemptCount(0);
    session.getLogin().setDelayBetweenConnectionAttempts(0);
  }
}
