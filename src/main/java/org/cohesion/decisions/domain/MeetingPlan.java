package org.cohesion.decisions.domain;

import java.io.Serializable;
import java.net.URI;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.cohesion.platform.domain.DomainException;

/**
 * What is planned for a meeting: its title, times, place, ordered agenda and links. Validated as a
 * whole before any of it reaches the meeting, so a bad field changes nothing.
 */
public record MeetingPlan(
    String title,
    LocalDateTime startsAt,
    LocalDateTime endsAt,
    String place,
    List<Item> agenda,
    List<Link> links)
    implements Serializable {

  /** The longest title and place (the columns' length), declared once for forms and checks. */
  public static final int MAX_TITLE = 200;

  public static final int MAX_PLACE = 200;
  public static final int MAX_ITEMS = 40;
  public static final int MAX_LINKS = 20;

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

  /** Checks every rule; the first one broken is thrown with its message key. */
  public MeetingPlan validated() {
    if (title == null || title.isBlank()) {
      throw new DomainException("meeting.title.required");
    }
    if (title.strip().length() > MAX_TITLE
        || (place != null && place.strip().length() > MAX_PLACE)) {
      throw new DomainException("field.tooLong");
    }
    if (startsAt == null || endsAt == null) {
      throw new DomainException("meeting.times.required");
    }
    if (!endsAt.isAfter(startsAt)) {
      throw new DomainException("meeting.endsBeforeStart");
    }
    if (agenda.size() > MAX_ITEMS) {
      throw new DomainException("meeting.agenda.tooMany", MAX_ITEMS);
    }
    Set<String> keys = new HashSet<>();
    for (Item item : agenda) {
      if (item.title() == null || item.title().isBlank()) {
        throw new DomainException("meeting.agenda.titleRequired");
      }
      if (item.title().strip().length() > 200
          || (item.description() != null && item.description().strip().length() > 1000)) {
        throw new DomainException("field.tooLong");
      }
      if (item.key() != null && !keys.add(item.key())) {
        throw new DomainException("meeting.agenda.duplicate");
      }
    }
    if (links.size() > MAX_LINKS) {
      throw new DomainException("meeting.links.tooMany", MAX_LINKS);
    }
    for (Link link : links) {
      if (link.label() == null || link.label().isBlank()) {
        throw new DomainException("meeting.link.labelRequired");
      }
      if (link.label().strip().length() > 200) {
        throw new DomainException("field.tooLong");
      }
      if (!isWebAddress(link.url())) {
        throw new DomainException("meeting.link.invalid", link.url() == null ? "" : link.url());
      }
    }
    return this;
  }

  static boolean isWebAddress(String url) {
    if (url == null || url.isBlank() || url.strip().length() > 1000) {
      return false;
    }
    try {
      URI uri = URI.create(url.strip());
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
