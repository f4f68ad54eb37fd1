package org.cohesion.platform.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Texts of the resource bundles in the user's language, and Faces messages made from them. */
public final class Messages {
  public static final String BUNDLE = "messages";

  private Messages() {}

  public static String text(String key, Object... args) {
    return text(locale(), key, args);
  }

  public static String text(Locale locale, String key, Object... args) {
    try {
      String pattern = ResourceBundle.getBundle(BUNDLE, locale).getString(key);
      return args == null || args.length == 0
          ? pattern
          : new MessageFormat(pattern, locale).format(args);
    } catch (MissingResourceException e) {
      return "???" + key + "???";
    }
  }

  public static void info(String key, Object... args) {
    add(FacesMessage.SEVERITY_INFO, null, key, args);
  }

  public static void error(String key, Object... args) {
    add(FacesMessage.SEVERITY_ERROR, null, key, args);
  }

  /** An error attached to one field, shown beside it. */
  public static void fieldError(String clientId, String key, Object... args) {
    add(FacesMessage.SEVERITY_ERROR, clientId, key, args);
  }

  private static void add(
      FacesMessage.Severity severity, String clientId, String key, Object[] args) {
    FacesContext context = FacesContext.getCurrentInstance();
    String text = text(key, args);
    // A redirect that follows keeps it for the next page (KeepMessagesOnRedirect).
    context.addMessage(clientId, new FacesMessage(severity, text, null));
  }

  private static Locale locale() {
    FacesContext context = FacesContext.getCurrentInstance();
    if (context != null && context.getViewRoot() != null) {
      return context.getViewRoot().getLocale();
    }
    return Locale.FRENCH;
  }
}
