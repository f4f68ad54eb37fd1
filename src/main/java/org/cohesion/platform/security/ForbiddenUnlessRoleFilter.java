package org.cohesion.platform.security;

import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.apache.shiro.web.filter.authz.RolesAuthorizationFilter;
import org.apache.shiro.web.util.WebUtils;

/**
 * Shiro's roles filter, answering 403 (with Cohésion's error page) to a signed-in member who lacks
 * the role, instead of Shiro's 401 or a redirect.
 */
public class ForbiddenUnlessRoleFilter extends RolesAuthorizationFilter {

  @Override
  protected boolean onAccessDenied(ServletRequest request, ServletResponse response)
      throws IOException {
    if (getSubject(request, response).getPrincipal() == null) {
      saveRequestAndRedirectToLogin(request, response);
    } else {
      WebUtils.toHttp(response).sendError(HttpServletResponse.SC_FORBIDDEN);
    }
    return false;
  }
}
