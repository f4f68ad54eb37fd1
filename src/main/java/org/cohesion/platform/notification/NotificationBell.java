package org.cohesion.platform.notification;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.logging.Level;
import java.util.logging.Logger;

/** The bell in the header: my unread count, read once per request. */
@Named
@RequestScoped
public class NotificationBell {

  private static final Logger LOG = Logger.getLogger(NotificationBell.class.getName());

  @Inject MyNotifications notifications;

  private Long unread;

  public long getUnread() {
    if (unread == null) {
      try {
        unread = notifications.unreadCount();
      } catch (RuntimeException e) {
        // The header is on every page, error pages too: a count that cannot be read is no count.
        LOG.log(Level.FINE, "Unread count not available", e);
        unread = 0L;
      }
    }
    return unread;
  }

  /** The badge's text: "99+" past 99. */
  public String getBadge() {
    long count = getUnread();
    return count > 99 ? "99+" : Long.toString(count);
  }
}
