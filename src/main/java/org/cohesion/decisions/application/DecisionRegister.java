package org.cohesion.decisions.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.cohesion.decisions.domain.Decision;
import org.cohesion.decisions.domain.DecisionAccess;
import org.cohesion.decisions.domain.DecisionNumber;
import org.cohesion.decisions.domain.FollowUpStatus;
import org.cohesion.decisions.domain.Meeting;
import org.cohesion.decisions.domain.QuorumRule;
import org.cohesion.decisions.domain.RegisterEntry;
import org.cohesion.network.domain.Body;
import org.cohesion.network.domain.Member;
import org.cohesion.network.domain.Theme;
import org.cohesion.platform.audit.AuditLog;
import org.cohesion.platform.domain.AccessDeniedException;
import org.cohesion.platform.domain.Constraints;
import org.cohesion.platform.domain.DomainException;
import org.cohesion.platform.domain.NotFoundException;
import org.cohesion.platform.domain.Page;
import org.cohesion.platform.search.SearchOutbox;
import org.cohesion.platform.security.PlatformRole;

/**
 * The decision register: recording decisions at a meeting, correcting them, following them up, and
 * reading them back with filters. Every change appends an entry to the body's hash chain and
 * updates the decision's current view in the same transaction; the body's row is locked while the
 * entry takes its place, so two writers never fork a chain.
 */
@ApplicationScoped
@Transactional
public class DecisionRegister {
  /** The network's calendar: "overdue" is judged by the date in Martinique. */
  public static final ZoneId ZONE = ZoneId.of("America/Martinique");

  /** The longest follow-up note, for the checks here and the decision page's fields. */
  public static final int MAX_NOTE = 5000;

  @PersistenceContext EntityManager em;
  @Inject SearchOutbox searchOutbox;
  @Inject DecisionCallers callers;
  @Inject AuditLog audit;
  @Inject Clock clock;
  @Inject Validator validator;
  @Inject RegisterChain chain;

  public LocalDate today() {
    return LocalDate.ofInstant(clock.instant(), ZONE);
  }

  /** The number the next decision of this meeting's body and year would take. */
  public int nextSeq(long meetingId) {
    DecisionAccess access = callers.require().access();
    Meeting meeting = meeting(meetingId);
    if (!access.canReadAllOf(meeting.getBody().getId())) {
      throw new NotFoundException();
    }
    return maxSeq(meeting.getBody().getId(), meeting.getHeldOn().getYear()) + 1;
  }

  /** Records a decision taken at a meeting; answers its number (e.g. CA-2008-03). */
  public String record(long meetingId, DecisionForm draft) {
    var signed = callers.require();
    Constraints.check(validator, draft);
    Meeting meeting = meeting(meetingId);
    long bodyId = meeting.getBody().getId();
    if (!signed.access().canRecordIn(bodyId)) {
      throw new DomainException("decision.notBoardMember");
    }
    Body body = lock(bodyId);
    int year = meeting.getHeldOn().getYear();
    int seq = draft.getSeq() == null ? maxSeq(bodyId, year) + 1 : draft.getSeq();
    String number = new DecisionNumber(body.getCode(), year, seq).toString();
    if (!em.createNamedQuery("Decision.findByNumber", Decision.class)
        .setParameter("number", number)
        .getResultList()
        .isEmpty()) {
      throw new DomainException("decision.number.used", number);
    }
    Instant now = now();
    Decision decision =
        Decision.take(meeting, seq, draft.content(), themes(draft), responsible(draft), now);
    em.persist(decision);
    append(RegisterEntry.content(decision, null, signed.caller().memberId(), now));
    audit.record("DECISION_RECORDED", "decision", number, null);
    if (decision.getId() == null) {
      em.flush();
    }
    searchOutbox.changed(DecisionSearchSource.KIND, decision.getId());
    return number;
  }

  /** A correction: a new entry referencing the corrected one; the register shows both. */
  public void correct(long decisionId, DecisionForm draft) {
    var signed = callers.require();
    Constraints.check(validator, draft);
    Decision decision = readable(decisionId, signed.access());
    if (!signed.access().canRecordIn(decision.getBody().getId())) {
      throw new AccessDeniedException();
    }
    lock(decision.getBody().getId());
    RegisterEntry corrected = lastContentEntry(decision.getNumber());
    decision.correct(draft.content(), themes(draft), responsible(draft));
    Instant now = now();
    append(RegisterEntry.content(decision, corrected, signed.caller().memberId(), now));
    audit.record("DECISION_CORRECTED", "decision", decision.getNumber(), null);
    searchOutbox.changed(DecisionSearchSource.KIND, decision.getId());
  }

