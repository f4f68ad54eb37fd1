package org.cohesion.platform.security;

import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.apache.shiro.web.filter.authc.UserFilter;
import org.apache.shiro.web.util.WebUtils;
import org.omnifaces.util.Servlets;

/**
 * Shiro's "signed-in users only" filter, which also understands Faces Ajax requests: when a session
 * has expired behind an open page, an Ajax click gets a Faces partial response that sends the
 * browser to the sign-in page, instead of a 302 that PrimeFaces cannot follow. REST calls under
 * /api answer 401.
 *
 * <p>The page asked for travels in the sign-in page's address ({@code login.xhtml?next=/group.xhtml
 * ?id=…}), not in a session: Shiro's saved request would open a session for every anonymous request
 * (about 3 KB each, kept 30 minutes), and a flood of them filled a 320 MB heap in 30 seconds.
 * {@link org.cohesion.platform.web.LoginPage} accepts only a path of this application there.
 */
public class FacesAwareUserFilter extends UserFilter {

  /** The sign-in page's parameter naming the page to open after sign-in. */
  public static final String NEXT = "next";

  /** Longest page address carried to the sign-in page; a longer one is dropped (home instead). */
  public static final int NEXT_MAX = 1000;

  @Override
  protected void saveRequest(ServletRequest request) {
    // Nothing kept in a session: see the class comment and redirectToLogin.
  }

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
      WebUtils.issueRedirect(request, response, loginUrlReturningTo(http));
      return;
    }
    // OmniFaces writes the Faces partial-response redirect (XML-escaped) that PrimeFaces follows.
    Servlets.facesRedirect(http, WebUtils.toHttp(response), http.getContextPath() + getLoginUrl());
  }

  /** The sign-in page, with the page asked for (a GET) as its {@link #NEXT} parameter. */
  private String loginUrlReturningTo(HttpServletRequest http) {
    if (!"GET".equalsIgnoreCase(http.getMethod())) {
      return getLoginUrl();
    }
    String page = WebUtils.getPathWithinApplication(http);
    String query = http.getQueryString();
    String next = query == null ? page : page + "?" + query;
    if (next.length() > NEXT_MAX || "/".equals(next)) {
      return getLoginUrl();
    }
    return getLoginUrl() + "?" + NEXT + "=" + URLEncoder.encode(next, StandardCharsets.UTF_8);
  }
}
