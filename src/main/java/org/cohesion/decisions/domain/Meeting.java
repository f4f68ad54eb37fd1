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
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.cohesion.network.domain.Body;
import org.cohesion.network.domain.Member;
import org.cohesion.network.domain.NetworkEvent;
import org.cohesion.platform.domain.DomainException;
import org.cohesion.workspace.domain.WorkingGroup;

/**
 * A meeting of a working group or of a body, the one aggregate both the minutes and the decision
 * register work on: when and where, its agenda and links, one attendance list (invited, present,
 * represented by a proxy, excused, absent), the quorum of a body's meeting ({@link QuorumRule}),
 * and, through their foreign keys, its minutes and the decisions taken there. Times are local to
 * Martinique ({@link #ZONE}); the minutes follow the agenda.
 */
@Entity
@Table(name = "meeting")
@NamedQuery(name = "Meeting.count", query = "SELECT COUNT(m) FROM Meeting m")
@NamedQuery(
    name = "Meeting.listOfGroup",
    query = "SELECT m FROM Meeting m WHERE m.group.id = :groupId ORDER BY m.startsAt DESC, m.id")
@NamedQuery(
    name = "Meeting.listOfBody",
    query = "SELECT m FROM Meeting m WHERE m.body.id = :bodyId ORDER BY m.startsAt DESC, m.id")
@NamedQuery(
    name = "Meeting.listForMember",
    query =
        "SELECT DISTINCT m FROM Meeting m LEFT JOIN m.group g LEFT JOIN m.body b"
            + " WHERE g.id IN (SELECT ms.group.id FROM Membership ms WHERE ms.member.id = :memberId)"
            + " OR b.id IN (SELECT s.body.id FROM BodySeat s WHERE s.member.id = :memberId)"
            + " ORDER BY m.startsAt")
public class Meeting implements Serializable {
  private static final long serialVersionUID = 1L;

  public static final int MAX_PROXIES_PER_HOLDER = 2;

  /** The planning form's limits, declared once: the columns, the form's checks and the page. */
  public static final int MAX_TITLE = 200;

  public static final int MAX_PLACE = 200;
  public static final int MAX_ITEMS = 40;
  public static final int MAX_LINKS = 20;

  /** Martinique keeps UTC−4 all year. */
  public static final ZoneId ZONE = ZoneId.of("America/Martinique");

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private int version;

  @ManyToOne
  @JoinColumn(name = "group_id", updatable = false)
  private WorkingGroup group;

  @ManyToOne
  @JoinColumn(name = "body_id", updatable = false)
  private Body body;

  @Column(nullable = false, length = MAX_TITLE)
  private String title;

  @Column(name = "starts_at", nullable = false)
  private LocalDateTime startsAt;

  @Column(name = "ends_at", nullable = false)
  private LocalDateTime endsAt;

  @Column(length = MAX_PLACE)
  private String place;

  @Column(name = "sequence_no", nullable = false)
  private int sequence;

  // Null only for the meetings the register recorded before V9, which did not say who entered them.
  @ManyToOne
  @JoinColumn(name = "created_by", updatable = false)
  private Member createdBy;

  /**
   * Voting members of a body on that day: its seats for the bureau and the CA, the members of the
   * association for the AG (given by whoever schedules it). Null for a working group's meeting.
   */
  private Integer electorate;

