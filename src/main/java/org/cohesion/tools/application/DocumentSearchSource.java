package org.cohesion.tools.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.cohesion.platform.search.Audience;
import org.cohesion.platform.search.SearchEntry;
import org.cohesion.platform.search.SearchSource;
import org.cohesion.tools.domain.Confidentiality;

/**
 * Documents for search, with {@code DocumentAccess.canRead}'s rule: a group's document kept to the
 * group is for its members and the administrators, any other for every signed-in member (search
 * serves no one anonymous). The text is that of the latest version's file with the description and
 * the subjects' labels in both languages, so a word inside the PDF or a subject finds it. The
 * caller's group tokens come from the workspace's source.
 */
@ApplicationScoped
public class DocumentSearchSource implements SearchSource {
  public static final String KIND = "document";

  @Inject Documents documents;

  @Override
  public String kind() {
    return KIND;
  }

  @Override
  public Optional<SearchEntry> entry(long id) {
    return documents.forIndex(id).map(DocumentSearchSource::entry);
  }

  @Override
  public List<SearchEntry> entries(long afterId, int limit) {
    return documents.forIndex(afterId, limit).stream().map(DocumentSearchSource::entry).toList();
  }

  /** Who may read a document, as audience tokens. */
  static Set<String> audience(IndexedDocument d) {
    if (d.confidentiality() == Confidentiality.GROUP && d.groupId() != null) {
      return Set.of(Audience.group(d.groupId()), Audience.ADMINISTRATORS);
    }
    return Set.of(Audience.NETWORK);
  }

  static SearchEntry entry(IndexedDocument d) {
    StringBuilder text = new StringBuilder();
    if (d.description() != null && !d.description().isBlank()) {
      text.append(d.description()).append('\n');
    }
    d.subjectLabels().forEach(label -> text.append(label).append('\n'));
    text.append(d.text() == null ? "" : d.text());
    String link = d.url().startsWith("/") ? d.url().substring(1) : d.url();
    return new SearchEntry(
        KIND,
        d.id(),
        d.title(),
        text.toString(),
        link,
        audience(d),
        d.subjectLabels().isEmpty() ? null : d.subjectLabels().get(0),
        "documentType." + d.type().name(),
        d.territories().isEmpty() ? null : d.territories().get(0),
        d.year(),
        d.groupName());
  }
}
