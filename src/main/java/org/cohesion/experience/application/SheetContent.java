package org.cohesion.experience.application;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * A sheet as it reads: the working copy, or a publication as it was published (this record is what
 * a publication stores, as JSON). Names are resolved when it is built, so a published version does
 * not change when a member or a territory is renamed later; themes keep both labels.
 */
public record SheetContent(
    long sheetId,
    int number,
    String title,
    String groupName,
    List<ThemeLabel> themes,
    String territory,
    String audience,
    LocalDate periodStart,
    LocalDate periodEnd,
    String projectOwner,
    String partners,
    String contact,
    List<String> authors,
    List<PartText> parts,
    BigDecimal budgetTotal,
    List<FundingLine> fundings,
    BigDecimal unfunded,
    List<MomentLine> keyMoments,
    List<IndicatorLine> indicators,
    boolean withGrid,
    boolean demo)
    implements Serializable {

  public record ThemeLabel(long id, String fr, String en) implements Serializable {
    public String label(Locale locale) {
      return "en".equals(locale.getLanguage()) && en != null ? en : fr;
    }
  }

  /** A written part: its name (an enum name of {@code Part}) and text. */
  public record PartText(String part, String text) implements Serializable {}

  public record FundingLine(String funder, String label, BigDecimal amount, BigDecimal percent)
      implements Serializable {}

  public record MomentLine(LocalDate date, String label) implements Serializable {}

  public record IndicatorLine(
      String label,
      String value,
      String period,
      String source,
      String observatoryIndicator,
      String territory)
      implements Serializable {}

  /** The text of one part, empty when not written. */
  public String text(String part) {
    return parts.stream()
        .filter(p -> p.part().equals(part))
        .map(PartText::text)
        .findFirst()
        .orElse("");
  }

  /** The funder's amount, or null: comparisons line budgets up by funder. */
  public BigDecimal funding(String funder) {
    return fundings.stream()
        .filter(f -> f.funder().equals(funder))
        .map(FundingLine::amount)
        .reduce(BigDecimal::add)
        .orElse(null);
  }

  public String themeLabels(Locale locale) {
    return String.join(", ", themes.stream().map(t -> t.label(locale)).toList());
  }
}
