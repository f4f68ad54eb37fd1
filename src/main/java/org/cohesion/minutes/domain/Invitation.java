package org.cohesion.minutes.domain;

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

/** A member invited to a meeting, and whether they came. */
@Entity
@Table(name = "invitation")
public class Invitation implements Serializable {
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

  protected Invitation() {}

  Invitation(Meeting meeting, Member member) {
    this.meeting = meeting;
    this.member = member;
  }

  void record(AttendanceStatus presence) {
    this.presence = presence;
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
}
