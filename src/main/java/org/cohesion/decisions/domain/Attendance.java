package org.cohesion.decisions.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import org.cohesion.network.domain.Member;

/**
 * One line of a meeting's attendance list: a member invited, then present, represented (with the
 * member present who holds the proxy), excused or absent.
 */
@Entity
@Table(name = "meeting_attendance")
public class Attendance implements Serializable {
  private static final long serialVersionUID = 1L;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private int version;

  @ManyToOne(optional = false)
  @JoinColumn(name = "meeting_id", nullable = false, updatable = false)
  private Meeting meeting;

  @ManyToOne(optional = false)
  @JoinColumn(name = "member_id", nullable = false, updatable = false)
  private Member member;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private AttendanceStatus presence = AttendanceStatus.INVITED;

  protected Attendance() {}

  @ManyToOne
  @JoinColumn(name = "proxy_holder_id")
  private Member proxyHolder;

  Attendance(Meeting meeting, Member member) {
    this.meeting = meeting;
    this.member = member;
  }

  void record(AttendanceStatus presence, Member proxyHolder) {
    this.presence = presence;
    this.proxyHolder = proxyHolder;
  }

  public Long getId() {
    return id;
  }

  public Member getMember() {
    return member;
  }

  public AttendanceStatus getPresence() {
    return presence;
  }

  public Member getProxyHolder() {
    return proxyHolder;
  }
}
