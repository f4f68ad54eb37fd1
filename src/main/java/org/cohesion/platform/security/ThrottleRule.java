package org.cohesion.platform.security;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * When a sign-in attempt is refused without checking the password. Two rules, both over recorded
 * failures only (a refused attempt is never recorded, so refusals cannot prolong themselves):
 *
 * <ul>
 *   <li><b>Per login: growing delays, never a lock.</b> Let n be the failures for a login within
 *       {@code loginWindow} and since its last successful sign-in. While n &lt; {@code
 *       freeFailures}, every attempt is checked. From then on, an attempt is refused until {@code
 *       lastFailure + firstDelay × 2^(n − freeFailures)}, capped at {@code maxDelay}; after that
 *       moment the password is checked again, so the owner with the right password gets in.
 *   <li><b>Per address: a sliding window.</b> Once {@code maxAddressFailures} failures from one
 *       address fall within {@code addressWindow}, whatever the successes in between, attempts from
 *       that address are refused until enough of them have left the window.
 * </ul>
 */
public record ThrottleRule(
    int freeFailures,
    Duration firstDelay,
    Duration maxDelay,
    Duration loginWindow,
    int maxAddressFailures,
    Duration addressWindow) {

  public ThrottleRule {
    Objects.requireNonNull(firstDelay);
    Objects.requireNonNull(maxDelay);
    Objects.requireNonNull(loginWindow);
    Objects.requireNonNull(addressWindow);
    if (freeFailures < 1 || maxAddressFailures < 1) {
      throw new IllegalArgumentException("at least one failure must be allowed");
    }
  }

  /** The delay after the n-th failure for a login (n ≥ freeFailures). */
  public Duration delay(long failures) {
    if (failures < freeFailures) {
      return Duration.ZERO;
    }
    // 2^40 times any sensible first delay is far beyond any cap: stop doubling there.
    long doublings = Math.min(failures - freeFailures, 40);
    Duration grown = firstDelay.multipliedBy(1L << doublings);
    return grown.compareTo(maxDelay) > 0 ? maxDelay : grown;
  }

  /**
   * The moment from which a login may be tried again, given its counted failures and the last one;
   * {@code null} when it may be tried now.
   */
  public Instant loginOpensAt(long failures, Instant lastFailure) {
    if (failures < freeFailures || lastFailure == null) {
      return null;
    }
    return lastFailure.plus(delay(failures));
  }

  public boolean loginRefused(long failures, Instant lastFailure, Instant now) {
    Instant opens = loginOpensAt(failures, lastFailure);
    return opens != null && now.isBefore(opens);
  }

  public boolean addressRefused(long failuresInWindow) {
    return failuresInWindow >= maxAddressFailures;
  }
}
