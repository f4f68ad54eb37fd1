package org.cohesion.experience.application;

import java.math.BigDecimal;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.cohesion.experience.domain.Part;

/**
 * What an export says, in the reader's language, before it is laid out: the PDF and the ODT are two
 * layouts of this one text, so both hold the same parts, budget and indicators as the sheet's page.
 */
record SheetDocument(
    String title, String subject, String notice, Locale locale, List<Sheet> sheets) {

  record Sheet(String title, String note, List<Fact> facts, List<Chapter> chapters) {}

  record Fact(String label, String value) {}

  record Chapter(String heading, List<Block> blocks) {}

  sealed interface Block permits Paragraph, Subheading, Items, Table {}

  record Paragraph(String text) implements Block {}

  record Subheading(String text) implements Block {}

  record Items(List<String> items) implements Block {}

  /** A table whose first row holds the column headers. */
  record Table(List<String> headers, List<List<String>> rows) implements Block {}

  /**
   * @param leftOut sheets of the selection the caller may not read: the file says so on its first
   *     page, since a download leaves the page it was asked from as it was
   */
  /** One sheet to lay out: its content and the titles of the attachments its reader may read. */
  record Source(SheetContent content, List<String> attachments) {}

  static SheetDocument of(List<Source> sources, List<Long> leftOut, Locale locale) {
    List<SheetContent> contents = sources.stream().map(Source::content).toList();
    ResourceBundle msg = ResourceBundle.getBundle("messages", locale);
    String notice =
        leftOut.isEmpty()
            ? null
            : MessageFormat.format(
                msg.getString("experience.export.leftOut"),
                String.join(", ", leftOut.stream().map(String::valueOf).toList()));
    String title =
        contents.size() == 1
            ? contents.get(0).title()
            : MessageFormat.format(msg.getString("experience.export.packTitle"), contents.size());
    return new SheetDocument(
        title,
        msg.getString("section.experience") + " — Cohésion",
        notice,
        locale,
        sources.stream().map(c -> sheet(c, msg, locale)).toList());
  }

  private static Sheet sheet(Source source, ResourceBundle msg, Locale locale) {
    SheetContent c = source.content();
    DateTimeFormatter dates =
        DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
    String note =
        (c.demo() ? msg.getString("demo.badge") + " — " : "")
            + (c.number() == 0
                ? msg.getString("experience.workingCopy")
                : msg.getString("experience.version") + " " + c.number());
    List<Fact> facts = new ArrayList<>();
    facts.add(new Fact(msg.getString("experience.group"), c.groupName()));
    facts.add(new Fact(msg.getString("experience.field.themes"), c.themeLabels(locale)));
    facts.add(new Fact(msg.getString("experience.field.territory"), c.territory()));
    facts.add(
        new Fact(
            msg.getString("experience.field.audience"),
            c.audience() == null ? null : msg.getString("experience.audience." + c.audience())));
    facts.add(
        new Fact(
            msg.getString("experience.period"),
            c.periodStart() == null && c.periodEnd() == null
                ? null
                : date(c.periodStart(), dates) + " – " + date(c.periodEnd(), dates)));
    facts.add(new Fact(msg.getString("experience.field.projectOwner"), c.projectOwner()));
    facts.add(new Fact(msg.getString("experience.field.partners"), c.partners()));
    facts.add(new Fact(msg.getString("experience.authors"), String.join(", ", c.authors())));
    facts.add(new Fact(msg.getString("experience.field.contact"), c.contact()));
    List<Fact> shown =
        facts.stream().filter(f -> f.value() != null && !f.value().isBlank()).toList();

    List<Chapter> chapters = new ArrayList<>();
    for (SheetContent.PartText part : c.parts()) {
      List<Block> blocks = new ArrayList<>(paragraphs(part.text()));
      if (Part.ACTIONS.name().equals(part.part()) && !c.keyMoments().isEmpty()) {
        blocks.add(new Subheading(msg.getString("experience.keyMoments")));
        blocks.add(
            new Items(
                c.keyMoments().stream()
                    .map(m -> date(m.date(), dates) + " — " + m.label())
                    .toList()));
      }
      if (Part.RESULTS.name().equals(part.part()) && !c.indicators().isEmpty()) {
        blocks.add(
            new Table(
                List.of(
                    msg.getString("experience.indicator.label"),
                    msg.getString("experience.indicator.value"),
                    msg.getString("experience.indicator.period"),
                    msg.getString("experience.indicator.source")),
                c.indicators().stream()
                    .map(
                        i ->
                            List.of(
                                text(i.label()),
                                text(i.value()),
                                text(i.period()),
                                text(i.source())))
                    .toList()));
      }
      chapters.add(new Chapter(msg.getString(Part.valueOf(part.part()).labelKey()), blocks));
    }
    NumberFormat amounts = NumberFormat.getNumberInstance(locale);
    amounts.setMinimumFractionDigits(2);
    amounts.setMaximumFractionDigits(2);
    List<List<String>> budget = new ArrayList<>();
    for (SheetContent.FundingLine f : c.fundings()) {
      budget.add(
          List.of(
              msg.getString("experience.funder." + f.funder())
                  + (f.label() == null ? "" : " (" + f.label() + ")"),
              money(f.amount(), amounts),
              f.percent() == null ? "" : f.percent().toPlainString() + " %"));
    }
    budget.add(
        List.of(msg.getString("experience.budget.unfunded"), money(c.unfunded(), amounts), ""));
    budget.add(
        List.of(msg.getString("experience.budget.total"), money(c.budgetTotal(), amounts), ""));
    chapters.add(
        new Chapter(
            msg.getString("experience.budget"),
            List.of(
                new Table(
                    List.of(
                        msg.getString("experience.funder"),
                        msg.getString("experience.amount"),
                        "%"),
                    budget))));
    if (!source.attachments().isEmpty()) {
      chapters.add(
          new Chapter(
              msg.getString("experience.attachments"), List.of(new Items(source.attachments()))));
    }
    return new Sheet(c.title(), note, shown, chapters);
  }

  /** A part's plain text, one paragraph per line as the page shows it (pre-wrap). */
  private static List<Paragraph> paragraphs(String text) {
    return Arrays.stream(text == null ? new String[0] : text.split("\\R"))
        .map(String::strip)
        .filter(l -> !l.isEmpty())
        .map(Paragraph::new)
        .toList();
  }

  private static String date(LocalDate date, DateTimeFormatter format) {
    return date == null ? "…" : format.format(date);
  }

  private static String money(BigDecimal amount, NumberFormat format) {
    return amount == null ? "" : format.format(amount) + " €";
  }

  /**
   * The text without the control characters XML 1.0 cannot hold (a pasted form feed would otherwise
   * make the whole file unreadable).
   */
  static String xmlSafe(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(s.length());
    s.codePoints()
        .filter(
            c ->
                c == 0x9
                    || c == 0xA
                    || c == 0xD
                    || (c >= 0x20 && (c < 0xD800 || c > 0xDFFF) && c != 0xFFFE && c != 0xFFFF))
        .forEach(out::appendCodePoint);
    return out.toString();
  }

  private static String text(String s) {
    return s == null ? "" : s;
  }
}
