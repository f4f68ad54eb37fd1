package org.cohesion.minutes.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
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
import org.cohesion.decisions.application.Meetings;
import org.cohesion.decisions.domain.AgendaItem;
import org.cohesion.decisions.domain.Meeting;
import org.cohesion.platform.domain.NotFoundException;
import org.cohesion.platform.security.AccessRevoked;
import org.cohesion.workspace.application.GroupAccessLookup;

/**
 * Meetings as iCalendar (RFC 5545, written by ical4j): one meeting to download, or a member's feed
 * that a calendar application subscribes to. The feed is read without a session, so its address
 * carries a secret token of the member's (256 random bits), which they can renew. Only its SHA-256
 * is stored, so the address cannot be read back: it is shown once, when it is made. It answers for
 * active accounts only, and is deleted when the account is deactivated or its password reset.
 */
@ApplicationScoped
@Transactional
public class MeetingCalendar {

  private static final SecureRandom RANDOM = new SecureRandom();

  @PersistenceContext EntityManager em;
  @Inject MinutesCallers callers;
  @Inject GroupAccessLookup groups;
  @Inject Clock clock;

  /** One meeting the caller sees, as an .ics file. */
  public String meeting(long meetingId, String baseUrl) {
    var signed = callers.require();
    Meeting meeting = callers.visibleMeeting(meetingId, signed.caller());
    return write(List.of(meeting), baseUrl);
  }

  /**
   * A feed token for the caller if they have none yet; empty if they have one, which cannot be
   * shown again (only its hash is kept): they may renew it.
   */
  public Optional<String> feedToken() {
    var signed = callers.require();
    long memberId = signed.member().getId();
    return hasToken(memberId) ? Optional.empty() : Optional.of(renew(memberId));
  }

  /** A new token: the old address stops working. */
  public String renewFeedToken() {
    var signed = callers.require();
    return renew(signed.member().getId());
  }

  /** The member's feed stops working, in the transaction that revokes their access. */
  void revoke(@Observes AccessRevoked revoked) {
    em.createNativeQuery("DELETE FROM calendar_feed WHERE member_id = ?")
        .setParameter(1, revoked.memberId())
        .executeUpdate();
  }

  /**
   * The meetings of the token's owner: of the groups they belong to and the bodies they sit on, or
   * of one of those groups. An unknown token, a deactivated owner, or a group they are not in, is a
   * 404.
   */
  public String feed(String token, Long groupId, String baseUrl) {
    if (token == null || token.length() != 43) {
      throw new NotFoundException();
    }
    List<?> owner =
        em.createNativeQuery(
                "SELECT f.member_id FROM calendar_feed f JOIN account a ON a.member_id ="
                    + " f.member_id WHERE f.token_hash = ? AND a.active = TRUE")
            .setParameter(1, hash(token))
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
      if (groups.roleOf(groupId, memberId).isEmpty()) {
        throw new NotFoundException();
      }
    }
    return write(meetings, baseUrl);
  }

  private boolean hasToken(long memberId) {
    return !em.createNativeQuery("SELECT 1 FROM calendar_feed WHERE member_id = ?")
        .setParameter(1, memberId)
        .getResultList()
        .isEmpty();
  }

  /** Hex SHA-256, as MariaDB's SHA2(token, 256) writes it (see V6__signin_hardening.sql). */
  static String hash(String token) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  private String renew(long memberId) {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    em.createNativeQuery(
            "INSERT INTO calendar_feed (member_id, token_hash) VALUES (?, ?)"
                + " ON DUPLICATE KEY UPDATE token_hash = VALUES(token_hash)")
        .setParameter(1, memberId)
        .setParameter(2, hash(token))
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
      // A meeting known by its day is a whole-day event (DTSTART;VALUE=DATE), not midnight to
      // midnight in Martinique, which calendars elsewhere would show at 4 or 5 in the morning.
      VEvent event =
          meeting.isWholeDay()
              ? new VEvent(
                  meeting.getStartsAt().toLocalDate(),
                  meeting.getEndsAt().toLocalDate(),
                  meeting.getTitle())
              : new VEvent(
                  meeting.getStartsAt().atZone(Meeting.ZONE).toInstant(),
                  meeting.getEndsAt().atZone(Meeting.ZONE).toInstant(),
                  meeting.getTitle());
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
          event.add(new Url(java.net.URI.create(baseUrl + Meetings.link(meeting))));
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
