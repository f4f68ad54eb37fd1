package org.cohesion.it.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.cohesion.it.Demo;
import org.cohesion.it.WebClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * An experience sheet's review and questions by email, through a real SMTP server (GreenMail, in
 * the test JVM, on the port the suite's server sends to). The server takes a fresh sheet through
 * submit, return, submit, publish and a reader's question (it.server.ExperienceMailTrigger): the
 * lead is asked to review twice, each author is told of the return, the publication and the
 * question, each in their own language, with the link to the sheet; the reader who asked is told
 * nothing.
 */
class ExperienceMailIT extends HttpTestBase {
  @RegisterExtension static final Smtp smtp = new Smtp();

  @Test
  void theReviewAndTheQuestionsReachTheirRecipientsInTheirLanguage() throws Exception {
    WebClient admin = client();
    assertEquals(302, admin.login("jvalcin", Demo.PASSWORD).statusCode());
    HttpResponse<String> response = admin.post("api/it/experience-mail");
    assertEquals(200, response.statusCode(), response.body());
    String[] lines = response.body().split("\n");
    String title = lines[0];
    String author = lines[1];
    String coAuthor = lines[2];
    String lead = lines[3];
    String reader = lines[4];

    awaitCounts(Map.of(author, 3, coAuthor, 3, lead, 2));
    // The author (French): returned, published, a question — not the submissions they made.
    assertSubjects(
        author,
        List.of(
            "[Cohésion] Fiche à revoir : " + title,
            "[Cohésion] Fiche publiée : " + title,
            "[Cohésion] Une question sur votre fiche : " + title));
    // The co-author (English) is told the same, in English.
    assertSubjects(
        coAuthor,
        List.of(
            "[Cohésion] Sheet to revise: " + title,
            "[Cohésion] Sheet published: " + title,
            "[Cohésion] A question on your sheet: " + title));
    // The lead (English) reviews: asked at each submission, and told nothing of what they did.
    assertSubjects(
        lead,
        List.of("[Cohésion] Sheet to review: " + title, "[Cohésion] Sheet to review: " + title));
    for (MimeMessage mail : smtp.to(author)) {
      String body = (String) mail.getContent();
      assertTrue(body.contains("« " + title + " »"), body);
      assertTrue(body.contains("http://cohesion.test/experience/sheet.xhtml?id="), body);
    }
    String question = null;
    for (MimeMessage mail : smtp.to(coAuthor)) {
      if (mail.getSubject().startsWith("[Cohésion] A question")) {
        question = (String) mail.getContent();
      }
    }
    assertTrue(
        question != null && question.contains("Lectrice Courriel asks a question"),
        String.valueOf(question));
    assertTrue(smtp.to(reader).isEmpty(), "the reader who asked is not told");
  }

  /** Each mail is relayed after its own commit: wait until every one expected has arrived. */
  private static void awaitCounts(Map<String, Integer> expected) throws Exception {
    long deadline = System.nanoTime() + 90_000_000_000L;
    while (System.nanoTime() < deadline && !received(expected)) {
      smtp.waitForIncomingEmail(1_000, smtp.getReceivedMessages().length + 1);
    }
  }

  private static boolean received(Map<String, Integer> expected) throws Exception {
    for (var e : expected.entrySet()) {
      if (smtp.to(e.getKey()).size() < e.getValue()) {
        return false;
      }
    }
    return true;
  }

  /** The subjects, whatever order the relay sent them in. */
  private static void assertSubjects(String recipient, List<String> expected) throws Exception {
    List<String> subjects = new ArrayList<>();
    for (MimeMessage mail : smtp.to(recipient)) {
      subjects.add(mail.getSubject());
    }
    Collections.sort(subjects);
    List<String> sorted = new ArrayList<>(expected);
    Collections.sort(sorted);
    assertEquals(sorted, subjects, "mails to " + recipient);
  }
}
