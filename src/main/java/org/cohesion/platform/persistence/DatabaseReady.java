package org.cohesion.platform.persistence;

/**
 * Fired once at start-up, after the migrations, inside no transaction. Observers seed what they
 * need; {@code profile} is "demo" or "production".
 */
public record DatabaseReady(String profile) {
  public boolean isDemo() {
    return "demo".equals(profile);
  }
}
