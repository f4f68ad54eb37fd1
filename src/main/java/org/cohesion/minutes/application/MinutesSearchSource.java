package org.cohesion.minutes.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.cohesion.minutes.domain.MinutesStatus;
import org.cohesion.platform.search.Audience;
import org.cohesion.platform.search.NativeEntries;
import org.cohesion.platform.search.SearchEntry;
import org.cohesion.platform.search.SearchSource;
import org.cohesion.workspace.application.GroupSearchSource;
import org.cohesion.workspace.domain.Visibility;
import org.jsoup.Jsoup;

/**
 * Each edition of the minutes for search, with {@code MinutesAccess.reads}: a draft or submitted
 * edition is for those who see the meeting; an approved one also for every member when its group is
 * visible to the network. The text searched is the head revision's, without its markup.
 */
@ApplicationScoped
public class MinutesSearchSource implements SearchSource {
  public static final String KIND = "minutes";

  private static final String SELECT =
      "SELECT mi.id, mt.title, mi.status, mi.edition, r.content, mt.group_id, mt.body_id,"
          + " COALESCE(g.name, b.name_fr), g.visibility, YEAR(mt.starts_at), t.label_fr"
          + " FROM minutes mi JOIN meeting mt ON mt.id = mi.meeting_id"
          + " LEFT JOIN minutes_revision r ON r.id = mi.head_revision_id"
          + " LEFT JOIN working_group g ON g.id = mt.group_id"
          + " LEFT JOIN theme t ON t.id = g.theme_id LEFT JOIN body b ON b.id = mt.body_id";
  private static final NativeEntries ROWS =
      new NativeEntries(SELECT, "mi.id", MinutesSearchSource::entry);

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

  /** A group's visibility decides who reads its approved minutes; a meeting's title shows. */
  @Override
  public List<Long> affectedBy(String kind, long id) {
    String sql =
        switch (kind) {
          case GroupSearchSource.KIND ->
              "SELECT mi.id FROM minutes mi JOIN meeting mt ON mt.id = mi.meeting_id"
                  + " WHERE mt.group_id = ?1";
          case MeetingSearchSource.KIND -> "SELECT id FROM minutes WHERE meeting_id = ?1";
          default -> null;
        };
    if (sql == null) {
      return List.of();
    }
    return em.createNativeQuery(sql).setParameter(1, id).getResultList().stream()
        .map(n -> ((Number) n).longValue())
        .toList();
  }

  private static SearchEntry entry(Object[] r) {
    long id = ((Number) r[0]).longValue();
    MinutesStatus status = MinutesStatus.valueOf((String) r[2]);
    Long groupId = MeetingSearchSource.longOrNull(r[5]);
    Long bodyId = MeetingSearchSource.longOrNull(r[6]);
    // Approved minutes of a network group are read by every member; anything else as the meeting.
    boolean networkGroup = groupId != null && Visibility.NETWORK.name().equals(r[8]);
    Set<String> audience =
        status == MinutesStatus.APPROVED && networkGroup
            ? Set.of(Audience.NETWORK)
            : MeetingSearchSource.audienceOfMeeting(groupId, bodyId);
    String html = (String) r[4];
    return new SearchEntry(
        KIND,
        id,
        (String) r[1],
        html == null ? "" : Jsoup.parse(html).text(),
        "minutes/view.xhtml?id=" + id,
        audience,
        (String) r[10],
        "minutesStatus." + status.name(),
        null,
        r[9] == null ? null : ((Number) r[9]).intValue(),
        (String) r[7]);
  }
}
