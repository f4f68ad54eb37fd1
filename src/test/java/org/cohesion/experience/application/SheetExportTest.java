package org.cohesion.experience.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.cohesion.experience.application.SheetExport.Format;
import org.junit.jupiter.api.Test;
import org.odftoolkit.odfdom.doc.OdfTextDocument;
import org.odftoolkit.odfdom.incubator.doc.text.OdfEditableTextExtractor;
import org.w3c.dom.NodeList;

/** The exports read back with the libraries a reader's tools use: PDFBox and ODF Toolkit. */
class SheetExportTest {

  private static SheetDocument.Source sheet(long id, String title, String context) {
    return new SheetDocument.Source(content(id, title, context), List.of("Charte des médiateurs"));
  }

  private static SheetContent content(long id, String title, String context) {
    return new SheetContent(
        id,
        2,
        title,
        "Coordonnateurs CLSPD",
        List.of(new SheetContent.ThemeLabel(1, "Prévention de la délinquance", "Crime prevention")),
        "Le Lamentin",
        "YOUTH",
        LocalDate.of(2024, 1, 15),
        LocalDate.of(2024, 12, 20),
        "Ville du Lamentin",
        "Gendarmerie, CAF",
        "coordination@example.org",
        List.of("Léa Célestin", "Marc Éloi"),
        List.of(
            new SheetContent.PartText("CONTEXT", context + "\nDeuxième ligne du diagnostic."),
            new SheetContent.PartText("ACTIONS", "Maraudes de soirée\u0001 avec les éducateurs."),
            new SheetContent.PartText("RESULTS", "Moins d’incidents signalés.")),
        new BigDecimal("12000.00"),
        List.of(
            new SheetContent.FundingLine(
                "STATE", null, new BigDecimal("7000.00"), new BigDecimal("58.3")),
            new SheetContent.FundingLine(
                "OTHER", "Fondation Caraïbe", new BigDecimal("3000.00"), new BigDecimal("25"))),
        new BigDecimal("2000.00"),
        List.of(new SheetContent.MomentLine(LocalDate.of(2024, 3, 2), "Forum des quartiers")),
        List.of(
            new SheetContent.IndicatorLine(
                "Incidents signalés", "-18 %", "2024", "Gendarmerie", null, null)),
        false,
        true);
  }

