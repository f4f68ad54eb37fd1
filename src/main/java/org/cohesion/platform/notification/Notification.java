package org.cohesion.platform.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serial;
import java.io.Serializable;
import java.time.Instant;

/** One thing a member was told in the app; read once they open it. */
@Entity
@Table(name = "notification")
@NamedQuery(
    name = "Notification.listFor",
    query = "SELECT n FROM Notification n WHERE n.memberId = :member ORDER BY n.id DESC")
@NamedQuery(
    name = "Notification.countFor",
    query = "SELECT COUNT(n) FROM Notification n WHERE n.memberId = :member")
@NamedQuery(
    name = "Notification.countUnread",
    query = "SELECT COUNT(n) FROM Notification n WHERE n.memberId = :member AND n.readAt IS NULL")
@NamedQuery(
    name = "Notification.markAllRead",
    query =
        "UPDATE Notification n SET n.readAt = :at WHERE n.memberId = :member AND n.readAt IS NULL")
public class Notification implements Serializable {
  @Serial private static final long serialVersionUID = 1L;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "member_id", nullable = false, updatable = false)
  private Long memberId;

  @Column(name = "message_key", nullable = false, updatable = false, length = 120)
  private String messageKey;

  @Column(name = "args", nullable = false, updatable = false)
  private String args;

  @Column(name = "link", updatable = false, length = Notice.MAX_LINK)
  private String link;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "read_at")
  private Instant readAt;

  protected Notification() {}

  Notification(long memberId, Notice notice, Instant at) {
    this.memberId = memberId;
    this.messageKey = notice.messageKey();
    this.args = JsonArgs.write(notice.args());
    this.link = notice.link();
    this.createdAt = at;
  }

  /** Read now, unless already read (the first reading stays). */
  void markRead(Instant at) {
    if (readAt == null) {
      readAt = at;
    }
  }

  public Long getId() {
    return id;
  }

  public Long getMemberId() {
    return memberId;
  }

  public Notice notice() {
    return new Notice(messageKey, JsonArgs.read(args), link);
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getReadAt() {
    return readAt;
  }
}
