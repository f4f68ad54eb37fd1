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
