package org.cohesion.platform.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/**
 * One line of the audit log: who did what, when, to which object. Written once; the database
 * refuses any update or delete (see the triggers in V1__foundation.sql).
 */
@Entity
@Table(name = "audit_event")
@NamedQuery(name = "AuditEvent.listRecent", query = "SELECT e FROM AuditEvent e ORDER BY e.id DESC")
@NamedQuery(name = "AuditEvent.count", query = "SELECT COUNT(e) FROM AuditEvent e")
public class AuditEvent implements Serializable {
  private static final long serialVersionUID = 1L;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "occurred_at", nullable = false, updatable = false)
  private Instant occurredAt;

  @Column(updatable = false, length = 60)
  private String actor;

  @Column(nullable = false, updatable = false, length = 60)
  private String action;

  @Column(name = "object_type", updatable = false, length = 40)
  private String objectType;

  @Column(name = "object_id", updatable = false, length = 80)
  private String objectId;

  @Column(updatable = false, length = 1000)
  private String detail;

  @Column(name = "remote_address", updatable = false, length = 64)
  private String remoteAddress;

  protected AuditEvent() {}

  AuditEvent(
      Instant occurredAt,
      String actor,
      String action,
      String objectType,
      String objectId,
      String detail,
      String remoteAddress) {
    this.occurredAt = occurredAt;
    this.actor = cut(actor, 60);
    this.action = action;
    this.objectType = objectType;
    this.objectId = cut(objectId, 80);
    this.detail = cut(detail, 1000);
    this.remoteAddress = cut(remoteAddress, 64);
  }

  private static String cut(String s, int max) {
    return s == null || s.length() <= max ? s : s.substring(0, max);
  }

  public Long getId() {
    return id;
  }

  public Instant getOccurredAt() {
    return occurredAt;
  }

  public String getActor() {
    return actor;
  }

  public String getAction() {
    return action;
  }

  public String getObjectType() {
    return objectType;
  }

  public String getObjectId() {
    return objectId;
  }

  public String getDetail() {
    return detail;
  }

  public String getRemoteAddress() {
    return remoteAddress;
  }
}
