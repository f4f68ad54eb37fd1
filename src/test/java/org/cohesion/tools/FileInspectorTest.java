package org.cohesion.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.cohesion.it.server.SampleFiles;
import org.cohesion.platform.domain.DomainException;
import org.cohesion.tools.domain.FileInspector;
import org.cohesion.tools.domain.TextExtractor;
import org.junit.jupiter.api.Test;

/** What enters the centre: the type from the content, every bad upload refused with its reason. */
class FileInspectorTest {

  private static final long MAX = 20L * 1024 * 1024;

  private static String refusal(byte[] content, String name) {
    return assertThrows(DomainException.class, () -> FileInspector.inspect(content, name, MAX))
        .messageKey();
  }

  @Test
  void realShapedFilesAreRecognisedByTheirContent() {
    assertEquals(
        "application/pdf",
        FileInspector.inspect(SampleFiles.pdf("Guide"), "guide.pdf", MAX).mediaType());
    assertEquals(
        "application/vnd.oasis.opendocument.text",
        FileInspector.inspect(SampleFiles.odt("Guide"), "guide.odt", MAX).mediaType());
    assertEquals(
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        FileInspector.inspect(SampleFiles.docx("Guide"), "guide.docx", MAX).mediaType());
  }

  @Test
  void theNameDoesNotMakeTheType() {
    // A DOCX sent under a PDF's name is still a DOCX, and is downloaded as one.
    FileInspector.Inspection docx =
        FileInspector.inspect(SampleFiles.docx("Guide"), "guide.pdf", MAX);
    assertTrue(docx.mediaType().contains("wordprocessingml"));
    assertEquals("guide.docx", docx.safeName());
    // Plain text named .pdf is text.
    FileInspector.Inspection text =
        FileInspector.inspect(
            "Bonjour, ceci est un texte.".getBytes(StandardCharsets.UTF_8), "faux.pdf", MAX);
    assertEquals("text/plain", text.mediaType());
    assertEquals("faux.txt", text.safeName());
  }

  @Test
  void badUploadsAreRefusedEachWithItsReason() {
    assertEquals("upload.executable", refusal(SampleFiles.executable(), "guide.pdf"));
    assertEquals("upload.disguised", refusal(SampleFiles.html(), "guide.pdf"));
    assertEquals("upload.typeRefused", refusal(SampleFiles.html(), "page.html"));
    assertEquals("upload.pathTraversal", refusal(SampleFiles.traversal(), "outils.zip"));
    assertEquals("upload.zipBomb", refusal(SampleFiles.zipBomb(30), "guide.docx"));
    assertEquals("upload.empty", refusal(new byte[0], "vide.pdf"));
    assertEquals(
        "upload.tooLarge",
        assertThrows(
                DomainException.class,
                () -> FileInspector.inspect(SampleFiles.pdf("x"), "guide.pdf", 100))
            .messageKey());
  }

  @Test
  void aSafeNameKeepsLettersAndLosesPathsAndQuotes() {
    FileInspector.Inspection i =
        FileInspector.inspect(
            SampleFiles.pdf("x"), "C:\\Users\\moi\\..\\Référentiel \"final\"; x.exe.pdf", MAX);
    assertEquals("Référentiel_final_x.exe.pdf", i.safeName());
  }

  @Test
  void frenchTextIsExtractedFromPdfOdtAndDocx() {
    String pdf =
        TextExtractor.text(
            SampleFiles.pdf("Référentiel d'évaluation des CUCS", "Prévention de la délinquance"));
    assertTrue(pdf.contains("Référentiel d'évaluation des CUCS"), pdf);
    assertTrue(pdf.contains("Prévention de la délinquance"), pdf);
    String odt = TextExtractor.text(SampleFiles.odt("Cycle de qualification", "Médiation sociale"));
    assertTrue(odt.contains("Médiation sociale"), odt);
    String docx = TextExtractor.text(SampleFiles.docx("Rénovation urbaine à Fort-de-France"));
    assertTrue(docx.contains("Rénovation urbaine à Fort-de-France"), docx);
  }

  @Test
  void aPdfHasAPreviewOfItsFirstPage() {
    byte[] png = TextExtractor.pdfPreview(SampleFiles.pdf("Aperçu"));
    assertTrue(png != null && png.length > 100);
    assertEquals((byte) 0x89, png[0]);
    assertEquals((byte) 'P', png[1]);
  }
}
