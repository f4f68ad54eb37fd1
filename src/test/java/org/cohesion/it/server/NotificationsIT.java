package org.cohesion.it.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.transaction.TransactionalException;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.cohesion.network.application.MemberAdministration;
import org.cohesion.network.application.MemberForm;
import org.cohesion.platform.domain.NotFoundException;
import org.cohesion.platform.domain.Page;
import org.cohesion.platform.notification.MyNotifications;
import org.cohesion.platform.notification.Notice;
import org.cohesion.platform.notification.NotificationItem;
import org.cohesion.platform.notification.Notifications;
import org.cohesion.platform.security.AuthenticationRequiredException;
import org.cohesion.platform.security.PlatformRole;
import org.junit.jupiter.api.Test;

/**
 * Notifications on a real MariaDB: one per recipient, never to the actor, once per person; nothing
 * when the caller's transaction rolls back; each member sees and marks only their own. Mail is on
 * in the suite (TestDatabase), so each notification of a member with an address queues an email.
 */
class NotificationsIT extends ServerTestBase {

  @Inject MemberAdministration administration;
  @Inject Notifications notifications;
  @Inject MyNotifications mine;

  private record Person(long id, String login, String email) {}

  private Person fresh(String prefix) {
    String login = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    MemberForm form = new MemberForm();
    form.setFullName("Notif " + login);
    form.setEmail(login + "@example.org");
    long id =
        users.as(
            "jvalcin",
            () ->
                administration
                    .create(form, login, EnumSet.of(PlatformRole.MEMBER), Set.of())
                    .memberId());
    return new Person(id, login, login + "@example.org");
  }

  private long notificationsOf(Person p) {
    return users.count("SELECT COUNT(n) FROM Notification n WHERE n.memberId = ?1", p.id());
  }

  private long emailsTo(Person p) {
    return users.count("SELECT COUNT(o) FROM OutboxMail o WHERE o.recipient = ?1", p.email());
  }

  private void sendCommitted(Notice notice, List<Long> to, Long actor) throws Exception {
    committed(() -> notifications.send(notice, to, actor));
  }

  @Test
  void oneNotificationPerRecipientNeverTheActorDuplicatesOnce() throws Exception {
    Person a = fresh("na");
    Person b = fresh("nb");
    Person actor = fresh("nc");
    sendCommitted(
        Notice.of("notice.test", "/index.xhtml", "one"),
        java.util.Arrays.asList(a.id(), b.id(), b.id(), actor.id(), null, Long.MAX_VALUE),
        actor.id());

    assertEquals(1, notificationsOf(a));
    assertEquals(1, notificationsOf(b), "a duplicate id is notified once");
    assertEquals(0, notificationsOf(actor), "the actor is not told of their own action");
    assertEquals(1, emailsTo(a), "one email queued per recipient with an address");
    assertEquals(1, emailsTo(b));
    assertEquals(0, emailsTo(actor));
  }

  @Test
  void aRolledBackActionNotifiesNobody() throws Exception {
    Person a = fresh("nr");
    rolledBack(
        () ->
            notifications.send(
                Notice.of("notice.test", "/index.xhtml", "rolled back"), List.of(a.id()), null));

    assertEquals(0, notificationsOf(a), "no notification");
    assertEquals(0, emailsTo(a), "no email in the outbox");
  }

  @Test
  void sendingOutsideATransactionIsRefused() {
    Person a = fresh("nt");
    assertThrows(
        TransactionalException.class,
        () -> notifications.send(Notice.of("notice.test", null, "x"), List.of(a.id()), null));
    assertEquals(0, notificationsOf(a));
  }

  @Test
  void eachMemberSeesCountsAndMarksOnlyTheirOwn() throws Exception {
    Person owner = fresh("no");
    Person other = fresh("np");
    sendCommitted(Notice.of("notice.test", "/index.xhtml?n=1", "first"), List.of(owner.id()), null);
    sendCommitted(Notice.of("notice.test", null, "sec\"ond\n"), List.of(owner.id()), null);

    assertEquals(2L, users.as(owner.login(), () -> mine.unreadCount()));
    assertEquals(0L, users.as(other.login(), () -> mine.unreadCount()));
    Page<NotificationItem> page = users.as(owner.login(), () -> mine.list(0, 10));
    assertEquals(2, page.total());
    assertEquals(List.of("sec\"ond\n"), page.items().get(0).notice().args(), "newest first");
    long firstId = page.items().get(1).id();
    long secondId = page.items().get(0).id();
    assertTrue(page.items().get(1).unread());

    assertEquals(0, users.as(other.login(), () -> mine.list(0, 10)).total());
    assertThrows(
        NotFoundException.class, () -> users.as(other.login(), () -> mine.markRead(firstId)));
    assertThrows(NotFoundException.class, () -> users.as(other.login(), () -> mine.markRead(-1L)));
    assertEquals(2L, users.as(owner.login(), () -> mine.unreadCount()), "still unread");

    assertEquals("/index.xhtml?n=1", users.as(owner.login(), () -> mine.markRead(firstId)));
    assertEquals(1L, users.as(owner.login(), () -> mine.unreadCount()));
    assertEquals(0, (int) users.as(other.login(), () -> mine.markAllRead()), "not theirs to mark");
    assertEquals(1L, users.as(owner.login(), () -> mine.unreadCount()));
    assertNull(users.as(owner.login(), () -> mine.markRead(secondId)), "no link");
    sendCommitted(Notice.of("notice.test", null, "third"), List.of(owner.id()), null);
    assertEquals(1, (int) users.as(owner.login(), () -> mine.markAllRead()));
    assertEquals(0L, users.as(owner.login(), () -> mine.unreadCount()));
  }

  @Test
  void nobodySignedInSeesNothing() {
    assertThrows(AuthenticationRequiredException.class, () -> mine.unreadCount());
    assertThrows(AuthenticationRequiredException.class, () -> mine.list(0, 10));
  }
}
