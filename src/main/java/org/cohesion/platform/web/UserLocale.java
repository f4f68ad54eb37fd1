package org.cohesion.platform.web;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Locale;
import org.cohesion.network.application.AccountSettings;

/**
 * The language of the interface, French unless chosen otherwise. The only thing the web layer keeps
 * in the session besides Shiro's principal: one Locale.
 */
@Named
@SessionScoped
public class UserLocale implements Serializable {
  private static final long serialVersionUID = 1L;

  private Locale locale = Locale.FRENCH;

  @Inject AccountSettings accountSettings;

  public Locale getLocale() {
    return locale;
  }

  public String getLanguage() {
    return locale.getLanguage();
  }

  /** Applies a language without saving it (used at sign-in with the account's preference). */
  public void use(String language) {
    this.locale = "en".equals(language) ? Locale.ENGLISH : Locale.FRENCH;
    FacesContext context = FacesContext.getCurrentInstance();
    if (context != null && context.getViewRoot() != null) {
      context.getViewRoot().setLocale(locale);
    }
  }

  /** The language switch in the header: applies, saves for a signed-in member, reloads the page. */
  public String switchTo(String language) {
    use(language);
    accountSettings.changeLanguage(locale.getLanguage());
    String viewId = FacesContext.getCurrentInstance().getViewRoot().getViewId();
    return viewId + "?faces-redirect=true&includeViewParams=true";
  }
}
