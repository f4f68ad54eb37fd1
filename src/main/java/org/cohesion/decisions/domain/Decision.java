package org.cohesion.decisions.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.cohesion.network.domain.Body;
import org.cohesion.network.domain.Member;
import org.cohesion.network.domain.Theme;
import org.cohesion.platform.domain.DomainException;

/**
 * A decision as it currently stands: the current view of the register, kept in step with it by
 * {@code DecisionRegister} in the same transaction, and checked against it by the verification. The
 * register's entries ({@link RegisterEntry}) are the record; this is what the pages filter.
 */
@Entity
@Table(name = "decision")
@NamedQuery(
    name = "Decision.listOfMeeting",
    query = "SELECT d FROM Decision d WHERE d.meeting.id = :meetingId ORDER BY d.seq")
@NamedQuery(
    name = "Decision.findByNumber",
    query = "SELECT d FROM Decision d WHERE d.number = :number")
@NamedQuery(
    name = "Decision.maxSeq",
    query = "SELECT MAX(d.seq) FROM Decision d WHERE d.body.id = :bodyId AND d.year = :year")
@NamedQuery(
    name = "Decision.listFollowUpsOf",
    query =
        "SELECT d FROM Decision d JOIN FETCH d.body JOIN FETCH d.responsible r WHERE r.id = :memberId"
            + " AND d.status IN :open ORDER BY d.dueOn, d.number")
@NamedQuery(name = "Decision.count", query = "SELECT COUNT(d) FROM Decision d")
public class Decision implements Serializable {
  private static final long serialVersionUID = 1L;
  public static final int MAX_TITLE = 300;
  public static final int MAX_TEXT = 20_000;
  public static final int MAX_MINUTES_REF = 500;
  public static final int MAX_DOCUMENTS = 2000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private int version;

  @ManyToOne(optional = false)
  @JoinColumn(name = "body_id", nullable = false)
  private Body body;

