package org.cohesion.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import org.apache.shiro.SecurityUtils;
import org.cohesion.platform.security.ClientAddress;
import org.cohesion.platform.security.FacesAwareUserFilter;
import org.cohesion.platform.security.LoginService;
import org.cohesion.platform.security.PasswordChangeFilter;

/** The sign-in form. */
@Named
@RequestScoped
public class LoginPage {

  @Inject LoginService loginService;
  @Inject UserLocale userLocale;
  @Inject ClientAddress clientAddress;

  private String username;
  private String password;

  /**
   * Someone already signed in who opens the sign-in page goes home. For anyone else the view is
   * marked stateless now, before it renders: the template's {@code f:view transient} is applied
   * only when the view is built, after PrimeFaces has put its CSP nonce in the view map of a view
   * it then believes stateful, and Faces opens a session to hold that map. A visitor reading the
   * sign-in page holds no session (see {@link UserLocale}).
   */
  public void redirectIfSignedIn() throws IOException {
    FacesContext.getCurrentInstance().getViewRoot().setTransient(true);
    if (SecurityUtils.getSubject().isAuthenticated()) {
      ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
      external.redirect(external.getRequestContextPath() + "/");
    }
  }

  public void submit() throws IOException {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    if (!sameOrigin(request)) {
      // A form posted from another site (login CSRF): the stateless sign-in view has no view-state
      // token to stop it, so the browser's Origin header does.
      password = null;
      Messages.error("login.failed");
      return;
    }
    LoginService.Result result = loginService.login(username, password, clientAddress.of(request));
    password = null;
    switch (result.outcome()) {
      case SIGNED_IN -> {
        // A new session id at sign-in: a session id seen before sign-in is worthless after it.
        // (The session is Shiro's, opened by the sign-in to hold the principal.)
        request.changeSessionId();
        userLocale.use(result.language());
        PasswordChangeFilter.markSession(result.mustChangePassword());
        if (result.mustChangePassword()) {
          Messages.info("password.mustChange");
          external.redirect(external.getRequestContextPath() + PasswordChangeFilter.ACCOUNT_PAGE);
          return;
        }
        external.redirect(
            external.getRequestContextPath()
                + nextPage(request.getParameter(FacesAwareUserFilter.NEXT)));
      }
      case THROTTLED -> Messages.error("login.throttled");
      case BUSY -> Messages.error("login.busy");
      case EXPIRED -> Messages.error("login.expired");
      case DISABLED, BAD_CREDENTIALS -> Messages.error("login.failed");
    }
  }

  /**
   * The page to open after sign-in: the one asked for, if {@code next} is a path of this
   * application (from the root, no scheme, no host, no "//" that a browser would read as another
   * host, no control character); home otherwise. Nothing else can make the sign-in page send a
   * person to another site (an open redirect).
   */
  static String nextPage(String next) {
    if (next == null
        || next.length() > FacesAwareUserFilter.NEXT_MAX
        || !next.startsWith("/")
        || next.startsWith("//")
        || next.startsWith("/login.xhtml")
        || next.chars().anyMatch(c -> c < 0x20 || c == 0x7f || c == '\\')) {
      return "/";
    }
    try {
      java.net.URI uri = new java.net.URI(next);
      if (uri.getScheme() != null || uri.getRawAuthority() != null) {
        return "/";
      }
    } catch (java.net.URISyntaxException e) {
      return "/";
    }
    return next;
  }

  /**
   * Whether the POST came from this site. Browsers send {@code Origin} on every form POST; a client
   * without it (a script, a test) is not a browser that another site could drive.
   */
  static boolean sameOrigin(HttpServletRequest request) {
    String origin = request.getHeader("Origin");
    if (origin == null || origin.isBlank()) {
      return !"cross-site".equals(request.getHeader("Sec-Fetch-Site"));
    }
    String host = request.getHeader("Host");
    try {
      java.net.URI uri = java.net.URI.create(origin.strip());
      String authority = uri.getRawAuthority();
      return host != null && authority != null && authority.equalsIgnoreCase(host.strip());
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }
}
