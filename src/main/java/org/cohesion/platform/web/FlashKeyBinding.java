package org.cohesion.platform.web;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import java.util.Base64;
import java.util.Optional;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Gives Mojarra's flash cookie the key configured as COHESION_FLASH_SECRET_KEY, so that a message
 * kept across a redirect ("Saved", "Signed out") is read by whichever node serves the next request.
 *
 * <p>Mojarra reads the key from {@code java:comp/env/faces/FlashSecretKey} and draws a key of its
 * own in each JVM when there is none. Payara Micro leaves {@code ${MPCONFIG=…}} unresolved in a
 * {@code web.xml} env-entry value (tested), and the component namespace cannot be written by the
 * application; so {@code web.xml}'s env-entry only points ({@code lookup-name}) at {@link
 * #GLOBAL_NAME}, which this listener binds from the configuration before any request. Declared
 * first in {@code web.xml} for that. Without the setting nothing is bound and each node keeps its
 * own key: right for one node.
 */
public class FlashKeyBinding implements ServletContextListener {
  /** The global name that web.xml's {@code faces/FlashSecretKey} env-entry looks up. */
  public static final String GLOBAL_NAME = "java:global/cohesion/flash-secret-key";

  static final String PROPERTY = "cohesion.flash.secret-key";

  @Override
  public void contextInitialized(ServletContextEvent event) {
    Optional<String> key =
        ConfigProvider.getConfig().getOptionalValue(PROPERTY, String.class).map(String::strip);
    if (key.isEmpty() || key.get().isEmpty()) {
      return;
    }
    String checked = checked(key.get());
    try {
      new InitialContext().rebind(GLOBAL_NAME, checked);
    } catch (NamingException e) {
      throw new IllegalStateException("Cannot publish the flash key as " + GLOBAL_NAME, e);
    }
  }

  @Override
  public void contextDestroyed(ServletContextEvent event) {
    try {
      new InitialContext().unbind(GLOBAL_NAME);
    } catch (NamingException e) {
      // Never bound (no key configured): nothing to undo.
    }
  }

  /**
   * The key as Mojarra needs it (Base64 of an AES key of 16, 24 or 32 bytes), or a start-up failure
   * naming the setting: Mojarra would otherwise fail at the first flash, or silently use no key.
   */
  static String checked(String key) {
    byte[] bytes;
    try {
      bytes = Base64.getDecoder().decode(key);
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException(
          "COHESION_FLASH_SECRET_KEY ("
              + PROPERTY
              + ") is not Base64: generate one with"
              + " `openssl rand -base64 32`");
    }
    if (bytes.length != 16 && bytes.length != 24 && bytes.length != 32) {
      throw new IllegalStateException(
          "COHESION_FLASH_SECRET_KEY ("
              + PROPERTY
              + ") holds "
              + bytes.length
              + " bytes, not an AES key of 16, 24 or 32: generate one with"
              + " `openssl rand -base64 32`");
    }
    return key;
  }
}