  // Lazy: only the meeting's own page shows its calendar entry.
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "event_id")
  private NetworkEvent event;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt = Instant.now();

  private boolean demo;

  /**
   * Set while an edition of the minutes is submitted or approved: the date, agenda, invitees and
   * attendance are then part of what is approved, and stay as they were.
   */
  @Column(name = "minutes_frozen", nullable = false)
  private boolean minutesFrozen;

  @OneToMany(mappedBy = "meeting", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("position")
  private List<AgendaItem> agenda = new ArrayList<>();

  @OneToMany(mappedBy = "meeting", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("position")
  private List<MeetingLink> links = new ArrayList<>();

  @OneToMany(mappedBy = "meeting", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("id")
  private List<Attendance> attendance = new ArrayList<>();

  protected Meeting() {}

  private Meeting(WorkingGroup group, Body body, Member createdBy, MeetingPlan plan) {
    this.group = group;
    this.body = body;
    this.createdBy = Objects.requireNonNull(createdBy);
    apply(plan);
  }

  public static Meeting ofGroup(WorkingGroup group, Member createdBy, MeetingPlan plan) {
    return new Meeting(Objects.requireNonNull(group), null, createdBy, plan);
  }

  /**
   * A body's meeting. The electorate of the bureau and the CA is their number of seats; the AG's
   * (the members of the association) is {@code electorate}, which may wait until its attendance is
   * recorded (null: no decision can be taken before).
   */
  public static Meeting ofBody(Body body, Member createdBy, MeetingPlan plan, Integer electorate) {
    Meeting meeting = new Meeting(null, Objects.requireNonNull(body), createdBy, plan);
    int seats = body.getSeats().size();
    if (seats > 0) {
      meeting.electorate = seats;
    } else if (electorate != null) {
      if (electorate < 1 || electorate > 100_000) {
        throw new DomainException("meeting.electorate.invalid");
      }
      meeting.electorate = electorate;
    }
    return meeting;
  }

  public Meeting linkedTo(NetworkEvent event) {
    this.event = event;
    return this;
  }

  /** Changes the plan. Agenda items keep their key (and so their section of the minutes). */
  public void replan(MeetingPlan plan) {
    requireNotFrozen("meeting.frozen");
    apply(plan);
    sequence++;
  }

  private void apply(MeetingPlan plan) {
    this.title = plan.title().strip();
    this.startsAt = plan.startsAt();
    this.endsAt = plan.endsAt();
    this.place = plan.place() == null || plan.place().isBlank() ? null : plan.place().strip();
    Map<String, AgendaItem> existing = new HashMap<>();
    agenda.forEach(i -> existing.put(i.getKey(), i));
    List<AgendaItem> next = new ArrayList<>();
    int position = 0;
    for (MeetingPlan.Item item : plan.agenda()) {
      AgendaItem kept = item.key() == null ? null : existing.remove(item.key());
      if (kept == null) {
        kept = new AgendaItem(this, newKey());
      }
      kept.update(position++, item.title(), item.description());
      next.add(kept);
    }
    agenda.retainAll(next);
    next.stream().filter(i -> !agenda.contains(i)).forEach(agenda::add);
    agenda.sort((a, b) -> Integer.compare(a.getPosition(), b.getPosition()));
    links.clear();
    int linkPosition = 0;
    for (MeetingPlan.Link link : plan.links()) {
      links.add(new MeetingLink(this, linkPosition++, link.label(), link.url()));
    }
  }

  private static String newKey() {
    return "item-" + UUID.randomUUID().toString().substring(0, 8);
  }

  /**
   * Sets who is invited: new invitees are added, those left out are removed, the others keep what
   * was recorded about them. Returns the members newly invited.
   */
  public List<Member> invite(Collection<Member> members) {
    requireNotFrozen("meeting.frozen");
    Set<Member> wanted = Set.copyOf(members);
    for (Attendance a : attendance) {
      if (!wanted.contains(a.getMember()) && proxiesHeldBy(a.getMember()) > 0) {
        throw new DomainException("meeting.proxy.holderLeaves");
      }
    }
    attendance.removeIf(a -> !wanted.contains(a.getMember()));
    Set<Member> already =
        attendance.stream().map(Attendance::getMember).collect(Collectors.toSet());
    List<Member> added = new ArrayList<>();
    for (Member member : members) {
      if (already.add(member)) {
        attendance.add(new Attendance(this, member));
        added.add(member);
      }
    }
    return added;
  }

  /** Records whether a member came. */
  public void record(Member member, AttendanceStatus presence) {
    record(member, presence, null);
  }

  /**
   * Records how a member took part. A working group's meeting records its invitees only; a body's
   * also whoever holds a seat (or anyone for the AG), who joins the list. A proxy goes to a member
   * present, who holds at most {@link #MAX_PROXIES_PER_HOLDER}; someone holding proxies stays
   * present; those counted never exceed the electorate.
   */
  public void record(Member member, AttendanceStatus presence, Member proxy) {
    Objects.requireNonNull(member);
    if (presence == null) {
      throw new DomainException("meeting.presence.required");
    }
    requireNotFrozen("meeting.attendance.frozen");
    Optional<Attendance> existing = attendanceOf(member);
    if (existing.isEmpty()) {
      if (body == null) {
        throw new DomainException("meeting.notInvited");
      }
      if (!body.getSeats().isEmpty() && body.seatOf(member).isEmpty()) {
        throw new DomainException("meeting.attendee.notSeated");
      }
    }
    Member proxyHolder = presence == AttendanceStatus.REPRESENTED ? proxy : null;
    if (presence != AttendanceStatus.PRESENT && proxiesHeldBy(member) > 0) {
      throw new DomainException("meeting.proxy.holderLeaves");
    }
    if (presence == AttendanceStatus.REPRESENTED) {
      if (proxyHolder == null) {
        throw new DomainException("meeting.proxy.holderRequired");
      }
      if (proxyHolder.equals(member)) {
        throw new DomainException("meeting.proxy.self");
      }
      if (attendanceOf(proxyHolder)
          .map(a -> a.getPresence() != AttendanceStatus.PRESENT)
          .orElse(true)) {
        throw new DomainException("meeting.proxy.holderAbsent");
      }
      boolean alreadyHolds =
          existing.map(a -> proxyHolder.equals(a.getProxyHolder())).orElse(false);
      if (!alreadyHolds && proxiesHeldBy(proxyHolder) >= MAX_PROXIES_PER_HOLDER) {
        throw new DomainException("meeting.proxy.tooMany", MAX_PROXIES_PER_HOLDER);
      }
    }
    if (electorate != null && presence.counts()) {
      int countedAfter = voters() - existing.map(a -> a.getPresence().counts() ? 1 : 0).orElse(0);
      if (countedAfter + 1 > electorate) {
        throw new DomainException("meeting.attendance.exceedsElectorate", electorate);
      }
    }
    if (existing.isPresent()) {
      existing.get().record(presence, proxyHolder);
    } else {
      Attendance row = new Attendance(this, member);
      row.record(presence, proxyHolder);
      attendance.add(row);
    }
  }

  public Optional<Attendance> attendanceOf(Member member) {
    return attendance.stream().filter(a -> a.getMember().equals(member)).findFirst();
  }

  /** Kept under its old name for the minutes' pages: the member's line of the attendance list. */
  public Optional<Attendance> invitationOf(Member member) {
    return attendanceOf(member);
  }

  public long proxiesHeldBy(Member holder) {
    return attendance.stream().filter(a -> holder.equals(a.getProxyHolder())).count();
  }

  public List<Member> present() {
    return attendance.stream()
        .filter(a -> a.getPresence() == AttendanceStatus.PRESENT)
        .map(Attendance::getMember)
        .toList();
  }

  public int getPresent() {
    return (int)
        attendance.stream().filter(a -> a.getPresence() == AttendanceStatus.PRESENT).count();
  }

  public int getRepresented() {
    return (int)
        attendance.stream().filter(a -> a.getPresence() == AttendanceStatus.REPRESENTED).count();
  }

  /** Who may vote: the members present and the proxies they hold. */
  public int voters() {
    return getPresent() + getRepresented();
  }

  /** The quorum rule of the body; a working group's meeting has none. */
  public QuorumRule quorumRule() {
    return body == null ? null : QuorumRule.forBody(body.getCode());
  }

  public int getQuorumRequired() {
    return body == null || electorate == null ? 0 : quorumRule().required(electorate);
  }

  public boolean isQuorumMet() {
    return body != null
        && electorate != null
        && quorumRule().isMet(electorate, getPresent(), getRepresented());
  }

  private void requireNotFrozen(String key) {
    if (minutesFrozen) {
      throw new DomainException(key);
    }
  }

  /**
   * Minutes were submitted: the plan and attendance become part of what is approved. Public for the
   * minutes feature, which owns the editions and is the only caller.
   */
  public void freezeForMinutes() {
    this.minutesFrozen = true;
  }

  /**
   * The only edition went back to draft: nothing of the meeting is approved or awaiting approval.
   */
  public void reopenForMinutes() {
    this.minutesFrozen = false;
  }

  public boolean isMinutesFrozen() {
    return minutesFrozen;
  }

  public void markAsDemo() {
    this.demo = true;
  }

  public Long getId() {
    return id;
  }

  public int getVersion() {
    return version;
  }

  public WorkingGroup getGroup() {
    return group;
  }

  public Body getBody() {
    return body;
  }

  public boolean isOfGroup() {
    return group != null;
  }

  /** The day it is held (the register numbers decisions by the year of this day). */
  public LocalDate getHeldOn() {
    return startsAt.toLocalDate();
  }

  public Integer getElectorate() {
    return electorate;
  }

  public NetworkEvent getEvent() {
    return event;
  }

  public String getTitle() {
    return title;
  }

  public LocalDateTime getStartsAt() {
    return startsAt;
  }

  /**
   * Whether the meeting is known by its day only (a body's sitting recorded by the register, the
   * board meetings V9 migrated): midnight to midnight. Pages and calendars show the day, not a time
   * nobody gave.
   */
  public boolean isWholeDay() {
    return startsAt != null
        && endsAt != null
        && startsAt.toLocalTime().equals(java.time.LocalTime.MIDNIGHT)
        && endsAt.equals(startsAt.plusDays(1));
  }

  public LocalDateTime getEndsAt() {
    return endsAt;
  }

  public String getPlace() {
    return place;
  }

  public int getSequence() {
    return sequence;
  }

  public Member getCreatedBy() {
    return createdBy;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public boolean isDemo() {
    return demo;
  }

  public List<AgendaItem> getAgenda() {
    return Collections.unmodifiableList(agenda);
  }

  public List<MeetingLink> getLinks() {
    return Collections.unmodifiableList(links);
  }

  /** The one attendance list: invitees and, once held, how each took part. */
  public List<Attendance> getAttendance() {
    return Collections.unmodifiableList(attendance);
  }

  /** The attendance list under the name the minutes' pages use. */
  public List<Attendance> getInvitations() {
    return getAttendance();
  }

  /** The plan as it stands, to edit it. */
  public MeetingPlan plan() {
    return new MeetingPlan(
        title,
        startsAt,
        endsAt,
        place,
        agenda.stream()
            .map(i -> new MeetingPlan.Item(i.getKey(), i.getTitle(), i.getDescription()))
            .toList(),
        links.stream().map(l -> new MeetingPlan.Link(l.getLabel(), l.getUrl())).toList());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Meeting other && id != null && id.equals(other.id);
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(id);
  }
}
