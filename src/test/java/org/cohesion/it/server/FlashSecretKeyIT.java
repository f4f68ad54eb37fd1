package org.cohesion.it.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Base64;
import javax.naming.InitialContext;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The flash cookie's key that Mojarra reads is the configured one (so the same on every node), not
 * the unresolved descriptor text nor a key each node draws for itself.
 */
@ExtendWith(ArquillianExtension.class)
class FlashSecretKeyIT {

  @Test
  void mojarraReadsTheConfiguredFlashKey() throws Exception {
    String key = (String) new InitialContext().lookup("java:comp/env/faces/FlashSecretKey");
    assertEquals(
        ConfigProvider.getConfig().getValue("cohesion.flash.secret-key", String.class), key);
    assertEquals(32, Base64.getDecoder().decode(key).length, "an AES-256 key");
  }
}
