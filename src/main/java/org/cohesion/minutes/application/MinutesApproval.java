package org.cohesion.minutes.application;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.cohesion.decisions.application.DecisionRegister;
import org.cohesion.decisions.domain.Decision;
import org.cohesion.decisions.domain.Meeting;
import org.cohesion.minutes.domain.ApprovalRule;
import org.cohesion.minutes.domain.ApprovalTally;
import org.cohesion.minutes.domain.ApprovalVote;
import org.cohesion.minutes.domain.Minutes;
import org.cohesion.minutes.domain.MinutesAccess;
import org.cohesion.minutes.domain.MinutesRevision;
import org.cohesion.minutes.domain.MinutesStatus;
import org.cohesion.minutes.domain.RevisionKind;
import org.cohesion.minutes.domain.VoteChoice;
import org.cohesion.network.domain.Member;
import org.cohesion.platform.audit.AuditLog;
import org.cohesion.platform.domain.AccessDeniedException;
import org.cohesion.platform.domain.DomainException;
import org.cohesion.platform.domain.NotFoundException;
import org.cohesion.platform.notification.Notice;
import org.cohesion.platform.notification.Notifications;
import org.cohesion.platform.persistence.NamedQueries;
import org.cohesion.platform.search.SearchOutbox;

/**
 * Submission and approval. A writer submits a draft, which stops the editing; the rule's approvers
 * vote (approve, request changes, abstain) and may change their vote until the rule is reached. A
 * request for changes returns the minutes to draft with its comment; reaching the rule freezes them
 * with the fingerprint of their text. Approved minutes are corrected by an amendment.
 */
@ApplicationScoped
@Transactional
public class MinutesApproval {

  /** How many of the caller's next meetings the home page lists. */
  public static final int UPCOMING = 5;

  private static final String UPCOMING_QUERY = "MinutesApproval.upcoming";

  @PersistenceContext EntityManager em;
  @Inject SearchOutbox searchOutbox;
  @Inject MinutesCallers callers;
  @Inject AuditLog audit;
  @Inject Notifications notifications;
  @Inject Clock clock;
  @Inject DecisionRegister register;

  /** The state of the approval as a page shows it. */
  public record Approval(
      Minutes minutes,
      MinutesAccess access,
      ApprovalRule rule,
      List<ApprovalVote> votes,
      List<Member> approvers,
      int needed,
      boolean callerApproves,
      VoteChoice callerVote,
      boolean latestEdition)
      implements Serializable {}

