package org.cohesion.experience.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.text.Collator;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cohesion.experience.domain.Budget;
import org.cohesion.experience.domain.ExperienceSheet;
import org.cohesion.experience.domain.Funding;
import org.cohesion.experience.domain.Part;
import org.cohesion.experience.domain.SheetPart;
import org.cohesion.experience.domain.SheetPublication;
import org.cohesion.observation.domain.Indicator;
import org.cohesion.observation.domain.Territory;
import org.cohesion.tools.domain.Concept;

/**
 * Builds a sheet's {@link SheetContent} from its rows, and writes and reads the JSON a publication
 * keeps. Reads only, inside the caller's transaction (or none).
 */
@ApplicationScoped
public class SheetContents {

  @PersistenceContext EntityManager em;

  // One provider lookup for the application's life: JsonbBuilder.create scans the class path, and a
  // Jsonb is thread-safe and holds no data.
  private final Jsonb jsonb = JsonbBuilder.create();

  /** The texts of the sheet's parts, by part (absent when never written). */
  public Map<Part, SheetPart> parts(long sheetId) {
    Map<Part, SheetPart> parts = new EnumMap<>(Part.class);
    for (SheetPart p :
        em.createNamedQuery("SheetPart.ofSheet", SheetPart.class)
            .setParameter("sheetId", sheetId)
            .getResultList()) {
      parts.put(p.getPart(), p);
    }
    return parts;
  }

  public static Map<Part, String> texts(Map<Part, SheetPart> parts) {
    Map<Part, String> texts = new EnumMap<>(Part.class);
    parts.forEach((k, v) -> texts.put(k, v.getBody()));
    return texts;
  }

  /** The working copy as it reads now. */
  public SheetContent of(ExperienceSheet sheet, int number) {
    Map<Part, SheetPart> parts = parts(sheet.getId());
    List<SheetContent.ThemeLabel> themes = new ArrayList<>();
    for (Long id : sheet.getThemeIds()) {
      Concept c = em.find(Concept.class, id);
      if (c != null) {
        themes.add(new SheetContent.ThemeLabel(id, c.getPrefFr(), c.getPrefEn()));
      }
    }
    // The authors in one statement, in the order of their names (a set of ids has none).
    List<String> authors =
        sheet.getAuthorIds().isEmpty()
            ? new ArrayList<>()
            : new ArrayList<>(
                em.createQuery("SELECT m.fullName FROM Member m WHERE m.id IN :ids", String.class)
                    .setParameter("ids", sheet.getAuthorIds())
                    .getResultList());
    authors.sort(Collator.getInstance(Locale.FRENCH));
    List<SheetContent.PartText> texts = new ArrayList<>();
    for (Part part : Part.of(sheet.isWithGrid())) {
      SheetPart p = parts.get(part);
      texts.add(new SheetContent.PartText(part.name(), p == null ? "" : p.getBody()));
    }
    Budget budget = sheet.budget();
    List<SheetContent.FundingLine> fundings = new ArrayList<>();
    for (Funding f : budget.shares()) {
      fundings.add(
          new SheetContent.FundingLine(
              f.getFunder().name(), f.getLabel(), f.getAmount(), budget.percent(f.getAmount())));
    }
    List<SheetContent.IndicatorLine> indicators =
        sheet.getIndicators().stream()
            .map(
                i ->
                    new SheetContent.IndicatorLine(
                        i.getLabel(),
                        i.getValue(),
                        i.getPeriod(),
                        i.getSource(),
                        i.getIndicatorId() == null
                            ? null
                            : labelOf(em.find(Indicator.class, i.getIndicatorId())),
                        territoryName(i.getTerritoryId())))
            .toList();
    return new SheetContent(
        sheet.getId(),
        number,
        sheet.getTitle(),
        sheet.getGroup().getName(),
        themes,
        territoryName(sheet.getTerritoryId()),
        sheet.getAudience() == null ? null : sheet.getAudience().name(),
        sheet.getPeriodStart(),
        sheet.getPeriodEnd(),
        sheet.getProjectOwner(),
        sheet.getPartners(),
        sheet.getContact(),
        authors,
        texts,
        budget.total(),
        fundings,
        budget.unfunded(),
        sheet.getKeyMoments().stream()
            .map(k -> new SheetContent.MomentLine(k.getOnDate(), k.getLabel()))
            .toList(),
        indicators,
        sheet.isWithGrid(),
        sheet.isDemo());
  }

  private static String labelOf(Indicator indicator) {
    return indicator == null ? null : indicator.getLabelFr();
  }

  private String territoryName(Long id) {
    if (id == null) {
      return null;
    }
    Territory t = em.find(Territory.class, id);
    return t == null ? null : t.getName();
  }

  public String json(SheetContent content) {
    return jsonb.toJson(content);
  }

  public SheetContent read(SheetPublication publication) {
    return jsonb.fromJson(publication.getContent(), SheetContent.class);
  }
}