  public void addNote(long decisionId, String note) {
    var signed = callers.require();
    Decision decision = readable(decisionId, signed.access());
    requireFollowUp(signed.access(), decision);
    String text = note == null ? null : note.strip();
    if (text == null || text.isEmpty()) {
      throw new DomainException("decision.note.required");
    }
    if (text.length() > MAX_NOTE) {
      throw new DomainException("field.tooLong");
    }
    lock(decision.getBody().getId());
    append(RegisterEntry.note(decision, text, signed.caller().memberId(), now()));
    audit.record("DECISION_NOTE", "decision", decision.getNumber(), null);
  }

  public void changeStatus(long decisionId, FollowUpStatus status, String note) {
    var signed = callers.require();
    Decision decision = readable(decisionId, signed.access());
    requireFollowUp(signed.access(), decision);
    String text = note == null || note.isBlank() ? null : note.strip();
    if (text != null && text.length() > MAX_NOTE) {
      throw new DomainException("field.tooLong");
    }
    lock(decision.getBody().getId());
    decision.moveTo(status);
    append(RegisterEntry.status(decision, text, signed.caller().memberId(), now()));
    audit.record("DECISION_STATUS", "decision", decision.getNumber(), status.name());
  }

  public DecisionView open(long decisionId) {
    var signed = callers.require();
    Decision decision = readable(decisionId, signed.access());
    long bodyId = decision.getBody().getId();
    List<RegisterEntry> history =
        em.createNamedQuery("RegisterEntry.historyOf", RegisterEntry.class)
            .setParameter("number", decision.getNumber())
            .getResultList();
    decision.getThemes().size();
    return new DecisionView(
        decision,
        history,
        signed.access().canFollowUp(bodyId),
        signed.access().canRecordIn(bodyId),
        signed.access().canReadAllOf(bodyId),
        decision.isOverdue(today()));
  }

  /** The names of the people who wrote these entries or are responsible in them. */
  public Map<Long, String> namesOf(List<RegisterEntry> entries) {
    callers.require();
    Set<Long> ids = new java.util.HashSet<>();
    entries.forEach(
        e -> {
          ids.add(e.getRecordedBy());
          if (e.getResponsibleId() != null) {
            ids.add(e.getResponsibleId());
          }
        });
    Map<Long, String> names = new HashMap<>();
    if (!ids.isEmpty()) {
      em.createQuery("SELECT m.id, m.fullName FROM Member m WHERE m.id IN :ids", Object[].class)
          .setParameter("ids", ids)
          .getResultList()
          .forEach(r -> names.put((Long) r[0], (String) r[1]));
    }
    return names;
  }

  /** The decisions of one meeting (approved minutes list them). */
  public List<Decision> ofMeeting(long meetingId) {
    var signed = callers.require();
    Meeting meeting = meeting(meetingId);
    if (!signed.access().canReadAllOf(meeting.getBody().getId())) {
      throw new NotFoundException();
    }
    return em.createNamedQuery("Decision.listOfMeeting", Decision.class)
        .setParameter("meetingId", meetingId)
        .getResultList();
  }