  /**
   * The reader's page of one edition in one read, in a JTA transaction that writes nothing (no XA
   * statement: EclipseLink reads through the pool until a write): whose meeting it is and its
   * latest edition's number; the meeting's group and its memberships, or its body and its seats,
   * with their people; the edition with its meeting, its head and the people they name; then the
   * votes of the round, the head's text (a lazy column), and a body's decisions of the day. The
   * caller's rights and the approvers come from what those statements brought.
   */
  // In the class's transaction, which writes nothing: one persistence context for the five
  // statements, so the minutes' meeting finds its group or body among the objects read first.
  public MinutesReading reading(long minutesId) {
    var caller = callers.caller();
    // First whether the meeting is a group's or a body's, and the latest edition of its minutes.
    Object[] kind =
        em.createQuery(
                "SELECT g.id, b.id, MAX(e.edition) FROM Minutes m JOIN m.meeting mt LEFT JOIN"
                    + " mt.group g LEFT JOIN mt.body b, Minutes e WHERE m.id = :id AND e.meeting ="
                    + " mt GROUP BY g.id, b.id",
                Object[].class)
            .setParameter("id", minutesId)
            .getResultStream()
            .findFirst()
            .orElseThrow(NotFoundException::new);
    // Then the group with its members, or the body with its seats, and their people: read before
    // the minutes, so that the meeting finds them among the objects already read.
    if (kind[0] != null) {
      em.createQuery("SELECT g FROM WorkingGroup g JOIN FETCH g.theme WHERE g.id = :id")
          .setParameter("id", kind[0])
          .setHint("eclipselink.left-join-fetch", "g.memberships.member")
          .getResultList();
    } else {
      em.createQuery("SELECT b FROM Body b WHERE b.id = :id")
          .setParameter("id", kind[1])
          .setHint("eclipselink.left-join-fetch", "b.seats.member")
          .getResultList();
    }
    Minutes minutes =
        em.createQuery(
                "SELECT m FROM Minutes m JOIN FETCH m.meeting JOIN FETCH m.head WHERE m.id = :id",
                Minutes.class)
            .setParameter("id", minutesId)
            // The approvers frozen at submission come with the edition, not in a query of their
            // own.
            .setHint("eclipselink.left-join-fetch", "m.approvers")
            // Who submitted it, who wrote the head and who scheduled the meeting: often people
            // outside the seats or the members (the staff), each a statement of its own otherwise.
            .setHint("eclipselink.left-join-fetch", "m.submittedBy")
            .setHint("eclipselink.left-join-fetch", "m.head.author")
            .setHint("eclipselink.left-join-fetch", "m.meeting.createdBy")
            .getResultStream()
            .findFirst()
            .orElseThrow(NotFoundException::new);
    Meeting meeting = minutes.getMeeting();
    MinutesAccess rights = callers.fromLoaded(meeting, caller);
    if (!rights.reads(minutes.getStatus())) {
      throw new NotFoundException();
    }
    ApprovalRule rule =
        minutes.getApprovalRule() != null && minutes.getStatus() != MinutesStatus.DRAFT
            ? minutes.getApprovalRule()
            : callers.ruleFor(meeting);
    // Submitted or approved minutes are approved by the set frozen at submission (docs/minutes.md);
    // a draft shows who the rule would ask now.
    Set<Long> approverIds =
        minutes.getStatus() == MinutesStatus.DRAFT
            ? callers.approvers(meeting, rule)
            : minutes.getApprovers();
    List<ApprovalVote> votes = votes(minutes);
    Map<Long, Member> people = new HashMap<>();
    if (meeting.isOfGroup()) {
      meeting
          .getGroup()
          .getMemberships()
          .forEach(ms -> people.put(ms.getMember().getId(), ms.getMember()));
    } else {
      meeting.getBody().getSeats().forEach(s -> people.put(s.getMember().getId(), s.getMember()));
    }
    votes.forEach(v -> people.put(v.getMember().getId(), v.getMember()));
    // Approvers who have since left the group or the body: one query for all of them.
    List<Long> missing = approverIds.stream().filter(id -> !people.containsKey(id)).toList();
    if (!missing.isEmpty()) {
      em.createQuery("SELECT p FROM Member p WHERE p.id IN :ids", Member.class)
          .setParameter("ids", missing)
          .getResultList()
          .forEach(p -> people.put(p.getId(), p));
    }
    List<Member> approvers =
        approverIds.stream()
            .map(people::get)
            .filter(java.util.Objects::nonNull)
            .sorted((a, b) -> a.getFullName().compareToIgnoreCase(b.getFullName()))
            .toList();
    VoteChoice mine =
        votes.stream()
            .filter(v -> v.getMember().getId().equals(caller.memberId()))
            .map(ApprovalVote::getChoice)
            .findFirst()
            .orElse(null);
    Approval approval =
        new Approval(
            minutes,
            rights,
            rule,
            votes,
            approvers,
            new ApprovalTally(rule, approverIds, Map.of()).needed(),
            approverIds.contains(caller.memberId()),
            mine,
            ((Number) kind[2]).intValue() == minutes.getEdition());
    var text = minutes.getHead().text();
    if (minutes.getStatus() == MinutesStatus.DRAFT) {
      text = MinutesEditor.withAgenda(text, meeting);
    }
    List<Decision> decisions = meeting.isOfGroup() ? List.of() : register.takenAt(meeting.getId());
    return new MinutesReading(approval, text, decisions);
  }

  public Approval state(long minutesId) {
    var signed = callers.require();
    Minutes minutes = callers.readableMinutes(minutesId, signed.caller());
    Meeting meeting = minutes.getMeeting();
    ApprovalRule rule =
        minutes.getApprovalRule() != null && minutes.getStatus() != MinutesStatus.DRAFT
            ? minutes.getApprovalRule()
            : callers.ruleFor(meeting);
    // Once submitted, the approvers are the ones recorded then; a draft shows who would approve
    // now.
    Set<Long> approverIds =
        minutes.getStatus() == MinutesStatus.DRAFT
            ? callers.approvers(meeting, rule)
            : minutes.getApprovers();
    List<ApprovalVote> votes = votes(minutes);
    List<Member> approvers =
        approverIds.stream()
            .map(id -> em.find(Member.class, id))
            .sorted((a, b) -> a.getFullName().compareToIgnoreCase(b.getFullName()))
            .toList();
    VoteChoice mine =
        votes.stream()
            .filter(v -> v.getMember().getId().equals(signed.member().getId()))
            .map(ApprovalVote::getChoice)
            .findFirst()
            .orElse(null);
    int needed = new ApprovalTally(rule, approverIds, Map.of()).needed();
    List<Minutes> editions =
        em.createNamedQuery("Minutes.ofMeeting", Minutes.class)
            .setParameter("meetingId", meeting.getId())
            .getResultList();
    return new Approval(
        minutes,
        callers.to(meeting, signed.caller()),
        rule,
        votes,
        approvers,
        needed,
        approverIds.contains(signed.member().getId()),
        mine,
        editions.get(0).getId().equals(minutes.getId()));
  }

