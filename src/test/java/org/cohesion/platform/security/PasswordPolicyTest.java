package org.cohesion.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

  @Test
  void twelveCharactersAreEnoughElevenAreNot() {
    assertEquals(Optional.of("password.tooShort"), PasswordPolicy.check("abcdefghijk", "bob"));
    assertTrue(PasswordPolicy.check("abcdefghijkl", "bob").isEmpty());
    // Counted in characters, not UTF-16 units: "œ" and accents count once.
    assertEquals(Optional.of("password.tooShort"), PasswordPolicy.check("Schœlcher97", "bob"));
  }

  @Test
  void emptyHugeRepeatedOrLoginBasedPasswordsAreRefused() {
    assertEquals(Optional.of("password.required"), PasswordPolicy.check("   ", "bob"));
    assertEquals(Optional.of("password.required"), PasswordPolicy.check(null, "bob"));
    assertEquals(
        Optional.of("password.tooLong"), PasswordPolicy.check("a".repeat(129) + "b", "bob"));
    assertEquals(Optional.of("password.tooSimple"), PasswordPolicy.check("aaaaaaaaaaaaaa", "bob"));
    assertEquals(
        Optional.of("password.containsLogin"),
        PasswordPolicy.check("MANSELME-2008-fdf", "manselme"));
    assertFalse(PasswordPolicy.check("la cohésion se construit", "manselme").isPresent());
  }

  @Test
  void hashesAreArgon2idSaltedAndVerifiable() {
    Passwords passwords = new Passwords();
    String one = passwords.hash("la cohésion se construit");
    String two = passwords.hash("la cohésion se construit");
    assertTrue(one.contains("argon2id"), one);
    assertFalse(one.equals(two), "each hash has its own salt");
    assertTrue(passwords.matches("la cohésion se construit", one));
    assertFalse(passwords.matches("la cohesion se construit", one));
    assertEquals(19, passwords.generate().length());
  }
}
