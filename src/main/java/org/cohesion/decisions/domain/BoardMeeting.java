package org.cohesion.decisions.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.cohesion.network.domain.Body;
import org.cohesion.network.domain.Member;
import org.cohesion.network.domain.NetworkEvent;
import org.cohesion.platform.domain.DomainException;

/**
 * A meeting of a body (bureau, CA, AG): who was there, who gave a proxy to whom, and whether the
 * quorum of the body ({@link QuorumRule}) is met. Decisions are taken at a meeting.
 */
@Entity
@Table(name = "board_meeting")
@NamedQuery(name = "BoardMeeting.count", query = "SELECT COUNT(m) FROM BoardMeeting m")
public class BoardMeeting implements Serializable {
  private static final long serialVersionUID = 1L;
  public static final int MAX_PROXIES_PER_HOLDER = 2;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private int version;

  @ManyToOne(optional = false)
  @JoinColumn(name = "body_id", nullable = false)
  private Body body;

  @Column(name = "held_on", nullable = false)
  private LocalDate heldOn;

  @Column(nullable = false, length = 200)
  private String title;

  @Column(length = 200)
  private String place;

  private int electorate;

  // Lazy: only the meeting's own page shows its calendar entry.
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "event_id")
  private NetworkEvent event;

  private boolean demo;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt = Instant.now();

  @OneToMany(mappedBy = "meeting", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("id")
  private List<Attendance> attendance = new ArrayList<>();

  protected BoardMeeting() {}

  public BoardMeeting(Body body, LocalDate heldOn, String title, String place, int electorate) {
    this.body = Objects.requireNonNull(body);
    if (heldOn == null) {
      throw new DomainException("meeting.date.required");
    }
    if (title == null || title.isBlank()) {
      throw new DomainException("meeting.title.required");
    }
    if (title.length() > 200 || (place != null && place.length() > 200)) {
      throw new DomainException("field.tooLong");
    }
    if (electorate < 1 || electorate > 100_000) {
      throw new DomainException("meeting.electorate.invalid");
    }
    this.heldOn = heldOn;
    this.title = title.strip();
    this.place = place == null || place.isBlank() ? null : place.strip();
    this.electorate = electorate;
  }

  public BoardMeeting linkedTo(NetworkEvent event) {
    this.event = event;
    return this;
  }

  public void markAsDemo() {
    this.demo = true;
  }

  /**
   * Records how a member took part. A proxy goes to a member present, who holds at most {@link
   * #MAX_PROXIES_PER_HOLDER}; someone holding proxies stays present.
   */
  public void attend(Member member, Presence presence, Member proxy) {
    Member proxyHolder = presence == Presence.REPRESENTED ? proxy : null;
    Objects.requireNonNull(member);
    if (presence == null) {
      throw new DomainException("meeting.presence.required");
    }
    if (!body.getSeats().isEmpty() && body.seatOf(member).isEmpty()) {
      throw new DomainException("meeting.attendee.notSeated");
    }
    Optional<Attendance> existing = attendanceOf(member);
    if (presence != Presence.PRESENT && proxiesHeldBy(member) > 0) {
      throw new DomainException("meeting.proxy.holderLeaves");
    }
    if (presence == Presence.REPRESENTED) {
      if (proxyHolder == null) {
        throw new DomainException("meeting.proxy.holderRequired");
      }
      if (proxyHolder.equals(member)) {
        throw new DomainException("meeting.proxy.self");
      }
      if (attendanceOf(proxyHolder).map(a -> a.getPresence() != Presence.PRESENT).orElse(true)) {
        throw new DomainException("meeting.proxy.holderAbsent");
      }
      boolean alreadyHolds =
          existing.map(a -> proxyHolder.equals(a.getProxyHolder())).orElse(false);
      if (!alreadyHolds && proxiesHeldBy(proxyHolder) >= MAX_PROXIES_PER_HOLDER) {
        throw new DomainException("meeting.proxy.tooMany", MAX_PROXIES_PER_HOLDER);
      }
    }
    int countedAfter =
        voters() - existing.map(a -> a.getPresence() == Presence.EXCUSED ? 0 : 1).orElse(0);
    if (presence != Presence.EXCUSED && countedAfter + 1 > electorate) {
      throw new DomainException("meeting.attendance.exceedsElectorate", electorate);
    }
    if (existing.isPresent()) {
      existing.get().change(presence, proxyHolder);
    } else {
      attendance.add(new Attendance(this, member, presence, proxyHolder));
    }
  }

  public Optional<Attendance> attendanceOf(Member member) {
    return attendance.stream().filter(a -> a.getMember().equals(member)).findFirst();
  }

  public long proxiesHeldBy(Member holder) {
    return attendance.stream().filter(a -> holder.equals(a.getProxyHolder())).count();
  }

  public int getPresent() {
    return (int) attendance.stream().filter(a -> a.getPresence() == Presence.PRESENT).count();
  }

  public int getRepresented() {
    return (int) attendance.stream().filter(a -> a.getPresence() == Presence.REPRESENTED).count();
  }

  /** Who may vote: the members present and the proxies they hold. */
  public int voters() {
    return getPresent() + getRepresented();
  }

  public QuorumRule quorumRule() {
    return QuorumRule.forBody(body.getCode());
  }

  public int getQuorumRequired() {
    return quorumRule().required(electorate);
  }

  public boolean isQuorumMet() {
    return quorumRule().isMet(electorate, getPresent(), getRepresented());
  }

  public Long getId() {
    return id;
  }

  public int getVersion() {
    return version;
  }

  public Body getBody() {
    return body;
  }

  public LocalDate getHeldOn() {
    return heldOn;
  }

  public String getTitle() {
    return title;
  }

  public String getPlace() {
    return place;
  }

  public int getElectorate() {
    return electorate;
  }

  public NetworkEvent getEvent() {
    return event;
  }

  public boolean isDemo() {
    return demo;
  }

  public List<Attendance> getAttendance() {
    return Collections.unmodifiableList(attendance);
  }

  @Override
  public boolean equals(Object o) {
    return this == o || o instanceof BoardMeeting other && id != null && id.equals(other.id);
  }

  @Override
  public int hashCode() {
    return BoardMeeting.class.hashCode();
  }
}
