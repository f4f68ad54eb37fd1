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

/** One member's part in a meeting: present, represented (with the proxy's holder) or excused. */
@Entity
@Table(name = "meeting_attendance")
public class Attendance implements Serializable {
  private static final long serialVersionUID = 1L;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private int version;

  @ManyToOne(optional = false)
  @JoinColumn(name = "meeting_id", nullable = false)
  private BoardMeeting meeting;

  @ManyToOne(optional = false)
  @JoinColumn(name = "member_id", nullable = false)
  private Member member;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Presence presence;

  @ManyToOne
  @JoinColumn(name = "proxy_holder_id")
  private Member proxyHolder;

  protected Attendance() {}

  Attendance(BoardMeeting meeting, Member member, Presence presence, Member proxyHolder) {
    this.meeting = meeting;
    this.member = member;
    this.presence = presence;
    this.proxyHolder = proxyHolder;
  }

  void change(Presence presence, Member proxyHolder) {
    this.presence = presence;
    this.proxyHolder = proxyHolder;
  }

  public Long getId() {
    return id;
  }

  public Member getMember() {
    return member;
  }

  public Presence getPresence() {
    return presence;
  }

  public Member getProxyHolder() {
    return proxyHolder;
  }
}
