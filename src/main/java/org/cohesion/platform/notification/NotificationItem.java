package org.cohesion.platform.notification;

import java.io.Serial;
import java.io.Serializable;
import java.time.Instant;

/** One line of "my notifications", as the page shows it. */
public record NotificationItem(long id, Notice notice, Instant createdAt, boolean unread)
    implements Serializable {
  @Serial private static final long serialVersionUID = 1L;

  static NotificationItem of(Notification n) {
    return new NotificationItem(n.getId(), n.notice(), n.getCreatedAt(), n.getReadAt() == null);
  }
}
