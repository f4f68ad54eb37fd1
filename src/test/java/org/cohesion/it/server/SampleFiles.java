package org.cohesion.it.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Files made by the tests, shaped like the real ones: a French PDF (PDFBox), an ODT and a DOCX
 * assembled as the zips they are, and the bad uploads (an executable, HTML named .pdf, an archive
 * climbing out of its folder, a zip bomb). Used by the unit tests and the in-container ones.
 */
public final class SampleFiles {
  private SampleFiles() {}

  /** A one-page PDF whose lines are the given French text (WinAnsi: accents are fine). */
  public static byte[] pdf(String... lines) {
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage();
      doc.addPage(page);
      try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
        cs.beginText();
        cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
        cs.newLineAtOffset(72, 720);
        for (String line : lines) {
          cs.showText(line);
          cs.newLineAtOffset(0, -16);
        }
        cs.endText();
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** An OpenDocument text: mimetype first and stored, a manifest, content.xml with paragraphs. */
  public static byte[] odt(String... paragraphs) {
    StringBuilder body = new StringBuilder();
    for (String p : paragraphs) {
      body.append("<text:p>").append(escape(p)).append("</text:p>");
    }
    String content =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content"
            + " xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
            + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" office:version=\"1.2\">"
            + "<office:body><office:text>"
            + body
            + "</office:text></office:body></office:document-content>";
    String manifest =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><manifest:manifest"
            + " xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\""
            + " manifest:version=\"1.2\"><manifest:file-entry manifest:full-path=\"/\""
            + " manifest:media-type=\"application/vnd.oasis.opendocument.text\"/>"
            + "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>"
            + "</manifest:manifest>";
    return zip(
        true,
        "mimetype",
        "application/vnd.oasis.opendocument.text",
        "META-INF/manifest.xml",
        manifest,
        "content.xml",
        content);
  }

  /** An Office Open XML document: content types, the package relationship, document.xml. */
  public static byte[] docx(String... paragraphs) {
    StringBuilder body = new StringBuilder();
    for (String p : paragraphs) {
      body.append("<w:p><w:r><w:t xml:space=\"preserve\">")
          .append(escape(p))
          .append("</w:t></w:r></w:p>");
    }
    String types =
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><Types"
            + " xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default"
            + " Extension=\"rels\""
            + " ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default"
            + " Extension=\"xml\" ContentType=\"application/xml\"/><Override"
            + " PartName=\"/word/document.xml\""
            + " ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>";
    String rels =
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><Relationships"
            + " xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship"
            + " Id=\"rId1\""
            + " Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\""
            + " Target=\"word/document.xml\"/></Relationships>";
    String document =
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:document"
            + " xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
            + body
            + "</w:body></w:document>";
    return zip(
        false, "[Content_Types].xml", types, "_rels/.rels", rels, "word/document.xml", document);
  }

  /** The start of a Windows executable: "MZ", then a PE header further on. */
  public static byte[] executable() {
    byte[] b = new byte[512];
    b[0] = 'M';
    b[1] = 'Z';
    b[0x3c] = (byte) 0x80;
    b[0x80] = 'P';
    b[0x81] = 'E';
    return b;
  }

  public static byte[] html() {
    return ("<!DOCTYPE html><html><head><title>Guide</title></head><body><script>alert(1)</script>"
            + "<p>Ceci n'est pas un PDF.</p></body></html>")
        .getBytes(StandardCharsets.UTF_8);
  }

  /** A zip one of whose entries climbs out of the folder it would be unpacked to. */
  public static byte[] traversal() {
    return zip(false, "guide.txt", "bonjour", "../../etc/cron.d/evil", "* * * * * root true");
  }

  /** A zip whose one entry of zeros unpacks to {@code megabytes} MB from a few kilobytes. */
  public static byte[] zipBomb(int megabytes) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try (ZipOutputStream zip = new ZipOutputStream(out)) {
        zip.setLevel(9);
        zip.putNextEntry(new ZipEntry("zeros.txt"));
        byte[] zeros = new byte[1024 * 1024];
        for (int i = 0; i < megabytes; i++) {
          zip.write(zeros);
        }
        zip.closeEntry();
      }
      return out.toByteArray();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static byte[] zip(boolean firstStored, String... namesAndContents) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try (ZipOutputStream zip = new ZipOutputStream(out)) {
        for (int i = 0; i < namesAndContents.length; i += 2) {
          byte[] data = namesAndContents[i + 1].getBytes(StandardCharsets.UTF_8);
          ZipEntry entry = new ZipEntry(namesAndContents[i]);
          if (firstStored && i == 0) {
            // ODF wants its mimetype entry first and uncompressed.
            entry.setMethod(ZipEntry.STORED);
            entry.setSize(data.length);
            CRC32 crc = new CRC32();
            crc.update(data);
            entry.setCrc(crc.getValue());
          }
          zip.putNextEntry(entry);
          zip.write(data);
          zip.closeEntry();
        }
      }
      return out.toByteArray();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