  /**
   * The decisions taken at a meeting, as the caller may read them: the meeting's minutes list them.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<Decision> takenAt(long meetingId) {
    // DecisionAccess.canRead, in the statement itself (public, or the caller is staff, an
    // administrator or sits on the body): one statement for a minutes page, no read of the seats.
    var caller = callers.caller();
    boolean seesAll = caller.has(PlatformRole.STAFF) || caller.isAdministrator();
    return em.createQuery(
            "SELECT d FROM Decision d JOIN FETCH d.body b LEFT JOIN FETCH d.responsible WHERE"
                + " d.meeting.id = :meetingId AND (d.publicDecision = TRUE OR :seesAll = TRUE OR"
                + " EXISTS (SELECT s FROM BodySeat s WHERE s.body = b AND s.member.id = :me))"
                + " ORDER BY d.seq",
            Decision.class)
        .setParameter("meetingId", meetingId)
        .setParameter("seesAll", seesAll)
        .setParameter("me", caller.memberId())
        .getResultList();
  }

  /**
   * The register's page in one read without a transaction (nothing is written), ten statements with
   * the caller's: the bodies the caller sits on, the counts by status and the overdue by
   * responsible in one (their sum is the total, so no count of its own), the first {@code size}
   * decisions' ids then their rows, the bodies, the meetings with their quorum counted in the same
   * statement, the years and the themes. However many decisions there are, the same statements.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public RegisterView page(RegisterFilter filter, int size) {
    var signed = callers.require();
    DecisionAccess access = signed.access();
    Query q = where(filter, access);
    FollowUpSummary summary = summary(q);
    long total = summary.byStatus().values().stream().mapToLong(Long::longValue).sum();
    List<Decision> first = decisions(q, 0, Math.min(Math.max(1, size), 500));
    List<Body> bodies = em.createNamedQuery("Body.listAll", Body.class).getResultList();
    List<Long> readable = bodies.stream().map(Body::getId).filter(access::canReadAllOf).toList();
    List<RegisterView.MeetingLine> meetings = new ArrayList<>();
    if (!readable.isEmpty()) {
      for (Object[] r :
          em.createQuery(
                  "SELECT m.id, m.startsAt, b.code, m.title, m.electorate, SUM(CASE WHEN"
                      + " a.presence = org.cohesion.decisions.domain.AttendanceStatus.PRESENT THEN"
                      + " 1 ELSE 0 END), SUM(CASE WHEN a.presence ="
                      + " org.cohesion.decisions.domain.AttendanceStatus.REPRESENTED THEN 1 ELSE 0"
                      + " END) FROM Meeting m JOIN m.body b LEFT JOIN m.attendance a WHERE b.id IN"
                      + " :bodyIds GROUP BY m.id, m.startsAt, b.code, m.title, m.electorate"
                      + " ORDER BY m.startsAt DESC, m.id DESC",
                  Object[].class)
              .setParameter("bodyIds", readable)
              .getResultList()) {
        int electorate = r[4] == null ? 0 : ((Number) r[4]).intValue();
        int present = r[5] == null ? 0 : ((Number) r[5]).intValue();
        int represented = r[6] == null ? 0 : ((Number) r[6]).intValue();
        meetings.add(
            new RegisterView.MeetingLine(
                (Long) r[0],
                ((java.time.LocalDateTime) r[1]).toLocalDate(),
                (String) r[2],
                (String) r[3],
                QuorumRule.forBody((String) r[2]).isMet(electorate, present, represented)));
      }
    }
    return new RegisterView(
        new Page<>(first, total),
        summary,
        meetings,
        bodies,
        bodies.stream().filter(b -> access.canRecordIn(b.getId())).toList(),
        em.createQuery("SELECT DISTINCT d.year FROM Decision d ORDER BY d.year DESC", Integer.class)
            .getResultList(),
        em.createQuery("SELECT t FROM Theme t ORDER BY t.position", Theme.class).getResultList(),
        today(),
        access.canVerify());
  }

  /**
   * One page of decisions in the register's order, in two statements: the page's ids first, then
   * their rows. Sorting whole rows (the text is a TEXT column, the order needs the body's position)
   * made MariaDB sort all of them in a temporary table on disk for 25 rows: over 10,000 decisions
   * that one statement was slower than the rest of the page (bench/register.sh); the ids sort
   * small.
   */
  private List<Decision> decisions(Query q, int first, int size) {
    TypedQuery<Long> page =
        em.createQuery(
            "SELECT d.id FROM Decision d"
                + q.where
                + " ORDER BY d.heldOn DESC, d.body.position, d.seq DESC",
            Long.class);
    q.params.forEach(page::setParameter);
    List<Long> ids = page.setFirstResult(Math.max(0, first)).setMaxResults(size).getResultList();
    if (ids.isEmpty()) {
      return List.of();
    }
    Map<Long, Decision> byId = new HashMap<>();
    em.createQuery(
            "SELECT d FROM Decision d JOIN FETCH d.body LEFT JOIN FETCH d.responsible"
                + " WHERE d.id IN :ids",
            Decision.class)
        .setParameter("ids", ids)
        .getResultList()
        .forEach(d -> byId.put(d.getId(), d));
    return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
  }

