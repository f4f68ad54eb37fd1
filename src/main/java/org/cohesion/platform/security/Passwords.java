package org.cohesion.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.security.SecureRandom;
import org.apache.shiro.authc.credential.DefaultPasswordService;
import org.apache.shiro.authc.credential.PasswordService;

/**
 * Hashes and checks passwords with Shiro 2's default service: argon2id, a random salt per hash, and
 * the algorithm and its parameters stored in the hash string itself.
 */
@ApplicationScoped
public class Passwords {
  private static final PasswordService SERVICE = new DefaultPasswordService();
  private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
  private static final SecureRandom RANDOM = new SecureRandom();

  public static PasswordService service() {
    return SERVICE;
  }

  /**
   * A hash made like every real one (same algorithm and cost) of a random password nobody knows:
   * sign-in checks an unknown login against it, so that it takes as long as a known one. A constant
   * of the class, computed once per JVM; it holds no state.
   */
  static String dummyHash() {
    return Dummy.HASH;
  }

  private static final class Dummy {
    private static final String HASH = SERVICE.encryptPassword(randomSecret());

    private static String randomSecret() {
      byte[] bytes = new byte[32];
      RANDOM.nextBytes(bytes);
      return java.util.HexFormat.of().formatHex(bytes);
    }
  }

  public String hash(String password) {
    return SERVICE.encryptPassword(password);
  }

  public boolean matches(String password, String hash) {
    return SERVICE.passwordsMatch(password, hash);
  }

  /** A one-time password for a new or reset account: 16 unambiguous characters (about 94 bits). */
  public String generate() {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < 16; i++) {
      if (i > 0 && i % 4 == 0) {
        out.append('-');
      }
      out.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    }
    return out.toString();
  }
}
