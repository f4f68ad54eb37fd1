package org.cohesion.platform.security;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.apache.shiro.SecurityUtils;
import org.apache.shiro.session.Session;
import org.apache.shiro.subject.Subject;
import org.apache.shiro.web.filter.AccessControlFilter;
import org.apache.shiro.web.util.WebUtils;
import org.omnifaces.util.Servlets;

/**
 * Someone who signed in with a one-time password reaches nothing but the account page until they
 * have chosen their own. The sign-in page marks the session (a small flag, cheap to replicate);
 * only a marked session costs a database read per request, to see whether the password has been
 * changed since (perhaps in another session).
 */
public class PasswordChangeFilter extends AccessControlFilter {

  /** The session attribute set at sign-in with a one-time password. */
  public static final String MUST_CHANGE = "cohesion.mustChangePassword";

  /** The page where the password is changed, the only one open to a marked session. */
  public static final String ACCOUNT_PAGE = "/account.xhtml";

  public static void markSession(boolean mustChange) {
    Session session = SecurityUtils.getSubject().getSession();
    if (mustChange) {
      session.setAttribute(MUST_CHANGE, Boolean.TRUE);
    } else {
      session.removeAttribute(MUST_CHANGE);
    }
  }

  @Override
  protected boolean isAccessAllowed(
      ServletRequest request, ServletResponse response, Object mapped) {
    Subject subject = getSubject(request, response);
    Session session = subject.getSession(false);
    if (session == null || session.getAttribute(MUST_CHANGE) == null) {
      return true;
    }
    if (subject.getPrincipal() instanceof AccountPrincipal principal
        && CDI.current()
            .select(AccountDirectory.class)
            .get()
            .mustChangePassword(principal.accountId())) {
      return false;
    }
    session.removeAttribute(MUST_CHANGE);
    return true;
  }

  @Override
  protected boolean onAccessDenied(ServletRequest request, ServletResponse response)
      throws IOException {
    HttpServletRequest http = WebUtils.toHttp(request);
    HttpServletResponse out = WebUtils.toHttp(response);
    if (WebUtils.getPathWithinApplication(http).startsWith("/api/")) {
      out.sendError(HttpServletResponse.SC_FORBIDDEN);
    } else if ("partial/ajax".equals(http.getHeader("Faces-Request"))) {
      Servlets.facesRedirect(http, out, http.getContextPath() + ACCOUNT_PAGE);
    } else {
      WebUtils.issueRedirect(request, response, ACCOUNT_PAGE);
    }
    return false;
  }
}
