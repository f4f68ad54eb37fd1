package org.cohesion.decisions.domain;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;
import org.cohesion.platform.domain.DomainException;

/**
 * What is planned for a meeting, as the meeting takes it: its title, times, place, ordered agenda
 * and links. The form that people fill in and its checks are {@code
 * decisions.application.MeetingForm}'s; the demo seeds and the register's sittings by day build a
 * plan directly.
 */
public record MeetingPlan(
    String title,
    LocalDateTime startsAt,
    LocalDateTime endsAt,
    String place,
    List<Item> agenda,
    List<Link> links)
    implements Serializable {

  /** An agenda item; key is null for a new item, else the key of the item it keeps. */
  public record Item(String key, String title, String description) implements Serializable {}

  public record Link(String label, String url) implements Serializable {}

  public MeetingPlan {
    agenda = agenda == null ? List.of() : List.copyOf(agenda);
    links = links == null ? List.of() : List.copyOf(links);
  }

  /**
   * A meeting recorded by its day only, as the register records a body's sitting (and as V9 turned
   * the register's meetings into meetings): the whole day, from midnight to midnight.
   */
  public static MeetingPlan onDay(String title, java.time.LocalDate day, String place) {
    if (day == null) {
      throw new DomainException("meeting.date.required");
    }
    return new MeetingPlan(
        title, day.atStartOfDay(), day.plusDays(1).atStartOfDay(), place, List.of(), List.of());
  }
}
