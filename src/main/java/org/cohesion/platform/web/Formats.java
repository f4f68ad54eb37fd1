package org.cohesion.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/**
 * Dates and times as people in Martinique read them, in their language. (Faces 4.0's
 * convertDateTime does not take an Instant.)
 */
@Named
@RequestScoped
public class Formats {
  /** The network's time zone: Martinique, UTC−4 all year. */
  public static final ZoneId ZONE = ZoneId.of("America/Martinique");

  @Inject UserLocale userLocale;

  /**
   * A local date and time of Martinique (a meeting's), long date and short time; the long date
   * alone at midnight, which is how a meeting known only by its day is kept (nobody meets at 0:00,
   * and no list shows a time nobody gave).
   */
  public String meetingTime(LocalDateTime time) {
    if (time == null) {
      return "";
    }
    if (time.toLocalTime().equals(java.time.LocalTime.MIDNIGHT)) {
      return DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL)
          .withLocale(userLocale.getLocale())
          .format(time);
    }
    return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.FULL, FormatStyle.SHORT)
        .withLocale(userLocale.getLocale())
        .withZone(ZONE)
        .format(time.atZone(ZONE));
  }

  /** Only the time of day. */
  public String time(LocalDateTime time) {
    return time == null
        ? ""
        : DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT)
            .withLocale(userLocale.getLocale())
            .format(time);
  }

  public String dateTime(Instant instant) {
    if (instant == null) {
      return "";
    }
    return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT, FormatStyle.MEDIUM)
        .withLocale(userLocale.getLocale())
        .withZone(ZONE)
        .format(instant);
  }
}