  /**
   * The query of the caller's next meetings, named once with its row limit: a limit set on each
   * query made at run time would make EclipseLink prepare its SQL again at every execution.
   */
  @PostConstruct
  void defineQueries() {
    NamedQueries.defineWithRowLimit(
        em,
        UPCOMING_QUERY,
        "SELECT NEW org.cohesion.minutes.application.MinutesLink(m.id, m.title, m.startsAt) FROM"
            + " Meeting m LEFT JOIN m.group g LEFT JOIN m.body b WHERE (g.id IN (SELECT ms.group.id"
            + " FROM Membership ms WHERE ms.member.id = :me) OR b.id IN (SELECT s.body.id FROM"
            + " BodySeat s WHERE s.member.id = :me)) AND m.endsAt >= :now ORDER BY m.startsAt",
        MinutesLink.class,
        UPCOMING);
  }

  /**
   * The home page's section in two statements, without a transaction (nothing is written) and
   * without loading an entity: the caller's next {@link #UPCOMING} meetings (of their groups and of
   * the bodies they sit on), and the submitted minutes on which they are one of the approvers
   * frozen at submission and have not voted yet in this round.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public MyMeetingsView myMeetings() {
    Long me = callers.caller().memberId();
    List<MinutesLink> upcoming =
        em.createNamedQuery(UPCOMING_QUERY, MinutesLink.class)
            .setParameter("me", me)
            .setParameter("now", java.time.LocalDateTime.now(clock.withZone(Meeting.ZONE)))
            .getResultList();
    List<MinutesLink> toApprove =
        em.createQuery(
                "SELECT NEW org.cohesion.minutes.application.MinutesLink(m.id, mt.title,"
                    + " mt.startsAt) FROM Minutes m JOIN m.meeting mt WHERE m.status ="
                    + " org.cohesion.minutes.domain.MinutesStatus.SUBMITTED AND :me MEMBER OF"
                    + " m.approvers AND NOT EXISTS (SELECT v FROM ApprovalVote v WHERE v.minutes ="
                    + " m AND v.round = m.round AND v.member.id = :me) ORDER BY m.submittedAt",
                MinutesLink.class)
            .setParameter("me", me)
            .getResultList();
    return new MyMeetingsView(upcoming, toApprove);
  }

  public void submit(long minutesId) {
    var signed = callers.require();
    Minutes minutes = lockedForWriter(minutesId, signed);
    ApprovalRule rule = callers.ruleFor(minutes.getMeeting());
    Set<Long> approvers = callers.approvers(minutes.getMeeting(), rule);
    minutes.submit(signed.member(), clock.instant(), rule, approvers);
    audit.record("MINUTES_SUBMITTED", "minutes", minutesId, rule + " round " + minutes.getRound());
    searchOutbox.changed(MinutesSearchSource.KIND, minutesId);
    notifications.send(
        Notice.of("notice.minutesSubmitted", link(minutes), minutes.getMeeting().getTitle()),
        approvers,
        signed.member().getId());
  }

  /** Casts or changes the caller's vote; returns where the minutes stand afterwards. */
  public MinutesStatus vote(long minutesId, VoteChoice choice, String comment) {
    var signed = callers.require();
    Minutes minutes = em.find(Minutes.class, minutesId, LockModeType.PESSIMISTIC_WRITE);
    if (minutes == null
        || !callers.to(minutes.getMeeting(), signed.caller()).reads(minutes.getStatus())) {
      throw new NotFoundException();
    }
    minutes.requireSubmitted();
    Set<Long> approvers = minutes.getApprovers();
    Long me = signed.member().getId();
    if (!approvers.contains(me)) {
      throw new AccessDeniedException();
    }
    if (choice == VoteChoice.REQUEST_CHANGES && (comment == null || comment.isBlank())) {
      throw new DomainException("minutes.vote.commentRequired");
    }
    List<ApprovalVote> votes = votes(minutes);
    ApprovalVote vote =
        votes.stream()
            .filter(v -> v.getMember().getId().equals(me))
            .findFirst()
            .orElseGet(
                () -> {
                  ApprovalVote created = new ApprovalVote(minutes, signed.member());
                  em.persist(created);
                  votes.add(created);
                  return created;
                });
    vote.cast(choice, comment, clock.instant());
    Map<Long, VoteChoice> choices = new HashMap<>();
    votes.forEach(v -> choices.put(v.getMember().getId(), v.getChoice()));
    choices.keySet().retainAll(approvers);
    ApprovalTally tally = new ApprovalTally(minutes.getApprovalRule(), approvers, choices);
    audit.record("MINUTES_VOTE", "minutes", minutesId, choice + " round " + minutes.getRound());
    Set<Long> writers = callers.writers(minutes.getMeeting());
    switch (tally.outcome()) {
      case RETURNED -> {
        minutes.returnToDraft(
            votes.stream()
                .filter(v -> v.getChoice() == VoteChoice.REQUEST_CHANGES)
                .map(v -> v.getMember().getFullName() + " : " + v.getComment())
                .collect(Collectors.joining("\n")));
        audit.record("MINUTES_RETURNED", "minutes", minutesId, "round " + minutes.getRound());
        searchOutbox.changed(MinutesSearchSource.KIND, minutesId);
        notifications.send(
            Notice.of("notice.minutesReturned", link(minutes), minutes.getMeeting().getTitle()),
            writers,
            me);
      }
      case APPROVED -> {
        minutes.approve(clock.instant());
        audit.record("MINUTES_APPROVED", "minutes", minutesId, minutes.getFingerprint());
        searchOutbox.changed(MinutesSearchSource.KIND, minutesId);
        notifications.send(
            Notice.of("notice.minutesApproved", link(minutes), minutes.getMeeting().getTitle()),
            writers,
            me);
      }
      case PENDING -> {
        // the round goes on
      }
    }
    return minutes.getStatus();
  }

