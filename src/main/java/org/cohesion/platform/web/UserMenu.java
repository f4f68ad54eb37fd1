package org.cohesion.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import org.cohesion.platform.security.Caller;
import org.cohesion.platform.security.ClientAddress;
import org.cohesion.platform.security.CurrentCaller;
import org.cohesion.platform.security.LoginService;
import org.cohesion.platform.security.PlatformRole;

/** The header: who is signed in, what the menu offers them, and signing out. */
@Named
@RequestScoped
public class UserMenu {

  @Inject CurrentCaller current;
  @Inject LoginService loginService;
  @Inject ClientAddress clientAddress;

  public Caller getCaller() {
    return current.get();
  }

  public boolean isSignedIn() {
    return getCaller().isAuthenticated();
  }

  public boolean isAdministrator() {
    return getCaller().has(PlatformRole.ADMINISTRATOR);
  }

  public String getLogin() {
    return getCaller().login();
  }

  public void logout() throws IOException {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    loginService.logout(clientAddress.of(request));
    external.invalidateSession();
    // The redirect keeps this message in a new session of its own, holding nothing else, whose
    // cookie leaves with the redirect (PendingMessages): the same way as every other message, read
    // by whichever node serves the sign-in page. A parameter of the sign-in page's address instead
    // would stay in the address bar and in bookmarks, and say "signed out" on every reload.
    Messages.info("login.signedOut");
    external.redirect(external.getRequestContextPath() + "/login.xhtml");
  }
}
