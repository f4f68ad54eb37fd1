package org.cohesion.network.domain;

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
import java.time.LocalDate;

/** A member's seat on a body, with the office held and, when known, since when. */
@Entity
@Table(name = "body_seat")
public class BodySeat implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Offices held on a body; a plain seat is {@link #MEMBER}. */
  public enum Office {
    PRESIDENT,
    VICE_PRESIDENT,
    SECRETARY,
    TREASURER,
    MEMBER
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private int version;

  @ManyToOne(optional = false)
  @JoinColumn(name = "body_id", nullable = false)
  private Body body;

  @ManyToOne(optional = false)
  @JoinColumn(name = "member_id", nullable = false)
  private Member member;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 30)
  private Office office;

  /** The day the seat was taken, when known (seats recorded before V8 have none). */
  @Column(name = "seated_on")
  private LocalDate seatedOn;

  protected BodySeat() {}

  BodySeat(Body body, Member member, Office office, LocalDate seatedOn) {
    this.body = body;
    this.member = member;
    this.office = office;
    this.seatedOn = seatedOn;
  }

  public Long getId() {
    return id;
  }

  public Body getBody() {
    return body;
  }

  public Member getMember() {
    return member;
  }

  public Office getOffice() {
    return office;
  }

  public LocalDate getSeatedOn() {
    return seatedOn;
  }
}
