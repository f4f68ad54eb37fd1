package org.cohesion.platform.web;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Marks the session cookie Secure (COHESION_SECURE_COOKIES, true by default): it is then never sent
 * in clear. The launcher's local demo run over plain HTTP and the test suite switch it off.
 */
@WebListener
public class SessionCookieSetup implements ServletContextListener {

  @Override
  public void contextInitialized(ServletContextEvent event) {
    boolean secure =
        ConfigProvider.getConfig()
            .getOptionalValue("cohesion.secure-cookies", Boolean.class)
            .orElse(true);
    event.getServletContext().getSessionCookieConfig().setSecure(secure);
  }
}
