package org.cohesion.platform.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.logging.Logger;
import org.cohesion.platform.notification.RecipientDirectory.Recipient;

/**
 * Tells members that something happened, in the app and (when mail is on) by email. Called by the
 * features' services inside their own transaction, after their change.
 */
@ApplicationScoped
public class Notifications {
  private static final Logger LOG = Logger.getLogger(Notifications.class.getName());

  @PersistenceContext EntityManager em;
  @Inject RecipientDirectory directory;
  @Inject MailSettings mail;
  @Inject Clock clock;
  @Inject Event<MailQueued> mailQueued;

  /**
   * Must be called inside the caller's transaction (Transactional MANDATORY): writes one in-app
   * notification per recipient and, when mail is enabled, one queued email per recipient with an
   * address — all in the same transaction, so a rolled-back action notifies nobody. The actor is
   * never notified of their own action (pass actorId, may be null). Duplicate recipient ids are
   * notified once; ids of no member are ignored. The emails leave after the commit.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void send(Notice notice, Collection<Long> recipientMemberIds, Long actorId) {
    Objects.requireNonNull(notice, "notice");
    Set<Long> ids = new LinkedHashSet<>();
    if (recipientMemberIds != null) {
      for (Long id : recipientMemberIds) {
        if (id != null && !id.equals(actorId)) {
          ids.add(id);
        }
      }
    }
    if (ids.isEmpty()) {
      return;
    }
    Map<Long, Recipient> found = directory.recipients(ids);
    Instant now = clock.instant();
    int queued = 0;
    for (Long id : ids) {
      Recipient recipient = found.get(id);
      if (recipient == null) {
        LOG.fine(() -> "No member " + id + " to notify of " + notice.messageKey());
        continue;
      }
      em.persist(new Notification(id, notice, now));
      if (mail.enabled() && recipient.mailable()) {
        String link = notice.link() == null ? null : mail.absolute(notice.link());
        em.persist(
            new OutboxMail(
                recipient.email(),
                NoticeTexts.subject(recipient.locale(), notice),
                NoticeTexts.body(recipient.locale(), notice, link),
                now));
        queued++;
      }
    }
    if (queued > 0) {
      mailQueued.fire(new MailQueued(queued));
    }
  }
}
