package org.cohesion.minutes.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.CalScale;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.cohesion.minutes.domain.AgendaItem;
import org.cohesion.minutes.domain.Meeting;
import org.cohesion.platform.domain.NotFoundException;

/**
 * Meetings as iCalendar (RFC 5545, written by ical4j): one meeting to download, or a member's feed
 * that a calendar application subscribes to. The feed is read without a session, so its address
 * carries a secret token of the member's, which they can renew.
 */
@ApplicationScoped
@Transactional
public class MeetingCalendar {

  private static final SecureRandom RANDOM = new SecureRandom();

  @PersistenceContext EntityManager em;
  @Inject MeetingAccess access;
  @Inject Clock clock;

  /** One meeting the caller sees, as an .ics file. */
  public String meeting(long meetingId, String baseUrl) {
    var signed = access.signedIn();
    Meeting meeting = access.visibleMeeting(meetingId, signed.caller());
    return write(List.of(meeting), baseUrl);
  }

  /** The caller's feed token, created on first use. */
  public String feedToken() {
    var signed = access.signedIn();
    return token(signed.member().getId()).orElseGet(() -> renew(signed.member().getId()));
  }

  /** A new token: the old address stops working. */
  public String renewFeedToken() {
    var signed = access.signedIn();
    return renew(signed.member().getId());
  }

  /**
   * The meetings of the token's owner: of the groups they belong to and the bodies they sit on, or
   * of one of those groups. An unknown token, or a group they are not in, is a 404.
   */
  public String feed(String token, Long groupId, String baseUrl) {
    if (token == null || token.length() != 43) {
      throw new NotFoundException();
    }
    List<?> owner =
        em.createNativeQuery("SELECT member_id FROM calendar_feed WHERE token = ?")
            .setParameter(1, token)
            .getResultList();
    if (owner.isEmpty()) {
      throw new NotFoundException();
    }
    long memberId = ((Number) owner.get(0)).longValue();
    List<Meeting> meetings =
        em.createNamedQuery("Meeting.listForMember", Meeting.class)
            .setParameter("memberId", memberId)
            .getResultList();
    if (groupId != null) {
      meetings =
          meetings.stream()
              .filter(m -> m.isOfGroup() && m.getGroup().getId().equals(groupId))
              .toList();
      boolean member =
          !em.createNamedQuery("Membership.roleOf")
              .setParameter("groupId", groupId)
              .setParameter("memberId", memberId)
              .getResultList()
              .isEmpty();
      if (!member) {
        throw new NotFoundException();
      }
    }
    return write(meetings, baseUrl);
  }

  private Optional<String> token(long memberId) {
    List<?> rows =
        em.createNativeQuery("SELECT token FROM calendar_feed WHERE member_id = ?")
            .setParameter(1, memberId)
            .getResultList();
    return rows.stream().map(String::valueOf).findFirst();
  }

  private String renew(long memberId) {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    em.createNativeQuery(
            "INSERT INTO calendar_feed (member_id, token) VALUES (?, ?)"
                + " ON DUPLICATE KEY UPDATE token = VALUES(token)")
        .setParameter(1, memberId)
        .setParameter(2, token)
        .executeUpdate();
    return token;
  }

  String write(List<Meeting> meetings, String baseUrl) {
    Calendar calendar = new Calendar();
    calendar.add(new ProdId("-//Centre de ressources Ville caraibe//Cohesion//FR"));
    calendar.add(ImmutableVersion.VERSION_2_0);
    calendar.add(new CalScale(CalScale.VALUE_GREGORIAN));
    Instant stamp = clock.instant();
    for (Meeting meeting : meetings) {
      Instant start = meeting.getStartsAt().atZone(Meeting.ZONE).toInstant();
      Instant end = meeting.getEndsAt().atZone(Meeting.ZONE).toInstant();
      VEvent event = new VEvent(start, end, meeting.getTitle());
      event.add(new Uid("meeting-" + meeting.getId() + "@cohesion"));
      event.add(new DtStamp(stamp));
      event.add(new Sequence(meeting.getSequence()));
      if (meeting.getPlace() != null) {
        event.add(new Location(meeting.getPlace()));
      }
      StringBuilder description = new StringBuilder();
      description.append(
          meeting.isOfGroup() ? meeting.getGroup().getName() : meeting.getBody().getCode());
      for (AgendaItem item : meeting.getAgenda()) {
        description
            .append('\n')
            .append(item.getPosition() + 1)
            .append(". ")
            .append(item.getTitle());
      }
      event.add(new Description(description.toString()));
      if (baseUrl != null) {
        try {
          event.add(new Url(java.net.URI.create(baseUrl + MeetingPlanner.link(meeting))));
        } catch (IllegalArgumentException ignored) {
          // no link rather than no calendar
        }
      }
      calendar.add(event);
    }
    StringWriter out = new StringWriter();
    try {
      new CalendarOutputter(false).output(calendar, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }
}
