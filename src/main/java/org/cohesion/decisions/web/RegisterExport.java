package org.cohesion.decisions.web;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.cohesion.decisions.domain.Decision;
import org.cohesion.platform.web.Messages;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * The "relevé de décisions" as files: CSV the way French spreadsheets open it (UTF-8 with a BOM,
 * {@code ;} separators) and a PDF table. The decisions were read, with the caller's rights checked,
 * by {@code DecisionRegister.export}.
 */
final class RegisterExport {

  private RegisterExport() {}

  static StreamedContent csv(List<Decision> decisions, Locale locale, String name) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (OutputStreamWriter writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        CSVPrinter csv =
            new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setDelimiter(';').get())) {
      writer.write('\uFEFF');
      csv.printRecord(
          t(locale, "decision.number"),
          t(locale, "decision.date"),
          t(locale, "decision.body"),
          t(locale, "decision.titleField"),
          t(locale, "decision.text"),
          t(locale, "decision.type"),
          t(locale, "decision.unanimous"),
          t(locale, "decision.votesFor"),
          t(locale, "decision.votesAgainst"),
          t(locale, "decision.abstentions"),
          t(locale, "decision.themes"),
          t(locale, "decision.public"),
          t(locale, "decision.responsible"),
          t(locale, "decision.due"),
          t(locale, "decision.status"),
          t(locale, "decision.corrected"));
      for (Decision d : decisions) {
        csv.printRecord(
            d.getNumber(),
            d.getHeldOn(),
            d.getBody().getCode(),
            cell(d.getTitle()),
            cell(d.getText()),
            t(locale, "decisionType." + d.getType()),
            d.isUnanimous(),
            d.getVotesFor(),
            d.getVotesAgainst(),
            d.getAbstentions(),
            d.themeList(),
            d.isPublicDecision(),
            d.getResponsible() == null ? "" : cell(d.getResponsible().getFullName()),
            d.getDueOn() == null ? "" : d.getDueOn(),
            t(locale, "followUp." + d.getStatus()),
            d.isCorrected());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return file(out.toByteArray(), "text/csv; charset=UTF-8", name + ".csv");
  }

  static StreamedContent pdf(List<Decision> decisions, Locale locale, String title, String name) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document document = new Document(PageSize.A4.rotate(), 30, 30, 30, 30);
    try {
      PdfWriter.getInstance(document, out);
      document.open();
      Font heading = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 14);
      Font small = FontFactory.getFont(FontFactory.HELVETICA, 8);
      Font bold = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 8);
      Paragraph p = new Paragraph(title, heading);
      p.setAlignment(Element.ALIGN_CENTER);
      p.setSpacingAfter(12);
      document.add(p);
      PdfPTable table = new PdfPTable(new float[] {9, 7, 30, 9, 10, 12, 8, 8});
      table.setWidthPercentage(100);
      table.setHeaderRows(1);
      for (String key :
          List.of(
              "decision.number",
              "decision.date",
              "decision.titleField",
              "decision.type",
              "decision.vote",
              "decision.responsible",
              "decision.due",
              "decision.status")) {
        table.addCell(new PdfPCell(new Phrase(t(locale, key), bold)));
      }
      DateTimeFormatter dates =
          DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT).withLocale(locale);
      for (Decision d : decisions) {
        table.addCell(new Phrase(d.getNumber(), small));
        table.addCell(new Phrase(dates.format(d.getHeldOn()), small));
        table.addCell(new Phrase(d.getTitle() + "\n" + d.getText(), small));
        table.addCell(new Phrase(t(locale, "decisionType." + d.getType()), small));
        table.addCell(
            new Phrase(
                d.isUnanimous()
                    ? t(locale, "decision.unanimousShort")
                    : Messages.text(
                        locale,
                        "decision.voteSummary",
                        d.getVotesFor(),
                        d.getVotesAgainst(),
                        d.getAbstentions()),
                small));
        table.addCell(
            new Phrase(d.getResponsible() == null ? "" : d.getResponsible().getFullName(), small));
        table.addCell(new Phrase(d.getDueOn() == null ? "" : dates.format(d.getDueOn()), small));
        table.addCell(new Phrase(t(locale, "followUp." + d.getStatus()), small));
      }
      document.add(table);
    } catch (DocumentException e) {
      throw new IllegalStateException("The PDF could not be written", e);
    } finally {
      document.close();
    }
    return file(out.toByteArray(), "application/pdf", name + ".pdf");
  }

  /**
   * A text typed by a person, made safe for spreadsheets: a leading =, +, - or @ would be read as a
   * formula, so it is quoted.
   */
  static String cell(String text) {
    if (text != null && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
      return "'" + text;
    }
    return text;
  }

  private static StreamedContent file(byte[] bytes, String type, String name) {
    return DefaultStreamedContent.builder()
        .name(name)
        .contentType(type)
        .contentLength((long) bytes.length)
        .stream(() -> new ByteArrayInputStream(bytes))
        .build();
  }

  private static String t(Locale locale, String key) {
    return Messages.text(locale, key);
  }
}
