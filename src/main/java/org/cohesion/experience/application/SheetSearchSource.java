package org.cohesion.experience.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.cohesion.experience.domain.ExperienceSheet;
import org.cohesion.experience.domain.SheetPublication;
import org.cohesion.platform.search.Audience;
import org.cohesion.platform.search.SearchEntry;
import org.cohesion.platform.search.SearchSource;
import org.cohesion.platform.security.Caller;

/**
 * Experience sheets in the header search: the latest publication of each published sheet (drafts
 * are found in their group's list, not in search), with an audience that says in tokens what {@code
 * SheetAccess.canReadPublished} says in rules.
 */
@ApplicationScoped
public class SheetSearchSource implements SearchSource {

  public static final String KIND = "experience";

  @PersistenceContext EntityManager em;
  @jakarta.inject.Inject SheetContents contents;

  /** The members of the groups of one coordinators' network. */
  public static String coordinators(long networkId) {
    return "coordinators:" + networkId;
  }

  @Override
  public String kind() {
    return KIND;
  }

  /** Who may find a publication of this sheet, by its current confidentiality. */
  public static Set<String> audience(ExperienceSheet sheet) {
    Set<String> tokens = new LinkedHashSet<>();
    tokens.add(Audience.ADMINISTRATORS);
    tokens.add(Audience.group(sheet.getGroup().getId()));
    switch (sheet.getConfidentiality()) {
      case PUBLIC, NETWORK -> tokens.add(Audience.NETWORK);
      case COORDINATORS -> {
        tokens.add(Audience.STAFF);
        tokens.add(coordinators(sheet.getNetworkId()));
      }
      case GROUP -> {}
    }
    return tokens;
  }

  @Override
  public Optional<SearchEntry> entry(long id) {
    ExperienceSheet sheet = em.find(ExperienceSheet.class, id);
    if (sheet == null || sheet.getPublishedNumber() == 0) {
      return Optional.empty();
    }
    return em.createNamedQuery("SheetPublication.latestOf", SheetPublication.class)
        .setParameter("sheetId", id)
        .getResultStream()
        .findFirst()
        .map(p -> entryOf(sheet, p));
  }

  private SearchEntry entryOf(ExperienceSheet sheet, SheetPublication publication) {
    SheetContent content = contents.read(publication);
    String text =
        content.parts().stream()
            .map(SheetContent.PartText::text)
            .filter(t -> !t.isBlank())
            .collect(Collectors.joining("\n"));
    return new SearchEntry(
        KIND,
        sheet.getId(),
        publication.getTitle(),
        text,
        "experience/sheet.xhtml?id=" + sheet.getId(),
        audience(sheet),
        content.themes().isEmpty() ? null : content.themes().get(0).label(Locale.FRENCH),
        null,
        content.territory(),
        publication.getYear(),
        content.groupName());
  }

  @Override
  public List<SearchEntry> entries(long afterId, int limit) {
    return em
        .createQuery(
            "SELECT p FROM SheetPublication p JOIN FETCH p.sheet s WHERE p.latest = TRUE"
                + " AND s.id > :after ORDER BY s.id",
            SheetPublication.class)
        .setParameter("after", afterId)
        .setMaxResults(limit)
        .getResultList()
        .stream()
        .map(p -> entryOf(p.getSheet(), p))
        .toList();
  }

  @Override
  public Set<String> tokensOf(Caller caller) {
    if (caller.memberId() == null) {
      return Set.of();
    }
    Set<String> tokens = new LinkedHashSet<>();
    em.createQuery("SELECT ms.group.id FROM Membership ms WHERE ms.member.id = :m", Long.class)
        .setParameter("m", caller.memberId())
        .getResultList()
        .forEach(g -> tokens.add(Audience.group(g)));
    em.createNamedQuery("CoordinationNetwork.idsOfMember", Long.class)
        .setParameter("memberId", caller.memberId())
        .getResultList()
        .forEach(n -> tokens.add(coordinators(n)));
    return tokens;
  }

  @Override
  public List<Long> affectedBy(String kind, long id) {
    // A group's sheets keep their audience whatever the group's visibility: nothing to redo.
    return List.of();
  }
}
