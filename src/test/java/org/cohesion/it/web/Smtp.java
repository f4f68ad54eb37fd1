package org.cohesion.it.web;

import com.icegreen.greenmail.util.GreenMail;
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
 * by TestDatabase). A mail test starts it for its class only; mail sent while none listens waits in
 * the server's outbox and is retried.
 */
final class Smtp implements AutoCloseable {
  private final GreenMail server;

  private Smtp(GreenMail server) {
    this.server = server;
  }

  static Smtp start() {
    int port = Integer.parseInt(System.getProperty("cohesion.test.smtpPort"));
    GreenMail server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    server.start();
    return new Smtp(server);
  }

  /** Waits until each address has received at least one email, at most 90 s. */
  void awaitMailTo(String... addresses) throws MessagingException {
    // The relay sends right after the commit; the bound only keeps a broken relay from hanging.
    long deadline = System.nanoTime() + 90_000_000_000L;
    while (System.nanoTime() < deadline && !allReceived(addresses)) {
      server.waitForIncomingEmail(1_000, server.getReceivedMessages().length + 1);
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
    for (MimeMessage message : server.getReceivedMessages()) {
      Address[] to = message.getRecipients(Message.RecipientType.TO);
      if (to != null
          && Arrays.stream(to)
              .anyMatch(a -> ((InternetAddress) a).getAddress().equalsIgnoreCase(address))) {
        found.add(message);
      }
    }
    return found;
  }

  @Override
  public void close() {
    server.stop();
  }
}