  /** Opens a correction of approved minutes: a new draft edition starting from their text. */
  public long amend(long minutesId) {
    var signed = callers.require();
    Minutes approved = em.find(Minutes.class, minutesId, LockModeType.PESSIMISTIC_WRITE);
    if (approved == null
        || !callers.to(approved.getMeeting(), signed.caller()).reads(approved.getStatus())) {
      throw new NotFoundException();
    }
    if (!callers.to(approved.getMeeting(), signed.caller()).writes()) {
      throw new AccessDeniedException();
    }
    List<Minutes> editions =
        em.createNamedQuery("Minutes.ofMeeting", Minutes.class)
            .setParameter("meetingId", approved.getMeeting().getId())
            .getResultList();
    if (!editions.get(0).equals(approved)) {
      throw new DomainException("minutes.amend.notLatest");
    }
    Minutes amendment = approved.amend();
    em.persist(amendment);
    em.flush();
    MinutesRevision first =
        amendment.write(
            approved.getHead().text(),
            null,
            RevisionKind.AMENDMENT,
            signed.member(),
            clock.instant(),
            null);
    em.persist(first);
    audit.record("MINUTES_AMENDED", "minutes", amendment.getId(), "amends " + minutesId);
    searchOutbox.changed(MinutesSearchSource.KIND, amendment.getId());
    return amendment.getId();
  }

  private Minutes lockedForWriter(long minutesId, MinutesCallers.Signed signed) {
    Minutes minutes = em.find(Minutes.class, minutesId, LockModeType.PESSIMISTIC_WRITE);
    if (minutes == null) {
      throw new NotFoundException();
    }
    MinutesAccess rights = callers.to(minutes.getMeeting(), signed.caller());
    if (!rights.reads(minutes.getStatus())) {
      throw new NotFoundException();
    }
    if (!rights.writes()) {
      throw new AccessDeniedException();
    }
    return minutes;
  }

  private List<ApprovalVote> votes(Minutes minutes) {
    return new java.util.ArrayList<>(
        em.createNamedQuery("ApprovalVote.ofRound", ApprovalVote.class)
            .setParameter("minutesId", minutes.getId())
            .setParameter("round", minutes.getRound())
            .getResultList());
  }

  static String link(Minutes minutes) {
    return "/minutes/view.xhtml?id=" + minutes.getId();
  }
}
