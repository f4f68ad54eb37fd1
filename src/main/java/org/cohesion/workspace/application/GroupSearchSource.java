package org.cohesion.workspace.application;

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
import org.cohesion.workspace.domain.Visibility;

/**
 * Working groups for search, with {@code GroupAccess.canSee}'s rule: a network group is known to
 * every member, a members-only one to its members and the administrators only. The caller's groups
 * give their {@code group:<id>} tokens, which the minutes and meetings of those groups use too.
 */
@ApplicationScoped
public class GroupSearchSource implements SearchSource {
  public static final String KIND = "group";

  private static final String SELECT =
      "SELECT g.id, g.name, g.description, g.visibility, g.slug, t.label_fr, YEAR(g.created_at)"
          + " FROM working_group g JOIN theme t ON t.id = g.theme_id";
  private static final NativeEntries ROWS =
      new NativeEntries(SELECT, "g.id", GroupSearchSource::entry);

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
        em.createNativeQuery("SELECT group_id FROM membership WHERE member_id = ?1")
            .setParameter(1, caller.memberId())
            .getResultList()) {
      tokens.add(Audience.group(((Number) id).longValue()));
    }
    return tokens;
  }

  /** Who may know that a group exists, as audience tokens (its minutes and meetings use it too). */
  public static Set<String> audienceOfGroup(long groupId, boolean visibleToNetwork) {
    return visibleToNetwork
        ? Set.of(Audience.NETWORK)
        : Set.of(Audience.group(groupId), Audience.ADMINISTRATORS);
  }

  private static SearchEntry entry(Object[] r) {
    long id = ((Number) r[0]).longValue();
    String name = (String) r[1];
    boolean network = Visibility.NETWORK.name().equals(r[3]);
    return new SearchEntry(
        KIND,
        id,
        name,
        (String) r[2],
        "group.xhtml?id=" + r[4],
        audienceOfGroup(id, network),
        (String) r[5],
        null,
        null,
        r[6] == null ? null : ((Number) r[6]).intValue(),
        name);
  }
}
