package org.cohesion.platform.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class NoticeTest {

  @Test
  void argumentsAreKeptAsText() {
    Notice notice = Notice.of("notice.test", "/a.xhtml?id=1", 12, null, "é");
    assertEquals(List.of("12", "", "é"), notice.args());
  }

  @Test
  void aNoticeLinksOnlyInsideTheApplication() {
    for (String bad :
        List.of("http://evil.example", "//evil.example/x", "/\\evil", "relative.xhtml", "/a\nb")) {
      assertThrows(IllegalArgumentException.class, () -> Notice.of("notice.test", bad), bad);
    }
    assertThrows(IllegalArgumentException.class, () -> Notice.of("error.notFound", null));
    assertEquals(null, Notice.of("notice.test", null).link());
  }

  @Test
  void textsAreInTheRecipientsLanguageWithTheLink() {
    Notice notice = Notice.of("notice.test", "/x.xhtml", "abc");
    assertEquals("[Cohésion] Essai : abc", NoticeTexts.subject(Locale.FRENCH, notice));
    assertEquals("[Cohésion] Test: abc", NoticeTexts.subject(Locale.ENGLISH, notice));
    assertEquals("Test notification: abc", NoticeTexts.text(Locale.ENGLISH, notice));
    String body = NoticeTexts.body(Locale.ENGLISH, notice, "http://h/x.xhtml");
    assertTrue(body.contains("This is a test notification: abc."), body);
    assertTrue(body.contains("\n\nhttp://h/x.xhtml\n"), body);
  }

  @Test
  void failedEmailsWaitLongerEachTimeThenAreGivenUp() {
    Instant t = Instant.parse("2026-01-01T00:00:00Z");
    OutboxMail mail = new OutboxMail("a@example.org", "s", "b", t);
    mail.failed("refused", t, 4);
    assertEquals(t.plus(Duration.ofMinutes(1)), mail.getNextAttemptAt());
    mail.failed("refused", t, 4);
    assertEquals(t.plus(Duration.ofMinutes(2)), mail.getNextAttemptAt());
    mail.failed("refused", t, 4);
    assertEquals(t.plus(Duration.ofMinutes(4)), mail.getNextAttemptAt());
    assertEquals(OutboxMail.Status.PENDING, mail.getStatus());
    mail.failed("refused", t, 4);
    assertEquals(OutboxMail.Status.FAILED, mail.getStatus());
    assertEquals(4, mail.getAttempts());
  }
}
