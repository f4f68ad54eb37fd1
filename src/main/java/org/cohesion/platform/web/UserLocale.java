package org.cohesion.platform.web;

import static java.nio.charset.StandardCharsets.UTF_8;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URLDecoder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cohesion.platform.security.AccountDirectory;
import org.cohesion.platform.security.Caller;
import org.cohesion.platform.security.Guard;
import org.omnifaces.util.Faces;

/**
 * The language of the interface, French unless chosen otherwise. The only thing the web layer keeps
 * in the session besides Shiro's principal: one language code, in the session attribute {@link
 * #ATTRIBUTE}.
 *
 * <p>Request-scoped, and it reads the session without creating one: a visitor who is not signed in
 * (the sign-in page, a protected page's redirect to it) holds no session until they sign in or
 * choose a language, so a flood of anonymous requests does not fill the memory with sessions (one
 * per request, kept 30 minutes).
 */
@Named
@RequestScoped
public class UserLocale {

  /** The session attribute holding the chosen language ("fr" or "en"), when one was chosen. */
  static final String ATTRIBUTE = "cohesion.language";

  private Locale locale;

  @Inject HttpServletRequest request;
  @Inject Guard guard;
  @Inject AccountDirectory accounts;

  public Locale getLocale() {
    if (locale == null) {
      HttpSession session = request.getSession(false);
      Object language = session == null ? null : session.getAttribute(ATTRIBUTE);
      locale = "en".equals(language) ? Locale.ENGLISH : Locale.FRENCH;
    }
    return locale;
  }

  public String getLanguage() {
    return getLocale().getLanguage();
  }

  /**
   * Applies a language for this session (at sign-in, the account's preference; the language switch)
   * without saving it to the account. This is what starts a visitor's session.
   */
  public void use(String language) {
    this.locale = "en".equals(language) ? Locale.ENGLISH : Locale.FRENCH;
    request.getSession().setAttribute(ATTRIBUTE, locale.getLanguage());
    FacesContext context = FacesContext.getCurrentInstance();
    if (context != null && context.getViewRoot() != null) {
      context.getViewRoot().setLocale(locale);
    }
  }

  /**
   * The language switch in the header: applies, saves for a signed-in member, and reloads the same
   * page with the GET parameters it was opened with. Many pages read their parameters (code, id,
   * indicator...) from the request rather than from view parameters; the header is an OmniFaces
   * form, which posts to the page's own URL with its query string, so the query string of this
   * postback is the page's. It is parsed and each parameter encoded again into a redirect to this
   * same view: nothing else of the request reaches the address.
   */
  public String switchTo(String language) throws IOException {
    use(language);
    // A visitor's choice lives in the session only.
    Caller caller = guard.caller();
    if (caller.isAuthenticated()) {
      accounts.preferLanguage(caller.accountId(), locale.getLanguage());
    }
    FacesContext context = FacesContext.getCurrentInstance();
    String viewId = context.getViewRoot().getViewId();
    String url =
        context
            .getApplication()
            .getViewHandler()
            .getRedirectURL(context, viewId, parameters(Faces.getRequestQueryString()), true);
    context.getExternalContext().redirect(url);
    context.responseComplete();
    return null;
  }

  private static final int MAX_QUERY = 2000;
  private static final int MAX_PARAMETERS = 20;

  /** The parameters of a query string, decoded; a malformed or oversized one gives none. */
  static Map<String, List<String>> parameters(String query) {
    Map<String, List<String>> parameters = new LinkedHashMap<>();
    if (query == null || query.isBlank() || query.length() > MAX_QUERY) {
      return parameters;
    }
    try {
      for (String pair : query.split("&", MAX_PARAMETERS + 1)) {
        if (pair.isEmpty() || parameters.size() >= MAX_PARAMETERS) {
          continue;
        }
        int eq = pair.indexOf('=');
        String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), UTF_8);
        String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), UTF_8);
        if (!name.isBlank()) {
          parameters.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
        }
      }
    } catch (IllegalArgumentException e) {
      return new LinkedHashMap<>();
    }
    return parameters;
  }
}
