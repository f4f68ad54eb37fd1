package org.cohesion.platform.web;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Marks the session cookie Secure when Cohésion runs behind HTTPS (COHESION_SECURE_COOKIES=true).
 * Off by default so that the local run over plain HTTP works.
 */
@WebListener
public class SessionCookieSetup implements ServletContextListener {

  @Override
  public void contextInitialized(ServletContextEvent event) {
    boolean secure =
        ConfigProvider.getConfig()
            .getOptionalValue("cohesion.secure-cookies", Boolean.class)
            .orElse(false);
    event.getServletContext().getSessionCookieConfig().setSecure(secure);
  }
}