  /** One page of the register as the caller may read it, latest first. */
  public Page<Decision> search(RegisterFilter filter, int first, int max) {
    var signed = callers.require();
    int size = Math.min(Math.max(1, max), 500);
    Query q = where(filter, signed.access());
    TypedQuery<Long> count =
        em.createQuery("SELECT COUNT(d) FROM Decision d" + q.where, Long.class);
    q.params.forEach(count::setParameter);
    return new Page<>(decisions(q, first, size), count.getSingleResult());
  }

  /** Every decision matching the filter (for an export), up to 10,000. */
  public List<Decision> export(RegisterFilter filter) {
    var signed = callers.require();
    Query q = where(filter, signed.access());
    TypedQuery<Decision> list =
        em.createQuery(
            "SELECT d FROM Decision d JOIN FETCH d.body LEFT JOIN FETCH d.responsible"
                + q.where
                + " ORDER BY d.body.position, d.year, d.seq",
            Decision.class);
    q.params.forEach(list::setParameter);
    audit.record("REGISTER_EXPORTED", "register", null, null);
    return list.setMaxResults(10_000).getResultList();
  }

  /**
   * The counts by status and the overdue by responsible in one statement: grouped by status and
   * responsible, each group counting its overdue decisions too. The groups are few (five statuses
   * times the people responsible for something).
   */
  private FollowUpSummary summary(Query q) {
    TypedQuery<Object[]> groups =
        em.createQuery(
            "SELECT d.status, r.id, r.fullName, COUNT(d), SUM(CASE WHEN d.dueOn < :sumToday THEN 1"
                + " ELSE 0 END) FROM Decision d LEFT JOIN d.responsible r"
                + q.where
                + " GROUP BY d.status, r.id, r.fullName",
            Object[].class);
    q.params.forEach(groups::setParameter);
    groups.setParameter("sumToday", today());
    Map<FollowUpStatus, Long> counts = new EnumMap<>(FollowUpStatus.class);
    for (FollowUpStatus s : FollowUpStatus.values()) {
      counts.put(s, 0L);
    }
    Set<FollowUpStatus> open = Set.of(FollowUpStatus.TODO, FollowUpStatus.IN_PROGRESS);
    Map<Long, String> names = new HashMap<>();
    Map<Long, Long> overdue = new HashMap<>();
    for (Object[] r : groups.getResultList()) {
      FollowUpStatus status = (FollowUpStatus) r[0];
      counts.merge(status, ((Number) r[3]).longValue(), Long::sum);
      long late = r[4] == null ? 0 : ((Number) r[4]).longValue();
      if (r[1] != null && open.contains(status) && late > 0) {
        names.put((Long) r[1], (String) r[2]);
        overdue.merge((Long) r[1], late, Long::sum);
      }
    }
    List<FollowUpSummary.OverdueCount> late = new ArrayList<>();
    overdue.forEach((id, n) -> late.add(new FollowUpSummary.OverdueCount(id, names.get(id), n)));
    late.sort(
        java.util.Comparator.comparingLong(FollowUpSummary.OverdueCount::count)
            .reversed()
            .thenComparing(c -> c.fullName() == null ? "" : c.fullName()));
    return new FollowUpSummary(counts, late);
  }

