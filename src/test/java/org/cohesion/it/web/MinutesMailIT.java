package org.cohesion.it.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.internet.MimeMessage;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The approvers' notification by email, through a real SMTP server (GreenMail, in the test JVM, on
 * the port the suite's server sends to). Minutes are submitted in a fresh group with two leads
 * (through the test-only endpoint it.server.MinutesMailTrigger): each lead gets one email naming
 * the meeting and linking to the minutes; the contributor who submitted gets none.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MinutesMailIT {
  private static Smtp smtp;

  @ArquillianResource URL base;

  @BeforeAll
  static void startSmtp() {
    smtp = Smtp.start();
  }

  @AfterAll
  static void stopSmtp() {
    if (smtp != null) {
      smtp.close();
    }
  }

  @Test
  void theApproversAreToldByEmailWhenMinutesAreSubmitted() throws Exception {
    WebClient admin = new WebClient(base);
    assertEquals(302, admin.login("jvalcin", "cohesion-demo-2008").statusCode());
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
