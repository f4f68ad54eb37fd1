package org.cohesion.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ThrottleRuleTest {
  private static final ThrottleRule RULE =
      new ThrottleRule(
          5,
          Duration.ofSeconds(30),
          Duration.ofMinutes(15),
          Duration.ofHours(24),
          20,
          Duration.ofMinutes(15));
  private static final Instant LAST = Instant.parse("2026-12-01T10:00:00Z");

  @Test
  void theFirstFailuresCostNothing() {
    for (int n = 0; n < 5; n++) {
      assertNull(RULE.loginOpensAt(n, LAST));
      assertFalse(RULE.loginRefused(n, LAST, LAST));
    }
  }

  @Test
  void theDelayDoublesFromTheFifthFailureUpToTheCap() {
    assertEquals(Duration.ofSeconds(30), RULE.delay(5));
    assertEquals(Duration.ofSeconds(60), RULE.delay(6));
    assertEquals(Duration.ofSeconds(120), RULE.delay(7));
    assertEquals(Duration.ofSeconds(480), RULE.delay(9));
    assertEquals(Duration.ofMinutes(15), RULE.delay(10));
    assertEquals(Duration.ofMinutes(15), RULE.delay(1_000_000));
  }

  @Test
  void aLoginIsRefusedUntilTheDelayHasPassedThenCheckedAgain() {
    assertTrue(RULE.loginRefused(6, LAST, LAST.plusSeconds(59)));
    assertFalse(RULE.loginRefused(6, LAST, LAST.plusSeconds(60)));
    // Never a lock: however many failures, the login opens again after the cap.
    assertFalse(RULE.loginRefused(10_000, LAST, LAST.plus(Duration.ofMinutes(15))));
  }

  @Test
  void anAddressIsRefusedFromItsTwentiethFailureInTheWindow() {
    assertFalse(RULE.addressRefused(19));
    assertTrue(RULE.addressRefused(20));
  }
}
