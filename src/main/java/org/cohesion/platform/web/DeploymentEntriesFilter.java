package org.cohesion.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The war's root holds empty entries that are not content: {@code WEB-INF__lib__x_jar}, one per
 * library jar that Payara's class model skips at deployment (pom.xml, the class-model-skips
 * execution; docs/performance.md). Served as static files they would list the war's libraries and
 * their versions. Mapped after Shiro: like any other path they send someone not signed in to the
 * sign-in page (no session opened), and answer a member 404.
 */
public class DeploymentEntriesFilter extends HttpFilter {
  private static final long serialVersionUID = 1L;

  /** The prefix Payara gives a jar of WEB-INF/lib exploded beside the war's root. */
  static final String PREFIX = "/WEB-INF__";

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String path =
        request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
    if (path.startsWith(PREFIX)) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    chain.doFilter(request, response);
  }
}
