package org.cohesion.it.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.cohesion.minutes.application.MeetingCalendar;
import org.cohesion.network.application.MemberAdministration;
import org.cohesion.platform.domain.NotFoundException;
import org.junit.jupiter.api.Test;

/**
 * A calendar feed stands for its member without a session: it is stored hashed, answers for active
 * accounts only, and dies with a deactivation or a password reset.
 */
class FeedRevocationIT extends ServerTestBase {

  @Inject MeetingCalendar calendar;
  @Inject MemberAdministration administration;
  @Inject RawSql raw;

  private static String sha256(String token) throws Exception {
    return HexFormat.of()
        .formatHex(
            MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
  }

  private String storedHash(long memberId) {
    return raw.string("SELECT token_hash FROM calendar_feed WHERE member_id = ?", memberId);
  }

  @Test
  void theTokenIsStoredAsItsHashOnly() throws Exception {
    String login = users.newAccount("feed", "Abonnée au calendrier");
    long memberId = users.memberId(login);
    String token = users.as(login, () -> calendar.feedToken()).orElseThrow();
    assertEquals(43, token.length());
    String stored = storedHash(memberId);
    assertEquals(sha256(token), stored);
    assertNotEquals(token, stored);
    assertTrue(calendar.feed(token, null, null).contains("BEGIN:VCALENDAR"));
    // The stored value itself is no key to the feed.
    assertThrows(NotFoundException.class, () -> calendar.feed(stored, null, null));
  }

  @Test
  void aDeactivatedAccountsFeedIsGoneAndStaysGoneAfterReactivation() {
    String login = users.newAccount("feed", "Abonnée au calendrier");
    long memberId = users.memberId(login);
    String token = users.as(login, () -> calendar.feedToken()).orElseThrow();
    assertTrue(calendar.feed(token, null, null).contains("BEGIN:VCALENDAR"));
    users.as("jvalcin", () -> administration.deactivate(memberId));
    assertThrows(NotFoundException.class, () -> calendar.feed(token, null, null));
    assertEquals(null, storedHash(memberId));
    users.as("jvalcin", () -> administration.activate(memberId));
    assertThrows(NotFoundException.class, () -> calendar.feed(token, null, null));
  }

  @Test
  void aFeedAnswersForActiveAccountsOnlyEvenIfItsRowSurvived() {
    String login = users.newAccount("feed", "Abonnée au calendrier");
    long memberId = users.memberId(login);
    String token = users.as(login, () -> calendar.feedToken()).orElseThrow();
    // Deactivated behind the service's back: the row is still there, the feed still refuses.
    raw.update("UPDATE account SET active = FALSE WHERE member_id = ?", memberId);
    try {
      assertThrows(NotFoundException.class, () -> calendar.feed(token, null, null));
    } finally {
      raw.update("UPDATE account SET active = TRUE WHERE member_id = ?", memberId);
    }
    assertTrue(calendar.feed(token, null, null).contains("BEGIN:VCALENDAR"));
  }

  @Test
  void aPasswordResetEndsTheFeed() {
    String login = users.newAccount("feed", "Abonnée au calendrier");
    long memberId = users.memberId(login);
    String token = users.as(login, () -> calendar.feedToken()).orElseThrow();
    users.as("jvalcin", () -> administration.resetPassword(memberId));
    assertThrows(NotFoundException.class, () -> calendar.feed(token, null, null));
    String renewed = users.as(login, () -> calendar.renewFeedToken());
    assertTrue(calendar.feed(renewed, null, null).contains("BEGIN:VCALENDAR"));
  }
}
