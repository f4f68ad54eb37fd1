package org.cohesion.observation.web;

import org.cohesion.observation.domain.Period;
import org.cohesion.platform.web.BadRequestException;

/** The {@code period} of a dashboard's address: absent means the latest, unreadable is a 400. */
public final class PeriodParameter {

  private PeriodParameter() {}

  public static Period read(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    return Period.parse(text).orElseThrow(() -> new BadRequestException("period"));
  }
}
