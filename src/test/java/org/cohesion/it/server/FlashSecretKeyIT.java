package org.cohesion.it.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import javax.naming.InitialContext;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The flash cookie's key, configured (the suite sets COHESION_FLASH_SECRET_KEY's property), is the
 * one Mojarra reads, so every node that shares the setting reads the others' flash cookies.
 */
@ExtendWith(ArquillianExtension.class)
class FlashSecretKeyIT {

  @Test
  void mojarraFindsTheConfiguredKeyInItsNamingContext() throws Exception {
    String configured =
        ConfigProvider.getConfig().getValue("cohesion.flash.secret-key", String.class);
    assertEquals(configured, new InitialContext().lookup("java:comp/env/faces/FlashSecretKey"));
  }

  /**
   * Each guard resolves its key the way each node's Mojarra does: without the shared key, each
   * draws a random one and the second cannot read what the first wrote.
   */
  @Test
  void aCookieWrittenWithOneResolutionOfTheKeyIsReadByAnother() throws Exception {
    // Mojarra's own class (the server's, not on the test compile class path).
    Class<?> guard =
        Class.forName(
            "com.sun.faces.util.ByteArrayGuardAESCTR",
            true,
            Thread.currentThread().getContextClassLoader());
    Object writer = guard.getConstructor().newInstance();
    Object reader = guard.getConstructor().newInstance();
    String sealed = (String) guard.getMethod("encrypt", String.class).invoke(writer, "flash 42");
    assertEquals("flash 42", guard.getMethod("decrypt", String.class).invoke(reader, sealed));
  }
}
