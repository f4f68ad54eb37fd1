package org.cohesion.tools.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Who downloads, for counting once per person: someone not signed in is known only by a hash of
 * their address and browser, so no address is stored.
 */
public final class Readers {
  private Readers() {}

  public static String anonymous(String address, String userAgent) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest((address + "|" + userAgent).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
