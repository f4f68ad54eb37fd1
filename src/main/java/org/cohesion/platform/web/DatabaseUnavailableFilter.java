package org.cohesion.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.logging.Logger;
import org.cohesion.platform.persistence.DatabaseUnavailable;

/**
 * While MariaDB cannot be reached, every request that needs it answers 503 with the « service
 * temporarily unavailable » page (web.xml's error page for 503), not a 500 and never a stack trace.
 * Faces pages are turned into 503 by {@link StatusExceptionHandlerFactory}; this filter, placed
 * before Shiro's, catches what fails outside Faces: Shiro's own checks (the password-change filter
 * reads the account on every request), the REST API, the feeds.
 */
public class DatabaseUnavailableFilter extends HttpFilter {
  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(DatabaseUnavailableFilter.class.getName());

  /** What a client or a proxy is told to wait before trying again, in seconds. */
  static final String RETRY_AFTER = "5";

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    try {
      chain.doFilter(request, response);
    } catch (IOException | ServletException | RuntimeException e) {
      if (!DatabaseUnavailable.causedBy(e) || response.isCommitted()) {
        throw e;
      }
      // One line: an outage makes every request fail alike, and the cause is known.
      LOG.warning(
          () ->
              "Database unreachable: 503 for "
                  + request.getMethod()
                  + " "
                  + request.getRequestURI()
                  + " ("
                  + e
                  + ")");
      unavailable(response);
    }
  }

  /** Answers 503 through the container's error page, with a hint to try again. */
  static void unavailable(HttpServletResponse response) throws IOException {
    response.resetBuffer();
    response.setHeader("Retry-After", RETRY_AFTER);
    response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
  }
}