  // Lazy: lists of decisions (the register, follow-ups) do not show the meeting, and an eager
  // many-to-one costs one query per row.
  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "meeting_id", nullable = false)
  private Meeting meeting;

  @Column(nullable = false, length = 40)
  private String number;

  private int year;
  private int seq;

  @Column(name = "held_on", nullable = false)
  private LocalDate heldOn;

  @Column(nullable = false, length = MAX_TITLE)
  private String title;

  @Column(nullable = false)
  private String text;

  @Enumerated(EnumType.STRING)
  @Column(name = "decision_type", nullable = false, length = 30)
  private DecisionType type;

  private boolean unanimous;

  @Column(name = "votes_for")
  private int votesFor;

  @Column(name = "votes_against")
  private int votesAgainst;

  private int abstentions;

  @ManyToMany
  @JoinTable(
      name = "decision_theme",
      joinColumns = @JoinColumn(name = "decision_id"),
      inverseJoinColumns = @JoinColumn(name = "theme_id"))
  private Set<Theme> themes = new LinkedHashSet<>();

  @Column(name = "minutes_ref", length = MAX_MINUTES_REF)
  private String minutesRef;

  @Column(length = MAX_DOCUMENTS)
  private String documents;

  @Column(name = "public_decision")
  private boolean publicDecision;

  @ManyToOne
  @JoinColumn(name = "responsible_id")
  private Member responsible;

  @Column(name = "due_on")
  private LocalDate dueOn;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private FollowUpStatus status = FollowUpStatus.TODO;

  private boolean corrected;
  private boolean demo;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  protected Decision() {}

  /**
   * A decision taken at a meeting. Refused when the quorum is not met, the vote does not fit the
   * voters, the text is empty or the due date comes before the meeting.
   */
  public static Decision take(
      Meeting meeting,
      int seq,
      DecisionContent content,
      Set<Theme> themes,
      Member responsible,
      Instant at) {
    Objects.requireNonNull(meeting);
    // The register is the bodies': a working group's meeting takes no decision of its own.
    if (meeting.getBody() == null) {
      throw new DomainException("decision.meeting.ofGroup");
    }
    if (!meeting.isQuorumMet()) {
      throw new DomainException(
          "decision.quorumNotMet",
          meeting.quorumRule().counted(meeting.getPresent(), meeting.getRepresented()),
          meeting.getQuorumRequired());
    }
    Decision d = new Decision();
    d.body = meeting.getBody();
    d.meeting = meeting;
    d.heldOn = meeting.getHeldOn();
    d.year = meeting.getHeldOn().getYear();
    d.number = new DecisionNumber(d.body.getCode(), d.year, seq).toString();
    d.seq = seq;
    d.recordedAt = at;
    d.apply(content, themes, responsible);
    return d;
  }

  /** A correction: the content is replaced (the register keeps both versions). */
  public void correct(DecisionContent content, Set<Theme> themes, Member responsible) {
    apply(content, themes, responsible);
    corrected = true;
  }

  private void apply(DecisionContent content, Set<Theme> newThemes, Member newResponsible) {
    // The lengths are the form's (DecisionForm, checked by the register); what a decision cannot
    // be without stays here.
    String t = strip(content.title());
    String x = strip(content.text());
    if (t == null) {
      throw new DomainException("decision.title.required");
    }
    if (x == null) {
      throw new DomainException("decision.text.required");
    }
    if (content.type() == null) {
      throw new DomainException("decision.type.required");
    }
    if (content.dueOn() != null && content.dueOn().isBefore(heldOn)) {
      throw new DomainException("decision.due.beforeMeeting");
    }
    Vote vote = content.vote().validFor(meeting.voters());
    title = t;
    text = x;
    type = content.type();
    unanimous = vote.unanimous();
    votesFor = vote.forCount();
    votesAgainst = vote.against();
    abstentions = vote.abstentions();
    themes = new LinkedHashSet<>(newThemes);
    minutesRef = strip(content.minutesRef());
    documents = strip(content.documents());
    publicDecision = content.publicDecision();
    responsible = newResponsible;
    dueOn = content.dueOn();
  }

  /** A step of the follow-up (to do, in progress, done, abandoned). */
  public void moveTo(FollowUpStatus next) {
    status = status.moveTo(next);
  }

  public void markAsDemo() {
    this.demo = true;
  }

  /** Past its due date and still open. */
  public boolean isOverdue(LocalDate today) {
    return dueOn != null && status.isOpen() && dueOn.isBefore(today);
  }

  public List<String> themeCodes() {
    return themes.stream().map(Theme::getCode).sorted().toList();
  }

  /** The theme codes as the register stores them: sorted, comma-separated. */
  public String themeList() {
    return String.join(",", themeCodes());
  }

  /** The state the verification compares with the replayed register. */
  public ChainWalk.State state() {
    return new ChainWalk.State(
        title,
        text,
        type.name(),
        unanimous,
        votesFor,
        votesAgainst,
        abstentions,
        themeList(),
        publicDecision,
        responsible == null ? null : responsible.getId(),
        dueOn,
        status.name());
  }

  private static String strip(String s) {
    return s == null || s.isBlank() ? null : s.strip();
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

  public Meeting getMeeting() {
    return meeting;
  }

  public String getNumber() {
    return number;
  }

  public int getYear() {
    return year;
  }

  public int getSeq() {
    return seq;
  }

  public LocalDate getHeldOn() {
    return heldOn;
  }

  public String getTitle() {
    return title;
  }

  public String getText() {
    return text;
  }

  public DecisionType getType() {
    return type;
  }

  public boolean isUnanimous() {
    return unanimous;
  }

  public int getVotesFor() {
    return votesFor;
  }

  public int getVotesAgainst() {
    return votesAgainst;
  }

  public int getAbstentions() {
    return abstentions;
  }

  public Set<Theme> getThemes() {
    return themes;
  }

  public String getMinutesRef() {
    return minutesRef;
  }

  public String getDocuments() {
    return documents;
  }

  public boolean isPublicDecision() {
    return publicDecision;
  }

  public Member getResponsible() {
    return responsible;
  }

  public LocalDate getDueOn() {
    return dueOn;
  }

  public FollowUpStatus getStatus() {
    return status;
  }

  public boolean isCorrected() {
    return corrected;
  }

  public boolean isDemo() {
    return demo;
  }

  public Instant getRecordedAt() {
    return recordedAt;
  }

  @Override
  public boolean equals(Object o) {
    return this == o || o instanceof Decision other && id != null && id.equals(other.id);
  }

  @Override
  public int hashCode() {
    return Decision.class.hashCode();
  }
}
