package org.cohesion.observation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.cohesion.platform.search.Audience;
import org.cohesion.platform.search.NativeEntries;
import org.cohesion.platform.search.SearchEntry;
import org.cohesion.platform.search.SearchSource;

/**
 * Indicators and territories for search: network data, which every signed-in member reads ({@code
 * ObservationAccess.canRead}).
 */
public final class ObservationSearchSources {
  private ObservationSearchSources() {}

  static String param(Object value) {
    return URLEncoder.encode(String.valueOf(value), StandardCharsets.UTF_8);
  }

  /** The indicators: both labels, the definition and the source are searched. */
  @ApplicationScoped
  public static class Indicators implements SearchSource {
    public static final String KIND = "indicator";
    private static final String SELECT =
        "SELECT id, code, label_fr, label_en, definition, source, theme FROM indicator";
    private static final NativeEntries ROWS = new NativeEntries(SELECT, "id", Indicators::entry);

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
      StringBuilder text = new StringBuilder();
      for (int i = 3; i <= 5; i++) {
        if (r[i] != null) {
          text.append(r[i]).append(' ');
        }
      }
      return new SearchEntry(
          KIND,
          ((Number) r[0]).longValue(),
          (String) r[2],
          text.toString().strip(),
          "observation/indicator.xhtml?code=" + param(r[1]),
          Set.of(Audience.NETWORK),
          (String) r[6],
          null,
          null,
          null,
          null);
    }
  }

  /** The territories, by name and code, with their level as the type. */
  @ApplicationScoped
  public static class Territories implements SearchSource {
    public static final String KIND = "territory";
    private static final String SELECT = "SELECT id, code, name, level FROM territory";
    private static final NativeEntries ROWS = new NativeEntries(SELECT, "id", Territories::entry);

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
      return new SearchEntry(
          KIND,
          ((Number) r[0]).longValue(),
          (String) r[2],
          (String) r[1],
          "observation/territory.xhtml?code=" + param(r[1]),
          Set.of(Audience.NETWORK),
          null,
          "territoryLevel." + r[3],
          (String) r[2],
          null,
          null);
    }
  }
}
