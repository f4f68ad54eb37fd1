package org.cohesion.network.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.cohesion.platform.domain.DomainException;

/**
 * A body of the association: the bureau, the conseil d'administration (CA) or the assemblée
 * générale (AG). Minutes and decisions of later features attach to these.
 */
@Entity
@Table(name = "body")
@NamedQuery(name = "Body.listAll", query = "SELECT b FROM Body b ORDER BY b.position")
@NamedQuery(name = "Body.findByCode", query = "SELECT b FROM Body b WHERE b.code = :code")
@NamedQuery(
    name = "Body.listSeatsOf",
    query = "SELECT s FROM BodySeat s JOIN FETCH s.body WHERE s.member = :member")
public class Body implements Serializable {
  private static final long serialVersionUID = 1L;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private int version;

  @Column(nullable = false, length = 20)
  private String code;

  @Column(name = "name_fr", nullable = false)
  private String nameFr;

  @Column(name = "name_en", nullable = false)
  private String nameEn;

  private int position;

  @Enumerated(EnumType.STRING)
  @Column(name = "minutes_rule", nullable = false, length = 30)
  private MinutesRule minutesRule = MinutesRule.MAJORITY_OF_MEMBERS;

  @OneToMany(mappedBy = "body", cascade = CascadeType.ALL, orphanRemoval = true)
  private List<BodySeat> seats = new ArrayList<>();

  protected Body() {}

  public void seat(Member member, BodySeat.Office office) {
    seat(member, office, null);
  }

  /** Seats a member from a known day (an election, a replacement); {@code null} when unknown. */
  public void seat(Member member, BodySeat.Office office, LocalDate seatedOn) {
    Objects.requireNonNull(member);
    Objects.requireNonNull(office);
    if (seatOf(member).isPresent()) {
      throw new DomainException("body.alreadySeated");
    }
    seats.add(new BodySeat(this, member, office, seatedOn));
  }

  public void unseat(Member member) {
    BodySeat seat = seatOf(member).orElseThrow(() -> new DomainException("body.notSeated"));
    seats.remove(seat);
  }

  public Optional<BodySeat> seatOf(Member member) {
    return seats.stream().filter(s -> s.getMember().equals(member)).findFirst();
  }

  public Long getId() {
    return id;
  }

  public String getCode() {
    return code;
  }

  public String name(Locale locale) {
    return locale != null && "en".equals(locale.getLanguage()) ? nameEn : nameFr;
  }

  /** How this body approves its minutes. */
  public MinutesRule getMinutesRule() {
    return minutesRule;
  }

  public void setMinutesRule(MinutesRule minutesRule) {
    this.minutesRule = Objects.requireNonNull(minutesRule);
  }

  public List<BodySeat> getSeats() {
    return Collections.unmodifiableList(seats);
  }
}
