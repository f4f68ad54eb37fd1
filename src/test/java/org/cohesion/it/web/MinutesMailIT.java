package org.cohesion.it.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.util.List;
import org.cohesion.it.Demo;
import org.cohesion.it.WebClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The approvers' notification by email, through a real SMTP server (GreenMail, in the test JVM, on
 * the port the suite's server sends to). Minutes are submitted in a fresh group with two leads
 * (through the test-only endpoint it.server.MinutesMailTrigger): each lead gets one email naming
 * the meeting and linking to the minutes; the contributor who submitted gets none.
 */
class MinutesMailIT extends HttpTestBase {
  @RegisterExtension static final Smtp smtp = new Smtp();

  @Test
  void theApproversAreToldByEmailWhenMinutesAreSubmitted() throws Exception {
    WebClient admin = client();
    assertEquals(302, admin.login("jvalcin", Demo.PASSWORD).statusCode());
    HttpResponse<String> response = admin.post("api/it/minutes-submission");
    assertEquals(200, response.statusCode(), response.body());
    String[] lines = response.body().split("\n");
    String title = lines[0];
    String lead = lines[1];
    String coLead = lines[2];
    String contributor = lines[3];

    smtp.awaitMailTo(lead, coLead);
    for (String approver : List.of(lead, coLead)) {
      List<MimeMessage> mails = smtp.to(approver);
      assertEquals(1, mails.size(), "one email to " + approver);
      MimeMessage mail = mails.get(0);
      assertEquals("[Cohésion] Compte rendu à approuver : " + title, mail.getSubject());
      String body = (String) mail.getContent();
      assertTrue(body.contains("« " + title + " »"), body);
      assertTrue(body.contains("http://cohesion.test/minutes/view.xhtml?id="), body);
    }
    assertTrue(smtp.to(contributor).isEmpty(), "the one who submitted is not told");
  }
}
