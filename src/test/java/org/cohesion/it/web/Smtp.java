package org.cohesion.it.web;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A real SMTP server (GreenMail) in the test JVM, on the port the suite's server sends to (chosen
 * by TestDatabase), for the test class that registers it ({@code @RegisterExtension static final
 * Smtp smtp = new Smtp();}): GreenMail's own extension starts it before the class and stops it
 * after. Mail sent while none listens waits in the server's outbox and is retried.
 */
final class Smtp extends GreenMailExtension {

  Smtp() {
    super(
        new ServerSetup(
            Integer.parseInt(System.getProperty("cohesion.test.smtpPort")),
            "127.0.0.1",
            ServerSetup.PROTOCOL_SMTP));
    withPerMethodLifecycle(false);
  }

  /** Waits until each address has received at least one email, at most 90 s. */
  void awaitMailTo(String... addresses) throws MessagingException {
    // The relay sends right after the commit; the bound only keeps a broken relay from hanging.
    long deadline = System.nanoTime() + 90_000_000_000L;
    while (System.nanoTime() < deadline && !allReceived(addresses)) {
      waitForIncomingEmail(1_000, getReceivedMessages().length + 1);
    }
  }

  private boolean allReceived(String... addresses) throws MessagingException {
    for (String address : addresses) {
      if (to(address).isEmpty()) {
        return false;
      }
    }
    return true;
  }

  List<MimeMessage> to(String address) throws MessagingException {
    List<MimeMessage> found = new ArrayList<>();
    for (MimeMessage message : getReceivedMessages()) {
      Address[] to = message.getRecipients(Message.RecipientType.TO);
      if (to != null
          && Arrays.stream(to)
              .anyMatch(a -> ((InternetAddress) a).getAddress().equalsIgnoreCase(address))) {
        found.add(message);
      }
    }
    return found;
  }
}
