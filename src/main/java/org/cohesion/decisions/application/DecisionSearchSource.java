package org.cohesion.decisions.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.cohesion.platform.search.Audience;
import org.cohesion.platform.search.NativeEntries;
import org.cohesion.platform.search.SearchEntry;
import org.cohesion.platform.search.SearchSource;
import org.cohesion.platform.security.Caller;

/**
 * Decisions for search, with {@code DecisionAccess.canRead}'s rule: a public decision is for the
 * network, any other for the body's seats, staff and administrators. The caller's seats give their
 * {@code body:<id>} tokens (a body's meetings and minutes use them too).
 */
@ApplicationScoped
public class DecisionSearchSource implements SearchSource {
  public static final String KIND = "decision";

  private static final String SELECT =
      "SELECT d.id, d.number, d.title, d.text, d.public_decision, d.body_id, b.name_fr,"
          + " d.decision_type, d.year,"
          + " (SELECT MIN(t.label_fr) FROM decision_theme dt JOIN theme t ON t.id = dt.theme_id"
          + " WHERE dt.decision_id = d.id)"
          + " FROM decision d JOIN body b ON b.id = d.body_id";
  private static final NativeEntries ROWS =
      new NativeEntries(SELECT, "d.id", DecisionSearchSource::entry);

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

  @Override
  public Set<String> tokensOf(Caller caller) {
    Set<String> tokens = new LinkedHashSet<>();
    for (Object id :
        em.createNativeQuery("SELECT body_id FROM body_seat WHERE member_id = ?1")
            .setParameter(1, caller.memberId())
            .getResultList()) {
      tokens.add(Audience.body(((Number) id).longValue()));
    }
    return tokens;
  }

  /** Who reads all of a body's business (its non-public decisions, its meetings and minutes). */
  public static Set<String> audienceOfBody(long bodyId) {
    return Set.of(Audience.body(bodyId), Audience.STAFF, Audience.ADMINISTRATORS);
  }

  private static SearchEntry entry(Object[] r) {
    long id = ((Number) r[0]).longValue();
    boolean isPublic = r[4] instanceof Boolean b ? b : ((Number) r[4]).intValue() != 0;
    long bodyId = ((Number) r[5]).longValue();
    return new SearchEntry(
        KIND,
        id,
        r[1] + " · " + r[2],
        (String) r[3],
        "decisions/decision.xhtml?id=" + id,
        isPublic ? Set.of(Audience.NETWORK) : audienceOfBody(bodyId),
        (String) r[9],
        "decisionType." + r[7],
        null,
        ((Number) r[8]).intValue(),
        (String) r[6]);
  }
}
