package org.cohesion.platform.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import org.cohesion.platform.domain.NotFoundException;
import org.cohesion.platform.domain.Page;
import org.cohesion.platform.security.Caller;
import org.cohesion.platform.security.Guard;

/**
 * The signed-in member's own notifications. Nobody else's are visible: another member's
 * notification answers as if it did not exist (404).
 */
@ApplicationScoped
@Transactional
public class MyNotifications {

  @PersistenceContext EntityManager em;
  @Inject Guard guard;
  @Inject Clock clock;

  /** Newest first. */
  public Page<NotificationItem> list(int first, int max) {
    Caller caller = guard.requireSignedIn();
    var items =
        em
            .createNamedQuery("Notification.listFor", Notification.class)
            .setParameter("member", caller.memberId())
            .setFirstResult(Math.max(0, first))
            .setMaxResults(Math.max(1, Math.min(max, 100)))
            .getResultList()
            .stream()
            .map(NotificationItem::of)
            .toList();
    long total =
        em.createNamedQuery("Notification.countFor", Long.class)
            .setParameter("member", caller.memberId())
            .getSingleResult();
    return new Page<>(items, total);
  }

  /** For the bell: one indexed COUNT. */
  public long unreadCount() {
    Caller caller = guard.requireSignedIn();
    return em.createNamedQuery("Notification.countUnread", Long.class)
        .setParameter("member", caller.memberId())
        .getSingleResult();
  }

  /** Marks one of my notifications read, and answers its link (null when it has none). */
  public String markRead(long id) {
    Caller caller = guard.requireSignedIn();
    Notification notification = em.find(Notification.class, id);
    if (notification == null || !notification.getMemberId().equals(caller.memberId())) {
      throw new NotFoundException();
    }
    notification.markRead(clock.instant());
    return notification.notice().link();
  }

  /** Answers how many were unread. */
  public int markAllRead() {
    Caller caller = guard.requireSignedIn();
    return em.createNamedQuery("Notification.markAllRead")
        .setParameter("at", clock.instant())
        .setParameter("member", caller.memberId())
        .executeUpdate();
  }
}
