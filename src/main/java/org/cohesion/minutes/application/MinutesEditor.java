package org.cohesion.minutes.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.cohesion.decisions.domain.AgendaItem;
import org.cohesion.decisions.domain.Meeting;
import org.cohesion.minutes.domain.MergeResult;
import org.cohesion.minutes.domain.Minutes;
import org.cohesion.minutes.domain.MinutesAccess;
import org.cohesion.minutes.domain.MinutesRevision;
import org.cohesion.minutes.domain.MinutesStatus;
import org.cohesion.minutes.domain.MinutesText;
import org.cohesion.minutes.domain.RevisionKind;
import org.cohesion.minutes.domain.RevisionSummary;
import org.cohesion.minutes.domain.Section;
import org.cohesion.minutes.domain.ThreeWayMerge;
import org.cohesion.platform.audit.AuditLog;
import org.cohesion.platform.domain.AccessDeniedException;
import org.cohesion.platform.domain.DomainException;
import org.cohesion.platform.domain.NotFoundException;
import org.cohesion.platform.search.SearchOutbox;

/**
 * Co-writing the minutes. Every save is a new revision. A save based on an older revision than the
 * latest is merged paragraph by paragraph with what was saved in between ({@link ThreeWayMerge});
 * when both touched the same paragraphs nothing is written and the author gets their text back with
 * the conflicts. Saves of one edition are serialised by a row lock on it, so that two nodes never
 * both write "revision n+1".
 */
@ApplicationScoped
@Transactional
public class MinutesEditor {

  /** An editor is "here" when it reported in within this time (editors report every 5 s). */
  static final Duration PRESENCE_WINDOW = Duration.ofSeconds(15);

  @PersistenceContext EntityManager em;
  @Inject SearchOutbox searchOutbox;
  @Inject MinutesCallers callers;
  @Inject AuditLog audit;
  @Inject Clock clock;

  /** The head of an edition, as the editor starts from it. */
  public record Draft(
      long minutesId, int headNumber, MinutesText text, MinutesStatus status, MinutesAccess access)
      implements java.io.Serializable {}

  /**
   * Starts the minutes of a meeting: edition 1, with one section per agenda item. Returns the
   * existing latest edition when there is one already.
   */
  public long start(long meetingId) {
    var signed = callers.require();
    Meeting meeting = callers.visibleMeeting(meetingId, signed.caller());
    requireWriter(callers.to(meeting, signed.caller()));
    List<Minutes> editions =
        em.createNamedQuery("Minutes.ofMeeting", Minutes.class)
            .setParameter("meetingId", meetingId)
            .setLockMode(LockModeType.PESSIMISTIC_WRITE)
            .getResultList();
    if (!editions.isEmpty()) {
      return editions.get(0).getId();
    }
    Minutes minutes = Minutes.firstOf(meeting);
    em.persist(minutes);
    em.flush();
    MinutesRevision first =
        minutes.write(
            withAgenda(MinutesText.empty(), meeting),
            null,
            RevisionKind.CREATED,
            signed.member(),
            clock.instant(),
            null);
    em.persist(first);
    audit.record("MINUTES_STARTED", "minutes", minutes.getId(), "meeting " + meetingId);
    searchOutbox.changed(MinutesSearchSource.KIND, minutes.getId());
    return minutes.getId();
  }

  /** The latest text, with a section for every agenda item added since it was written. */
  public Draft open(long minutesId) {
    var signed = callers.require();
    Minutes minutes = callers.readableMinutes(minutesId, signed.caller());
    MinutesAccess rights = callers.to(minutes.getMeeting(), signed.caller());
    MinutesText text = minutes.getHead().text();
    if (minutes.getStatus() == MinutesStatus.DRAFT) {
      text = withAgenda(text, minutes.getMeeting());
    }
    return new Draft(minutesId, minutes.getHead().getNumber(), text, minutes.getStatus(), rights);
  }

  /** Saves the author's text, started from revision {@code baseNumber}. See {@link SaveOutcome}. */
  public SaveOutcome save(long minutesId, int baseNumber, MinutesText mine, String summary) {
    var signed = callers.require();
    Minutes minutes = em.find(Minutes.class, minutesId, LockModeType.PESSIMISTIC_WRITE);
    if (minutes == null) {
      throw new NotFoundException();
    }
    MinutesAccess rights = callers.to(minutes.getMeeting(), signed.caller());
    if (!rights.reads(minutes.getStatus())) {
      throw new NotFoundException();
    }
    requireWriter(rights);
    minutes.requireDraft();
    MinutesRevision head = minutes.getHead();
    MinutesRevision base = revision(minutesId, baseNumber);
    Instant now = clock.instant();
    if (base.getNumber() == head.getNumber()) {
      if (mine.equals(head.text())) {
        return new SaveOutcome(SaveOutcome.Kind.UNCHANGED, head.getNumber(), mine, List.of());
      }
      MinutesRevision saved =
          minutes.write(mine, baseNumber, RevisionKind.EDIT, signed.member(), now, summary);
      em.persist(saved);
      searchOutbox.changed(MinutesSearchSource.KIND, minutesId);
      return new SaveOutcome(SaveOutcome.Kind.SAVED, saved.getNumber(), mine, List.of());
    }
    MergeResult merge = ThreeWayMerge.merge(base.text(), mine, head.text());
    if (!merge.clean()) {
      audit.record("MINUTES_CONFLICT", "minutes", minutesId, "base " + baseNumber);
      return new SaveOutcome(
          SaveOutcome.Kind.CONFLICT, head.getNumber(), merge.merged(), merge.conflicts());
    }
    if (merge.merged().equals(head.text())) {
      return new SaveOutcome(
          SaveOutcome.Kind.UNCHANGED, head.getNumber(), merge.merged(), List.of());
    }
    MinutesRevision saved =
        minutes.write(
            merge.merged(), baseNumber, RevisionKind.MERGE, signed.member(), now, summary);
    em.persist(saved);
    searchOutbox.changed(MinutesSearchSource.KIND, minutesId);
    return new SaveOutcome(SaveOutcome.Kind.MERGED, saved.getNumber(), merge.merged(), List.of());
  }

