package org.cohesion.platform.web;

import org.cohesion.platform.domain.NotFoundException;

/** Ids read from a URL: absent is absent, anything but a positive number is "not found". */
public final class Ids {

  private Ids() {}

  /** The id, or null when the parameter is absent or blank. */
  public static Long optional(String parameter) {
    if (parameter == null || parameter.isBlank()) {
      return null;
    }
    return required(parameter);
  }

  /** Longer than any id (19 digits) with room for spaces: refused before it is parsed. */
  static final int MAX_LENGTH = 24;

  public static long required(String parameter) {
    if (parameter != null && parameter.length() > MAX_LENGTH) {
      throw new NotFoundException();
    }
    try {
      long id = Long.parseLong(parameter == null ? "" : parameter.strip());
      if (id <= 0) {
        throw new NotFoundException();
      }
      return id;
    } catch (NumberFormatException e) {
      throw new NotFoundException();
    }
  }
}
