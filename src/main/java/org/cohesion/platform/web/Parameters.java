package org.cohesion.platform.web;

import java.util.List;

/**
 * Length limits on request parameters, applied before any parser or regex sees them: the cost of a
 * request must not grow with a parameter an attacker can make a megabyte long.
 */
public final class Parameters {

  /** Enough for any code, slug, login or enumeration name used in an address. */
  public static final int MAX_LENGTH = 100;

  /** Repeated parameters ({@code t=97209&t=972...}) read at most. */
  public static final int MAX_VALUES = 50;

  private Parameters() {}

  /** The value, or a 400 when it is longer than {@code max}. */
  public static String bounded(String name, String value, int max) {
    if (value != null && value.length() > max) {
      throw new BadRequestException(name);
    }
    return value;
  }

  public static String bounded(String name, String value) {
    return bounded(name, value, MAX_LENGTH);
  }

  /** Repeated values, each bounded, blank ones dropped; a 400 beyond {@link #MAX_VALUES}. */
  public static List<String> bounded(String name, List<String> values) {
    if (values == null) {
      return List.of();
    }
    if (values.size() > MAX_VALUES) {
      throw new BadRequestException(name);
    }
    return values.stream()
        .map(v -> bounded(name, v))
        .filter(v -> v != null && !v.isBlank())
        .toList();
  }
}
