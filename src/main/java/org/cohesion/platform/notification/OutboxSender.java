package org.cohesion.platform.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends one due email of the outbox, in a transaction of its own. The row is claimed with {@code
 * SELECT … FOR UPDATE SKIP LOCKED}: while one node sends it, the others skip it, and its new state
 * (sent, or tried again later) commits with the lock's release. Should a node die between the SMTP
 * answer and the commit, the mail is sent again by another: at least once, never lost.
 */
@ApplicationScoped
public class OutboxSender {
  private static final Logger LOG = Logger.getLogger(OutboxSender.class.getName());

  private static final String CLAIM =
      "SELECT id FROM mail_outbox WHERE status = 'PENDING' AND next_attempt_at <= ?"
          + " ORDER BY next_attempt_at, id LIMIT 1 FOR UPDATE SKIP LOCKED";

  public enum Outcome {
    NONE_DUE,
    SENT,
    FAILED
  }

  @PersistenceContext EntityManager em;
  @Inject MailSettings settings;
  @Inject Clock clock;

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public Outcome sendNext() {
    Instant now = clock.instant();
    List<?> ids = em.createNativeQuery(CLAIM).setParameter(1, Timestamp.from(now)).getResultList();
    if (ids.isEmpty()) {
      return Outcome.NONE_DUE;
    }
    OutboxMail mail = em.find(OutboxMail.class, ((Number) ids.get(0)).longValue());
    try {
      Transport.send(message(mail));
      mail.sent(clock.instant());
      return Outcome.SENT;
    } catch (MessagingException | RuntimeException e) {
      mail.failed(e.toString(), clock.instant(), settings.maxAttempts());
      Level level = mail.getStatus() == OutboxMail.Status.FAILED ? Level.WARNING : Level.INFO;
      LOG.log(
          level,
          () ->
              "Email "
                  + mail.getId()
                  + " not sent (attempt "
                  + mail.getAttempts()
                  + ", "
                  + (mail.getStatus() == OutboxMail.Status.FAILED
                      ? "given up"
                      : "next at " + mail.getNextAttemptAt())
                  + "): "
                  + e);
      return Outcome.FAILED;
    }
  }

  private MimeMessage message(OutboxMail mail) throws MessagingException {
    MimeMessage message = new MimeMessage(settings.session());
    message.setFrom(settings.sender());
    message.setRecipient(Message.RecipientType.TO, new InternetAddress(mail.getRecipient(), true));
    message.setSubject(mail.getSubject(), StandardCharsets.UTF_8.name());
    message.setText(mail.getBody(), StandardCharsets.UTF_8.name());
    message.setSentDate(Date.from(clock.instant()));
    // Identifies the row: a receiving system may drop the rare second copy of an at-least-once
    // send.
    message.setHeader("X-Cohesion-Outbox-Id", Long.toString(mail.getId()));
    return message;
  }
}