  /** "My follow-ups": open decisions the caller is responsible for, soonest due first. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<Decision> myFollowUps() {
    // One's own follow-ups need no seat: the caller alone, no read of their bodies.
    return em.createNamedQuery("Decision.listFollowUpsOf", Decision.class)
        .setParameter("memberId", callers.caller().memberId())
        .setParameter("open", List.of(FollowUpStatus.TODO, FollowUpStatus.IN_PROGRESS))
        .getResultList();
  }

  public List<Theme> themes() {
    callers.require();
    return em.createQuery("SELECT t FROM Theme t ORDER BY t.position", Theme.class).getResultList();
  }

  private record Query(String where, Map<String, Object> params) {}

  private Query where(RegisterFilter f, DecisionAccess access) {
    List<String> clauses = new ArrayList<>();
    Map<String, Object> params = new HashMap<>();
    if (!access.seesAll()) {
      if (access.seatedBodyIds().isEmpty()) {
        clauses.add("d.publicDecision = TRUE");
      } else {
        clauses.add("(d.publicDecision = TRUE OR d.body.id IN :seated)");
        params.put("seated", List.copyOf(access.seatedBodyIds()));
      }
    }
    if (f != null) {
      if (f.getBodyId() != null) {
        clauses.add("d.body.id = :bodyId");
        params.put("bodyId", f.getBodyId());
      }
      if (f.getYear() != null) {
        clauses.add("d.year = :year");
        params.put("year", f.getYear());
      }
      if (f.getMeetingId() != null) {
        clauses.add("d.meeting.id = :meetingId");
        params.put("meetingId", f.getMeetingId());
      }
      if (f.getType() != null) {
        clauses.add("d.type = :type");
        params.put("type", f.getType());
      }
      if (f.getStatus() != null) {
        clauses.add("d.status = :status");
        params.put("status", f.getStatus());
      }
      if (f.getResponsibleId() != null) {
        clauses.add("d.responsible.id = :responsibleId");
        params.put("responsibleId", f.getResponsibleId());
      }
      if (f.getThemeCode() != null) {
        clauses.add(
            "d.id IN (SELECT d2.id FROM Decision d2 JOIN d2.themes t WHERE t.code = :theme)");
        params.put("theme", f.getThemeCode());
      }
      if (f.isOverdue()) {
        clauses.add("d.dueOn < :today AND d.status IN :open");
        params.put("today", today());
        params.put("open", List.of(FollowUpStatus.TODO, FollowUpStatus.IN_PROGRESS));
      }
      if (f.getText() != null) {
        String like =
            "%"
                + f.getText()
                    .toLowerCase(Locale.ROOT)
                    .replace("\\", "\\\\")
                    .replace("%", "\\%")
                    .replace("_", "\\_")
                + "%";
        clauses.add("(LOWER(d.title) LIKE :q OR LOWER(d.text) LIKE :q OR LOWER(d.number) LIKE :q)");
        params.put("q", like);
      }
    }
    return new Query(clauses.isEmpty() ? "" : " WHERE " + String.join(" AND ", clauses), params);
  }

  private void append(RegisterEntry entry) {
    chain.append(entry);
  }

  private RegisterEntry lastContentEntry(String number) {
    List<RegisterEntry> history =
        em.createNamedQuery("RegisterEntry.historyOf", RegisterEntry.class)
            .setParameter("number", number)
            .getResultList();
    RegisterEntry last = null;
    for (RegisterEntry e : history) {
      if (e.getTitle() != null) {
        last = e;
      }
    }
    return last;
  }

  private Body lock(long bodyId) {
    return chain.lock(bodyId);
  }

  private void requireFollowUp(DecisionAccess access, Decision decision) {
    if (!access.canFollowUp(decision.getBody().getId())) {
      throw new DomainException("decision.followUp.notBoardMember");
    }
  }

  private Decision readable(long decisionId, DecisionAccess access) {
    Decision decision = em.find(Decision.class, decisionId);
    if (decision == null || !access.canRead(decision)) {
      throw new NotFoundException();
    }
    return decision;
  }

  private Decision byNumber(String number) {
    return em.createNamedQuery("Decision.findByNumber", Decision.class)
        .setParameter("number", number)
        .getSingleResult();
  }

  private Meeting meeting(long meetingId) {
    Meeting meeting = em.find(Meeting.class, meetingId);
    if (meeting == null) {
      throw new NotFoundException();
    }
    return meeting;
  }

  private int maxSeq(long bodyId, int year) {
    Integer max =
        em.createNamedQuery("Decision.maxSeq", Integer.class)
            .setParameter("bodyId", bodyId)
            .setParameter("year", year)
            .getSingleResult();
    return max == null ? 0 : max;
  }

  private Set<Theme> themes(DecisionForm draft) {
    Set<Theme> themes = new LinkedHashSet<>();
    for (String code : draft.getThemeCodes()) {
      themes.add(
          em.createNamedQuery("Theme.findByCode", Theme.class)
              .setParameter("code", code)
              .getResultStream()
              .findFirst()
              .orElseThrow(() -> new DomainException("decision.theme.unknown")));
    }
    return themes;
  }

  private Member responsible(DecisionForm draft) {
    if (draft.getResponsibleId() == null) {
      return null;
    }
    Member member = em.find(Member.class, draft.getResponsibleId());
    if (member == null) {
      throw new DomainException("member.unknown");
    }
    return member;
  }

  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MILLIS);
  }
}
