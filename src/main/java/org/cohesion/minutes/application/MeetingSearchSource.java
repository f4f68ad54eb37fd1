package org.cohesion.minutes.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.cohesion.decisions.application.DecisionSearchSource;
import org.cohesion.decisions.application.Meetings;
import org.cohesion.platform.search.Audience;
import org.cohesion.platform.search.NativeEntries;
import org.cohesion.platform.search.SearchEntry;
import org.cohesion.platform.search.SearchSource;
import org.cohesion.workspace.application.GroupSearchSource;

/**
 * Meetings for search, with {@code MinutesAccess.seesMeeting}'s rule: a group's meeting is for its
 * members and the administrators, a body's for its seats, staff and administrators. The agenda's
 * titles are searched with the meeting.
 */
@ApplicationScoped
public class MeetingSearchSource implements SearchSource {
  public static final String KIND = Meetings.SEARCH_KIND;

  private static final String SELECT =
      "SELECT m.id, m.title, m.place, m.group_id, m.body_id, COALESCE(g.name, b.name_fr),"
          + " YEAR(m.starts_at), t.label_fr,"
          + " (SELECT GROUP_CONCAT(a.title ORDER BY a.position SEPARATOR ' · ') FROM agenda_item a"
          + " WHERE a.meeting_id = m.id)"
          + " FROM meeting m LEFT JOIN working_group g ON g.id = m.group_id"
          + " LEFT JOIN theme t ON t.id = g.theme_id LEFT JOIN body b ON b.id = m.body_id";
  private static final NativeEntries ROWS =
      new NativeEntries(SELECT, "m.id", MeetingSearchSource::entry);

  @PersistenceContext EntityManager em;

  @Override
  public String kind() {
    return KIND;
  }

  @Override
  public Optional<SearchEntry> entry(long id) {
    return ROWS.one(em, id);
  }

  @Override
  public List<SearchEntry> entries(long afterId, int limit) {
    return ROWS.page(em, afterId, limit);
  }

  /** A group's name or theme shows on its meetings. */
  @Override
  public List<Long> affectedBy(String kind, long id) {
    if (!GroupSearchSource.KIND.equals(kind)) {
      return List.of();
    }
    return em
        .createNativeQuery("SELECT id FROM meeting WHERE group_id = ?1")
        .setParameter(1, id)
        .getResultList()
        .stream()
        .map(n -> ((Number) n).longValue())
        .toList();
  }

  /** Who sees a meeting and reads its drafts. */
  static Set<String> audienceOfMeeting(Long groupId, Long bodyId) {
    return groupId != null
        ? Set.of(Audience.group(groupId), Audience.ADMINISTRATORS)
        : DecisionSearchSource.audienceOfBody(bodyId);
  }

  static Long longOrNull(Object n) {
    return n == null ? null : ((Number) n).longValue();
  }

  private static SearchEntry entry(Object[] r) {
    long id = ((Number) r[0]).longValue();
    String agenda = (String) r[8];
    String place = (String) r[2];
    String text = (place == null ? "" : place) + (agenda == null ? "" : " · " + agenda);
    return new SearchEntry(
        KIND,
        id,
        (String) r[1],
        text,
        "meetings/meeting.xhtml?id=" + id,
        audienceOfMeeting(longOrNull(r[3]), longOrNull(r[4])),
        (String) r[7],
        null,
        null,
        r[6] == null ? null : ((Number) r[6]).intValue(),
        (String) r[5]);
  }
}
