package org.cohesion.decisions.application;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.cohesion.decisions.domain.AgendaItem;
import org.cohesion.decisions.domain.Meeting;
import org.cohesion.decisions.domain.MeetingLink;
import org.cohesion.decisions.domain.MeetingPlan;

/**
 * The planning form of a meeting (title, times, place, ordered agenda, links): checked as a whole
 * by {@link Meetings} before any of it reaches the meeting, so a bad field changes nothing,
 * whatever page or client sent it. Its limits are the meeting's columns ({@link Meeting}, {@link
 * AgendaItem}, {@link MeetingLink}).
 */
public record MeetingForm(
    @NotBlank(message = "{meeting.title.required}")
        @Size(max = Meeting.MAX_TITLE, message = "{field.tooLong}")
        String title,
    @NotNull(message = "{meeting.times.required}") LocalDateTime startsAt,
    @NotNull(message = "{meeting.times.required}") LocalDateTime endsAt,
    @Size(max = Meeting.MAX_PLACE, message = "{field.tooLong}") String place,
    @Size(max = Meeting.MAX_ITEMS, message = "{meeting.agenda.tooMany}") List<@Valid Item> agenda,
    @Size(max = Meeting.MAX_LINKS, message = "{meeting.links.tooMany}") List<@Valid Link> links)
    implements Serializable {

  /** An agenda item; key is null for a new item, else the key of the item it keeps. */
  public record Item(
      String key,
      @NotBlank(message = "{meeting.agenda.titleRequired}")
          @Size(max = AgendaItem.MAX_TITLE, message = "{field.tooLong}")
          String title,
      @Size(max = AgendaItem.MAX_DESCRIPTION, message = "{field.tooLong}") String description)
      implements Serializable {}

  /** A link: a web address only (http or https, with a host), never javascript: or data:. */
  public record Link(
      @NotBlank(message = "{meeting.link.labelRequired}")
          @Size(max = MeetingLink.MAX_LABEL, message = "{field.tooLong}")
          String label,
      @NotNull(message = "{meeting.link.invalid}")
          @Size(max = MeetingLink.MAX_URL, message = "{meeting.link.invalid}")
          @Pattern(
              regexp = "(?i)\\s*https?://[^\\s/?#]+(:\\d+)?([/?#]\\S*)?\\s*",
              message = "{meeting.link.invalid}")
          String url)
      implements Serializable {}

  public MeetingForm {
    agenda = agenda == null ? List.of() : List.copyOf(agenda);
    links = links == null ? List.of() : List.copyOf(links);
  }

  @AssertTrue(message = "{meeting.endsBeforeStart}")
  public boolean isEndingAfterStart() {
    return startsAt == null || endsAt == null || endsAt.isAfter(startsAt);
  }

  @AssertTrue(message = "{meeting.agenda.duplicate}")
  public boolean isEachItemOnce() {
    Set<String> keys = new HashSet<>();
    return agenda.stream().allMatch(i -> i.key() == null || keys.add(i.key()));
  }

  /** What the meeting takes, once checked. */
  MeetingPlan plan() {
    return new MeetingPlan(
        title,
        startsAt,
        endsAt,
        place,
        agenda.stream()
            .map(i -> new MeetingPlan.Item(i.key(), i.title(), i.description()))
            .toList(),
        links.stream().map(l -> new MeetingPlan.Link(l.label(), l.url())).toList());
  }
}
