package org.cohesion.network.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import org.cohesion.platform.search.Audience;
import org.cohesion.platform.search.NativeEntries;
import org.cohesion.platform.search.SearchEntry;
import org.cohesion.platform.search.SearchSource;

/**
 * Members of the network for search: the directory reads every member's profile to any signed-in
 * member ({@link MemberDirectory}), so a member's entry is for the network; the email address is
 * not indexed.
 */
@ApplicationScoped
public class MemberSearchSource implements SearchSource {
  public static final String KIND = "member";

  private static final String SELECT =
      "SELECT m.id, m.full_name, m.organisation, m.job_title, m.town,"
          + " (SELECT MIN(t.label_fr) FROM member_theme mt JOIN theme t ON t.id = mt.theme_id"
          + " WHERE mt.member_id = m.id)"
          + " FROM member m";
  private static final NativeEntries ROWS =
      new NativeEntries(SELECT, "m.id", MemberSearchSource::entry);

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

  private static SearchEntry entry(Object[] r) {
    long id = ((Number) r[0]).longValue();
    StringJoiner text = new StringJoiner(" · ");
    for (int i = 2; i <= 4; i++) {
      if (r[i] != null && !((String) r[i]).isBlank()) {
        text.add((String) r[i]);
      }
    }
    return new SearchEntry(
        KIND,
        id,
        (String) r[1],
        text.toString(),
        "member.xhtml?id=" + id,
        Set.of(Audience.NETWORK),
        (String) r[5],
        null,
        (String) r[4],
        null,
        null);
  }
}
