package org.cohesion.platform.security;

import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.apache.shiro.web.filter.authc.UserFilter;
import org.apache.shiro.web.util.WebUtils;
import org.omnifaces.util.Servlets;

/**
 * Shiro's "signed-in users only" filter, which also understands Faces Ajax requests: when a session
 * has expired behind an open page, an Ajax click gets a Faces partial response that sends the
 * browser to the sign-in page, instead of a 302 that PrimeFaces cannot follow. REST calls under
 * /api answer 401.
 */
public class FacesAwareUserFilter extends UserFilter {

  @Override
  protected void redirectToLogin(ServletRequest request, ServletResponse response)
      throws IOException {
    HttpServletRequest http = WebUtils.toHttp(request);
    if (WebUtils.getPathWithinApplication(http).startsWith("/api/")) {
      // A REST client cannot follow a redirect to a sign-in page: it gets a plain 401.
      WebUtils.toHttp(response).sendError(HttpServletResponse.SC_UNAUTHORIZED);
      return;
    }
    if (!"partial/ajax".equals(http.getHeader("Faces-Request"))) {
      super.redirectToLogin(request, response);
      return;
    }
    // OmniFaces writes the Faces partial-response redirect (XML-escaped) that PrimeFaces follows.
    Servlets.facesRedirect(http, WebUtils.toHttp(response), http.getContextPath() + getLoginUrl());
  }
}
