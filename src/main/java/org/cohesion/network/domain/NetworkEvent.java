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
import jakarta.persistence.NamedQuery;
import jakarta.persistence.QueryHint;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;
import org.cohesion.platform.domain.DomainException;

/**
 * A date in the network's calendar: a training day, a meeting of a body (AG, CA, bureau). The
 * meetings of working groups, with agendas and minutes, come with the minutes feature.
 */
@Entity
@Table(name = "network_event")
// The latest dates, as many as the home page shows: the limit is a hint of the named query, so its
// SQL is prepared once (setMaxResults on each execution would prepare it again every time).
@NamedQuery(
    name = "NetworkEvent.listLatest",
    query = "SELECT e FROM NetworkEvent e LEFT JOIN FETCH e.body ORDER BY e.startsOn DESC",
    hints = @QueryHint(name = "eclipselink.jdbc.max-rows", value = NetworkEvent.LATEST))
public class NetworkEvent implements Serializable {
  private static final long serialVersionUID = 1L;

  /** How many dates of the network's calendar the home page shows (a query hint, hence text). */
  public static final String LATEST = "6";

  /** What kind of date it is. */
  public enum Kind {
    TRAINING_DAY,
    BODY_MEETING,
    NETWORK_MEETING
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private int version;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 30)
  private Kind kind;

  @Column(nullable = false, length = 200)
  private String title;

  @Column(name = "starts_on", nullable = false)
  private LocalDate startsOn;

  @Column(name = "ends_on", nullable = false)
  private LocalDate endsOn;

  private String place;

  @ManyToOne
  @JoinColumn(name = "body_id")
  private Body body;

  protected NetworkEvent() {}

  public NetworkEvent(Kind kind, String title, LocalDate startsOn, LocalDate endsOn, String place) {
    this.kind = Objects.requireNonNull(kind);
    this.title = Objects.requireNonNull(title);
    this.startsOn = Objects.requireNonNull(startsOn);
    this.endsOn = endsOn == null ? startsOn : endsOn;
    if (this.endsOn.isBefore(startsOn)) {
      throw new DomainException("event.endsBeforeStart");
    }
    this.place = place;
  }

  public NetworkEvent heldBy(Body body) {
    this.body = body;
    return this;
  }

  public Long getId() {
    return id;
  }

  public Kind getKind() {
    return kind;
  }

  public String getTitle() {
    return title;
  }

  public LocalDate getStartsOn() {
    return startsOn;
  }

  public LocalDate getEndsOn() {
    return endsOn;
  }

  public boolean isSeveralDays() {
    return !endsOn.equals(startsOn);
  }

  public String getPlace() {
    return place;
  }

  public Body getBody() {
    return body;
  }
}
