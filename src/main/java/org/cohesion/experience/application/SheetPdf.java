package org.cohesion.experience.application;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A {@link SheetDocument} as an accessible PDF (PDF/UA): tagged, in the reader's language, titled,
 * with DejaVu Sans embedded from the war (a free font, so the file reads the same everywhere and
 * nothing depends on the fonts installed on the server). The page is built as XHTML with jsoup,
 * which escapes every text, and laid out by openhtmltopdf.
 */
final class SheetPdf {

  private static final String FONT = "DejaVu Sans";
  private static final String FONTS = "/org/cohesion/experience/fonts/";

  private static final String STYLE =
      "@page { size: A4; margin: 2cm; @bottom-center { content: counter(page) ' / '"
          + " counter(pages); font-family: '"
          + FONT
          + "'; font-size: 9pt; } }"
          + " * { font-family: '"
          + FONT
          + "'; font-style: normal; }"
          + " body { font-size: 10.5pt; line-height: 1.4; }"
          + " article + article { page-break-before: always; }"
          + " h1 { font-size: 18pt; margin-bottom: 2pt; } h2 { font-size: 13pt;"
          + " border-bottom: 1px solid #999; margin-top: 14pt; } h3 { font-size: 11pt; }"
          + " .note { color: #444; } .notice { border: 1px solid #999; padding: 6pt; }"
          + " th { text-align: left; font-weight: bold; }"
          + " table { border-collapse: collapse; width: 100%; }"
          + " td, th { border: 1px solid #bbb; padding: 3px 6px; vertical-align: top; }"
          + " table.facts th { width: 30%; }";

  private SheetPdf() {}

  static byte[] render(SheetDocument document) {
    Document doc = Jsoup.parse("<html><head></head><body></body></html>");
    doc.expectFirst("html").attr("lang", document.locale().getLanguage());
    doc.head().appendElement("meta").attr("charset", "UTF-8");
    doc.head().appendElement("title").text(safe(document.title()));
    // PDF/UA wants a description besides the title; openhtmltopdf takes it from this meta.
    doc.head()
        .appendElement("meta")
        .attr("name", "subject")
        .attr("content", safe(document.subject()));
    doc.head().appendElement("style").appendText(STYLE);
    Element body = doc.body();
    if (document.notice() != null) {
      body.appendElement("p").addClass("notice").text(safe(document.notice()));
    }
    for (SheetDocument.Sheet sheet : document.sheets()) {
      Element article = body.appendElement("article");
      article.appendElement("h1").text(safe(sheet.title()));
      article.appendElement("p").addClass("note").text(safe(sheet.note()));
      Element facts = article.appendElement("table").addClass("facts");
      for (SheetDocument.Fact fact : sheet.facts()) {
        Element row = facts.appendElement("tr");
        row.appendElement("th").attr("scope", "row").text(safe(fact.label()));
        row.appendElement("td").text(safe(fact.value()));
      }
      for (SheetDocument.Chapter chapter : sheet.chapters()) {
        article.appendElement("h2").text(safe(chapter.heading()));
        for (SheetDocument.Block block : chapter.blocks()) {
          append(article, block);
        }
      }
    }
    doc.outputSettings().syntax(Document.OutputSettings.Syntax.xml);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      PdfRendererBuilder builder = new PdfRendererBuilder();
      builder.useFastMode();
      builder.usePdfUaAccessbility(true);
      builder.useFont(() -> font("DejaVuSans.ttf"), FONT, 400, FontStyle.NORMAL, true);
      builder.useFont(() -> font("DejaVuSans-Bold.ttf"), FONT, 700, FontStyle.NORMAL, true);
      builder.withW3cDocument(new W3CDom().fromJsoup(doc), "/");
      builder.toStream(out);
      builder.run();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static void append(Element article, SheetDocument.Block block) {
    if (block instanceof SheetDocument.Paragraph p) {
      article.appendElement("p").text(safe(p.text()));
    } else if (block instanceof SheetDocument.Subheading h) {
      article.appendElement("h3").text(safe(h.text()));
    } else if (block instanceof SheetDocument.Items items) {
      Element list = article.appendElement("ul");
      items.items().forEach(i -> list.appendElement("li").text(safe(i)));
    } else if (block instanceof SheetDocument.Table t) {
      Element table = article.appendElement("table");
      Element head = table.appendElement("thead").appendElement("tr");
      t.headers().forEach(h -> head.appendElement("th").attr("scope", "col").text(safe(h)));
      Element rows = table.appendElement("tbody");
      for (var row : t.rows()) {
        Element tr = rows.appendElement("tr");
        row.forEach(cell -> tr.appendElement("td").text(safe(cell)));
      }
    }
  }

  private static String safe(String text) {
    return SheetDocument.xmlSafe(text);
  }

  private static InputStream font(String file) {
    InputStream in = SheetPdf.class.getResourceAsStream(FONTS + file);
    if (in == null) {
      throw new IllegalStateException("font missing from the war: " + file);
    }
    return in;
  }
}
