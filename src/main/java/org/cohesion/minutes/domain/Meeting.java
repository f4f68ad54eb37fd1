package org.cohesion.minutes.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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
import org.cohesion.platform.domain.DomainException;
import org.cohesion.workspace.domain.WorkingGroup;

/**
 * A meeting of a working group or of a body: when and where, its agenda, its links, who is invited
 * and who came. Times are local to Martinique ({@link #ZONE}); the minutes follow the agenda.
 */
@Entity
@Table(name = "meeting")
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

  @Column(nullable = false, length = 200)
  private String title;

  @Column(name = "starts_at", nullable = false)
  private LocalDateTime startsAt;

  @Column(name = "ends_at", nullable = false)
  private LocalDateTime endsAt;

  @Column(length = 200)
  private String place;

  @Column(name = "sequence_no", nullable = false)
  private int sequence;

  @ManyToOne(optional = false)
  @JoinColumn(name = "created_by", nullable = false, updatable = false)
  private Member createdBy;

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
  private List<Invitation> invitations = new ArrayList<>();

  protected Meeting() {}

  private Meeting(WorkingGroup group, Body body, Member createdBy, MeetingPlan plan) {
    this.group = group;
    this.body = body;
    this.createdBy = Objects.requireNonNull(createdBy);
    apply(plan.validated());
  }

  public static Meeting ofGroup(WorkingGroup group, Member createdBy, MeetingPlan plan) {
    return new Meeting(Objects.requireNonNull(group), null, createdBy, plan);
  }

  public static Meeting ofBody(Body body, Member createdBy, MeetingPlan plan) {
    return new Meeting(null, Objects.requireNonNull(body), createdBy, plan);
  }

  /** Changes the plan. Agenda items keep their key (and so their section of the minutes). */
  public void replan(MeetingPlan plan) {
    requireNotFrozen("mtg.frozen");
    apply(plan.validated());
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
    requireNotFrozen("mtg.frozen");
    Set<Member> wanted = Set.copyOf(members);
    invitations.removeIf(i -> !wanted.contains(i.getMember()));
    Set<Member> already =
        invitations.stream().map(Invitation::getMember).collect(Collectors.toSet());
    List<Member> added = new ArrayList<>();
    for (Member member : members) {
      if (already.add(member)) {
        invitations.add(new Invitation(this, member));
        added.add(member);
      }
    }
    return added;
  }

  /** Records whether an invited member came. */
  public void record(Member member, AttendanceStatus presence) {
    if (presence == null) {
      throw new DomainException("mtg.presence.required");
    }
    requireNotFrozen("mtg.attendance.frozen");
    invitationOf(member).orElseThrow(() -> new DomainException("mtg.notInvited")).record(presence);
  }

  public Optional<Invitation> invitationOf(Member member) {
    return invitations.stream().filter(i -> i.getMember().equals(member)).findFirst();
  }

  public List<Member> present() {
    return invitations.stream()
        .filter(i -> i.getPresence() == AttendanceStatus.PRESENT)
        .map(Invitation::getMember)
        .toList();
  }

  private void requireNotFrozen(String key) {
    if (minutesFrozen) {
      throw new DomainException(key);
    }
  }

  /** Minutes were submitted: the plan and attendance become part of what is approved. */
  void freezeForMinutes() {
    this.minutesFrozen = true;
  }

  /**
   * The only edition went back to draft: nothing of the meeting is approved or awaiting approval.
   */
  void reopenForMinutes() {
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

  public String getTitle() {
    return title;
  }

  public LocalDateTime getStartsAt() {
    return startsAt;
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

  public List<Invitation> getInvitations() {
    return Collections.unmodifiableList(invitations);
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
