package org.cohesion.it.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.util.List;
import org.cohesion.it.Demo;
import org.cohesion.it.WebClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Emails through a real SMTP server: GreenMail listens in the test JVM on the port the suite's
 * server was told to use (TestDatabase), only while this class runs. The server sends a notice
 * (through the test-only endpoint it.server.NoticeTrigger) to a French and an English reader; each
 * gets one email, in their language, with the absolute link.
 */
class NotificationMailIT extends HttpTestBase {
  @RegisterExtension static final Smtp smtp = new Smtp();

  @Test
  void aNoticeReachesEachRecipientInTheirLanguageWithTheLink() throws Exception {
    WebClient admin = client();
    assertEquals(302, admin.login("jvalcin", Demo.PASSWORD).statusCode());
    HttpResponse<String> response = admin.post("api/it/notices");
    assertEquals(200, response.statusCode(), response.body());
    String[] lines = response.body().split("\n");
    String token = lines[0];
    String french = lines[1];
    String english = lines[2];

    smtp.awaitMailTo(french, english);
    List<MimeMessage> toFrench = smtp.to(french);
    List<MimeMessage> toEnglish = smtp.to(english);
    assertEquals(1, toFrench.size(), "one email to the French reader");
    assertEquals(1, toEnglish.size(), "one email to the English reader");

    MimeMessage fr = toFrench.get(0);
    MimeMessage en = toEnglish.get(0);
    assertEquals("[Cohésion] Essai : " + token, fr.getSubject());
    assertEquals("[Cohésion] Test: " + token, en.getSubject());
    String link = "http://cohesion.test/notifications.xhtml?from=" + token;
    String frBody = (String) fr.getContent();
    String enBody = (String) en.getContent();
    assertTrue(frBody.contains("Ceci est une notification d’essai : " + token), frBody);
    assertTrue(enBody.contains("This is a test notification: " + token), enBody);
    assertTrue(frBody.contains(link), frBody);
    assertTrue(enBody.contains(link), enBody);
    assertTrue(fr.getContentType().toLowerCase().startsWith("text/plain"), fr.getContentType());
    assertTrue(fr.getContentType().toLowerCase().contains("utf-8"), fr.getContentType());
    InternetAddress from = (InternetAddress) fr.getFrom()[0];
    assertEquals("noreply@cohesion.invalid", from.getAddress());
    assertEquals("Cohésion", from.getPersonal());
  }
}
