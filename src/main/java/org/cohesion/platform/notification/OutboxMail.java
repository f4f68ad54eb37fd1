package org.cohesion.platform.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/**
 * An email waiting in the outbox, rendered in its recipient's language when it was queued. The
 * relay sends it after the commit that wrote it, and tries again later when the server is away.
 */
@Entity
@Table(name = "mail_outbox")
public class OutboxMail {

  public enum Status {
    PENDING,
    SENT,
    FAILED
  }

  static final int MAX_SUBJECT = 300;
  private static final int MAX_ERROR = 500;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "recipient", nullable = false, updatable = false, length = 254)
  private String recipient;

  @Column(name = "subject", nullable = false, updatable = false, length = MAX_SUBJECT)
  private String subject;

  @Column(name = "body", nullable = false, updatable = false)
  private String body;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 10)
  private Status status = Status.PENDING;

  @Column(name = "attempts", nullable = false)
  private int attempts;

  @Column(name = "next_attempt_at", nullable = false)
  private Instant nextAttemptAt;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "sent_at")
  private Instant sentAt;

  @Column(name = "last_error", length = MAX_ERROR)
  private String lastError;

  protected OutboxMail() {}

  OutboxMail(String recipient, String subject, String body, Instant at) {
    this.recipient = recipient;
    this.subject = subject.length() > MAX_SUBJECT ? subject.substring(0, MAX_SUBJECT) : subject;
    this.body = body;
    this.createdAt = at;
    this.nextAttemptAt = at;
  }

  void sent(Instant at) {
    attempts++;
    status = Status.SENT;
    sentAt = at;
    lastError = null;
  }

  /**
   * A failed attempt: wait longer each time (1, 2, 4… minutes, at most an hour), and give up after
   * {@code maxAttempts}.
   */
  void failed(String error, Instant at, int maxAttempts) {
    attempts++;
    lastError =
        error == null ? null : error.length() > MAX_ERROR ? error.substring(0, MAX_ERROR) : error;
    if (attempts >= maxAttempts) {
      status = Status.FAILED;
    } else {
      long minutes = Math.min(60, 1L << Math.min(attempts - 1, 6));
      nextAttemptAt = at.plus(Duration.ofMinutes(minutes));
    }
  }

  public Long getId() {
    return id;
  }

  public String getRecipient() {
    return recipient;
  }

  public String getSubject() {
    return subject;
  }

  public String getBody() {
    return body;
  }

  public Status getStatus() {
    return status;
  }

  public int getAttempts() {
    return attempts;
  }

  public Instant getNextAttemptAt() {
    return nextAttemptAt;
  }
}
