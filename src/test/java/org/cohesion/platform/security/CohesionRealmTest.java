package org.cohesion.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.shiro.authc.DisabledAccountException;
import org.apache.shiro.authc.ExpiredCredentialsException;
import org.apache.shiro.authc.IncorrectCredentialsException;
import org.apache.shiro.authc.UsernamePasswordToken;
import org.apache.shiro.authc.credential.DefaultPasswordService;
import org.apache.shiro.authc.credential.PasswordService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The realm checks one hash per attempt, known login or not, and tells an account's state only to
 * whoever gave its password. Real argon2id hashes; the accounts are held in a map.
 */
class CohesionRealmTest {
  private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
  private static final PasswordService REAL = new DefaultPasswordService();
  private static final String HASH = REAL.encryptPassword("the right password");

  private final Map<String, AccountDirectory.StoredCredentials> accounts = new HashMap<>();
  private int checks;
  private CohesionRealm realm;

  @BeforeEach
  void setUp() {
    accounts.put("active", stored(1, "active", true, false, null));
    accounts.put("gone", stored(2, "gone", false, false, null));
    accounts.put("expired", stored(3, "expired", true, true, NOW.minusSeconds(1)));
    accounts.put("fresh", stored(4, "fresh", true, true, NOW.plusSeconds(3600)));
    PasswordService counting =
        new PasswordService() {
          @Override
          public String encryptPassword(Object plaintext) {
            return REAL.encryptPassword(plaintext);
          }

          @Override
          public boolean passwordsMatch(Object submitted, String encrypted) {
            checks++;
            return REAL.passwordsMatch(submitted, encrypted);
          }
        };
    realm = new CohesionRealm(() -> directory(), () -> Clock.fixed(NOW, ZoneOffset.UTC), counting);
  }

  private static AccountDirectory.StoredCredentials stored(
      long id, String login, boolean active, boolean oneTime, Instant expires) {
    return new AccountDirectory.StoredCredentials(id, login, HASH, active, oneTime, expires);
  }

  private AccountDirectory directory() {
    return new AccountDirectory() {
      @Override
      public Optional<StoredCredentials> credentialsOf(String login) {
        return Optional.ofNullable(accounts.get(login));
      }

      @Override
      public Optional<Caller> activeCaller(long accountId) {
        return Optional.empty();
      }

      @Override
      public SignedIn recordLogin(long accountId) {
        return new SignedIn("fr", false);
      }

      @Override
      public boolean mustChangePassword(long accountId) {
        return false;
      }

      @Override
      public void preferLanguage(long accountId, String language) {
        throw new UnsupportedOperationException("the realm never saves a language");
      }
    };
  }

  private void attempt(String login, String password) {
    realm.getAuthenticationInfo(new UsernamePasswordToken(login, password));
  }

  @Test
  void anUnknownLoginCostsOneHashCheckLikeAKnownOne() {
    assertThrows(IncorrectCredentialsException.class, () -> attempt("nobody", "a guess"));
    assertEquals(1, checks);
    assertThrows(IncorrectCredentialsException.class, () -> attempt("active", "a guess"));
    assertEquals(2, checks);
    attempt("active", "the right password");
    assertEquals(3, checks);
  }

  @Test
  void aDeactivatedAccountIsSaidSoOnlyWithItsPassword() {
    assertThrows(IncorrectCredentialsException.class, () -> attempt("gone", "a guess"));
    assertThrows(DisabledAccountException.class, () -> attempt("gone", "the right password"));
    assertEquals(2, checks);
  }

  @Test
  void anExpiredOneTimePasswordIsRefusedEvenWhenRight() {
    assertThrows(IncorrectCredentialsException.class, () -> attempt("expired", "a guess"));
    assertThrows(ExpiredCredentialsException.class, () -> attempt("expired", "the right password"));
    attempt("fresh", "the right password");
  }
}
