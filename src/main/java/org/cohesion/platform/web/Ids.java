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

  public static long required(String parameter) {
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
