package org.cohesion.minutes.application;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.cohesion.decisions.domain.Meeting;
import org.cohesion.decisions.domain.MeetingPlan;
import org.cohesion.network.domain.Body;
import org.cohesion.network.domain.Member;
import org.junit.jupiter.api.Test;

/**
 * A meeting known only by its day (a migrated board meeting, a sitting the register recorded) is a
 * whole-day event in the calendar, with no invented time; a meeting with hours keeps them.
 */
class WholeDayCalendarTest {

  private static Body body() throws Exception {
    var constructor = Body.class.getDeclaredConstructor();
    constructor.setAccessible(true);
    Body body = constructor.newInstance();
    var code = Body.class.getDeclaredField("code");
    code.setAccessible(true);
    code.set(body, "CA");
    return body;
  }

  private static MeetingCalendar calendar() {
    MeetingCalendar calendar = new MeetingCalendar();
    calendar.clock = Clock.fixed(Instant.parse("2026-12-01T12:00:00Z"), ZoneOffset.UTC);
    return calendar;
  }

  @Test
  void aMeetingKnownByItsDayIsAWholeDayEvent() throws Exception {
    Member recorder = new Member("Recorder", "recorder@example.org");
    Meeting sitting =
        Meeting.ofBody(
            body(), recorder, MeetingPlan.onDay("CA", LocalDate.of(2008, 2, 29), null), 7);
    assertTrue(sitting.isWholeDay());
    String ics = calendar().write(List.of(sitting), null);
    assertTrue(ics.contains("DTSTART;VALUE=DATE:20080229"), ics);
    assertTrue(ics.contains("DTEND;VALUE=DATE:20080301"), ics);
    assertFalse(ics.contains("DTSTART:2008"), ics);
  }

  @Test
  void aMeetingWithHoursKeepsThem() throws Exception {
    Member recorder = new Member("Recorder", "recorder@example.org");
    LocalDateTime nine = LocalDateTime.of(2008, 11, 12, 9, 0);
    Meeting bureau =
        Meeting.ofBody(
            body(),
            recorder,
            new MeetingPlan("Bureau", nine, nine.plusHours(3), null, List.of(), List.of()),
            5);
    assertFalse(bureau.isWholeDay());
    String ics = calendar().write(List.of(bureau), null);
    // 9:00 in Martinique (UTC-4) is 13:00 UTC.
    assertTrue(ics.contains("DTSTART:20081112T130000Z"), ics);
    assertFalse(ics.contains("VALUE=DATE"), ics);
  }
}
