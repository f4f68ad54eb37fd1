package org.cohesion.platform.search;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cohesion.platform.web.Messages;
import org.cohesion.platform.web.Parameters;
import org.cohesion.platform.web.UserLocale;
import org.omnifaces.util.Faces;

/**
 * The results page ({@code /search.xhtml?q=…&kind=…&p=2}): one list across kinds, the facets, and
 * plain links for every choice, so the page keeps no view state and the browser's back button
 * works. Only the page asked for is read from the index (20 hits).
 */
@Named
@RequestScoped
public class SearchPage {
  static final int PAGE_SIZE = 20;
  private static final int MAX_PAGE = 500;

  @Inject Search search;
  @Inject UserLocale locale;

  private String q;
  private int page;
  private final Map<String, String> filters = new LinkedHashMap<>();
  private SearchResults results;

  /** A facet as the page lists it. */
  public record FacetGroup(String name, String label, List<FacetLink> values) {}

  /** One value of a facet: the link adds it, or removes it when it is chosen. */
  public record FacetLink(String label, long count, String href, boolean selected) {}

  public String getQ() {
    read();
    return q;
  }

  public boolean isAsked() {
    return !getQ().isBlank();
  }

  public SearchResults getResults() {
    read();
    if (results == null) {
      results =
          search.search(
              new SearchQuery(q, filters, (page - 1) * PAGE_SIZE, PAGE_SIZE), locale.getLocale());
    }
    return results;
  }

  public int getPage() {
    read();
    return page;
  }

  public long getPages() {
    return (getResults().total() + PAGE_SIZE - 1) / PAGE_SIZE;
  }

  public long getFirstShown() {
    return getResults().total() == 0 ? 0 : (long) (page - 1) * PAGE_SIZE + 1;
  }

  public long getLastShown() {
    return Math.min(getResults().total(), (long) page * PAGE_SIZE);
  }

  public String getPreviousHref() {
    return page > 1 ? href(filters, page - 1) : null;
  }

  public String getNextHref() {
    return page < getPages() ? href(filters, page + 1) : null;
  }

  public boolean isFiltered() {
    read();
    return !filters.isEmpty();
  }

  public String getClearHref() {
    return href(Map.of(), 1);
  }

  public List<FacetGroup> getFacets() {
    List<FacetGroup> groups = new ArrayList<>();
    for (String name : SearchResults.FACETS) {
      List<SearchResults.Facet> values = getResults().facets().getOrDefault(name, List.of());
      if (values.isEmpty()) {
        continue;
      }
      List<FacetLink> links = new ArrayList<>();
      for (SearchResults.Facet facet : values) {
        boolean selected = facet.value().equals(filters.get(name));
        Map<String, String> next = new LinkedHashMap<>(filters);
        if (selected) {
          next.remove(name);
        } else {
          next.put(name, facet.value());
        }
        links.add(
            new FacetLink(label(name, facet.value()), facet.count(), href(next, 1), selected));
      }
      groups.add(new FacetGroup(name, Messages.text("search.facet." + name), links));
    }
    return groups;
  }

  /** The kind's name, as shown beside each hit. */
  public String kindLabel(String kind) {
    return label("kind", kind);
  }

  static String label(String facet, String value) {
    return switch (facet) {
      case "kind" -> Messages.text("search.kind." + value);
      // A type is written as the key of its label (decisionType.BUDGET, minutesStatus.DRAFT).
      case "type" -> Messages.text(value);
      default -> value;
    };
  }

  private String href(Map<String, String> chosen, int toPage) {
    StringBuilder url =
        new StringBuilder(Faces.getRequestContextPath()).append("/search.xhtml?q=").append(enc(q));
    chosen.forEach((name, value) -> url.append('&').append(name).append('=').append(enc(value)));
    if (toPage > 1) {
      url.append("&p=").append(toPage);
    }
    return url.toString();
  }

  private static String enc(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  private void read() {
    if (q != null) {
      return;
    }
    String text = Parameters.bounded("q", Faces.getRequestParameter("q"), SearchQuery.MAX_LENGTH);
    q = text == null ? "" : text.strip();
    for (String name : SearchResults.FACETS) {
      String value = Parameters.bounded(name, Faces.getRequestParameter(name));
      if (value != null && !value.isBlank()) {
        filters.put(name, value);
      }
    }
    page = 1;
    String p = Parameters.bounded("p", Faces.getRequestParameter("p"), 4);
    if (p != null) {
      try {
        page = Math.max(1, Math.min(MAX_PAGE, Integer.parseInt(p)));
      } catch (NumberFormatException e) {
        page = 1;
      }
    }
  }
}