  @Test
  void thePdfIsTaggedTitledInTheReadersLanguageWithItsFontsEmbeddedAndHoldsTheText()
      throws Exception {
    byte[] pdf =
        SheetExport.render(
            List.of(sheet(1, "Médiation nocturne à Lamentin", "Des rixes répétées près du bourg.")),
            List.of(),
            Format.PDF,
            Locale.FRENCH);
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      var catalog = doc.getDocumentCatalog();
      assertNotNull(catalog.getMarkInfo(), "no MarkInfo");
      assertTrue(catalog.getMarkInfo().isMarked(), "not marked as tagged");
      assertNotNull(catalog.getStructureTreeRoot(), "no structure tree");
      assertFalse(catalog.getStructureTreeRoot().getKids().isEmpty(), "empty structure tree");
      assertEquals("fr", catalog.getLanguage());
      assertEquals("Médiation nocturne à Lamentin", doc.getDocumentInformation().getTitle());
      assertNotNull(doc.getDocumentInformation().getSubject(), "no description (PDF/UA)");
      assertTrue(catalog.getViewerPreferences().displayDocTitle(), "title not displayed");
      assertNotNull(catalog.getMetadata(), "no XMP metadata");
      String xmp = new String(catalog.getMetadata().toByteArray(), "UTF-8");
      assertTrue(xmp.contains("pdfuaid"), "no PDF/UA identification in XMP");

      List<PDFont> fonts = new ArrayList<>();
      for (PDPage page : doc.getPages()) {
        for (COSName name : page.getResources().getFontNames()) {
          fonts.add(page.getResources().getFont(name));
        }
      }
      assertFalse(fonts.isEmpty());
      for (PDFont font : fonts) {
        assertTrue(font.isEmbedded(), font.getName() + " is not embedded");
        assertTrue(font.getName().contains("DejaVu"), font.getName() + " is not the bundled font");
      }

      String text = new PDFTextStripper().getText(doc);
      for (String expected :
          List.of(
              "Médiation nocturne à Lamentin",
              "Contexte",
              "Des rixes répétées près du bourg.",
              "Deuxième ligne du diagnostic.",
              "Forum des quartiers",
              "Incidents signalés",
              "Fondation Caraïbe",
              "Léa Célestin",
              "Charte des médiateurs",
              "Démonstration")) {
        assertTrue(text.contains(expected), "missing from the PDF: " + expected + "\n" + text);
      }
    }
  }

  @Test
  void aSelectionStartsEachSheetOnItsOwnPageUnderThePacksTitle() throws Exception {
    byte[] pdf =
        SheetExport.render(
            List.of(
                sheet(1, "Médiation nocturne", "Premier contexte."),
                sheet(2, "Accompagnement scolaire CLAS", "Second contexte.")),
            List.of(),
            Format.PDF,
            Locale.ENGLISH);
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      assertEquals("en", doc.getDocumentCatalog().getLanguage());
      assertTrue(doc.getDocumentInformation().getTitle().contains("2 sheets"));
      assertTrue(doc.getNumberOfPages() >= 2);
      PDFTextStripper second = new PDFTextStripper();
      second.setStartPage(doc.getNumberOfPages());
      second.setEndPage(doc.getNumberOfPages());
      PDFTextStripper first = new PDFTextStripper();
      first.setStartPage(1);
      first.setEndPage(1);
      assertTrue(first.getText(doc).contains("Médiation nocturne"));
      assertFalse(first.getText(doc).contains("Accompagnement scolaire CLAS"));
      assertTrue(new PDFTextStripper().getText(doc).contains("Accompagnement scolaire CLAS"));
      assertTrue(new PDFTextStripper().getText(doc).contains("Context"));
    }
  }

  @Test
  void theOdtOpensWithOdfToolkitAndHoldsTheParts() throws Exception {
    byte[] odt =
        SheetExport.render(
            List.of(
                sheet(1, "Médiation nocturne à Lamentin", "Des rixes répétées près du bourg."),
                sheet(2, "Accompagnement scolaire CLAS", "Second contexte.")),
            List.of(42L),
            Format.ODT,
            Locale.FRENCH);
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(odt))) {
      assertEquals("mimetype", zip.getNextEntry().getName(), "mimetype must come first");
    }
    try (OdfTextDocument doc = OdfTextDocument.loadDocument(new ByteArrayInputStream(odt))) {
      assertEquals(SheetOdt.MEDIA_TYPE, doc.getMediaTypeString());
      assertEquals(
          "Fiches d’expérience — dossier des participants (2 fiches)",
          doc.getOfficeMetadata().getTitle());
      assertEquals("fr", doc.getOfficeMetadata().getLanguage());
      var root = doc.getContentRoot();
      String text = OdfEditableTextExtractor.newOdfEditableTextExtractor(doc).getText();
      for (String expected :
          List.of(
              "Médiation nocturne à Lamentin",
              "Accompagnement scolaire CLAS",
              "Des rixes répétées près du bourg.",
              "Second contexte.",
              "Maraudes de soirée avec les éducateurs.",
              "Forum des quartiers",
              "Fondation Caraïbe",
              "Moyens : budget et financeurs",
              "Pièces jointes (centre de documentation)",
              "Charte des médiateurs",
              "laissées hors de l’export, car vous ne pouvez pas les lire : n° 42")) {
        assertTrue(text.contains(expected), "missing from the ODT: " + expected + "\n" + text);
      }
      NodeList headings =
          root.getElementsByTagNameNS("urn:oasis:names:tc:opendocument:xmlns:text:1.0", "h");
      List<String> titles = new ArrayList<>();
      for (int i = 0; i < headings.getLength(); i++) {
        titles.add(headings.item(i).getTextContent());
      }
      assertTrue(titles.contains("Contexte et diagnostic"), titles.toString());
      assertEquals(
          2, titles.stream().filter(t -> t.contains("Lamentin") || t.contains("CLAS")).count());
      NodeList tables =
          root.getElementsByTagNameNS("urn:oasis:names:tc:opendocument:xmlns:table:1.0", "table");
      assertEquals(6, tables.getLength(), "facts, indicators and budget of each sheet");
    }
  }
}