  /** The revisions of an edition: for members only, even when the whole network reads the text. */
  public List<RevisionSummary> history(long minutesId) {
    var signed = callers.require();
    requireHistoryReader(minutesId, signed);
    return em.createNamedQuery("MinutesRevision.history", RevisionSummary.class)
        .setParameter("minutesId", minutesId)
        .getResultList();
  }

  public MinutesText text(long minutesId, int number) {
    var signed = callers.require();
    requireHistoryReader(minutesId, signed);
    return revision(minutesId, number).text();
  }

  /** Brings an old revision back as the latest one (the history keeps everything). */
  public int restore(long minutesId, int number) {
    var signed = callers.require();
    Minutes minutes = em.find(Minutes.class, minutesId, LockModeType.PESSIMISTIC_WRITE);
    if (minutes == null || !callers.to(minutes.getMeeting(), signed.caller()).seesMeeting()) {
      throw new NotFoundException();
    }
    requireWriter(callers.to(minutes.getMeeting(), signed.caller()));
    MinutesRevision old = revision(minutesId, number);
    MinutesRevision restored =
        minutes.write(
            old.text(),
            minutes.getHead().getNumber(),
            RevisionKind.RESTORE,
            signed.member(),
            clock.instant(),
            "#" + number);
    em.persist(restored);
    audit.record("MINUTES_RESTORED", "minutes", minutesId, "revision " + number);
    searchOutbox.changed(MinutesSearchSource.KIND, minutesId);
    return restored.getNumber();
  }

  /**
   * The editor reports in, and learns who else has these minutes open. Kept in the database so that
   * editors on different nodes see each other.
   */
  public List<String> present(long minutesId) {
    var signed = callers.require();
    Minutes minutes = callers.readableMinutes(minutesId, signed.caller());
    Instant now = clock.instant();
    em.createNativeQuery(
            "INSERT INTO minutes_presence (minutes_id, member_id, seen_at) VALUES (?, ?, ?)"
                + " ON DUPLICATE KEY UPDATE seen_at = VALUES(seen_at)")
        .setParameter(1, minutes.getId())
        .setParameter(2, signed.member().getId())
        .setParameter(3, Timestamp.from(now))
        .executeUpdate();
    List<?> names =
        em.createNativeQuery(
                "SELECT m.full_name FROM minutes_presence p JOIN member m ON m.id = p.member_id"
                    + " WHERE p.minutes_id = ? AND p.member_id <> ? AND p.seen_at > ?"
                    + " ORDER BY m.full_name")
            .setParameter(1, minutes.getId())
            .setParameter(2, signed.member().getId())
            .setParameter(3, Timestamp.from(now.minus(PRESENCE_WINDOW)))
            .getResultList();
    List<String> result = new ArrayList<>();
    names.forEach(n -> result.add(String.valueOf(n)));
    return result;
  }

  private MinutesRevision revision(long minutesId, int number) {
    return em.createNamedQuery("MinutesRevision.find", MinutesRevision.class)
        .setParameter("minutesId", minutesId)
        .setParameter("number", number)
        .getResultStream()
        .findFirst()
        .orElseThrow(() -> new DomainException("minutes.revision.unknown", number));
  }

  static MinutesText withAgenda(MinutesText text, Meeting meeting) {
    List<Section> sections = new ArrayList<>(text.sections());
    boolean added = false;
    for (AgendaItem item : meeting.getAgenda()) {
      if (text.section(item.getKey()).isEmpty()) {
        sections.add(new Section(item.getKey(), item.getTitle(), List.of()));
        added = true;
      }
    }
    return added ? MinutesText.of(sections) : text;
  }

  private void requireHistoryReader(long minutesId, MinutesCallers.Signed signed) {
    Minutes minutes = callers.readableMinutes(minutesId, signed.caller());
    if (!callers.to(minutes.getMeeting(), signed.caller()).readsHistory()) {
      throw new AccessDeniedException();
    }
  }

  private static void requireWriter(MinutesAccess rights) {
    if (!rights.writes()) {
      throw new AccessDeniedException();
    }
  }
}
