package org.cohesion.experience.application;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A {@link SheetDocument} as an OpenDocument text (ODF 1.3) that staff open and edit in their
 * office suite: real headings (so the navigator and a table of contents work), tables, lists, the
 * document's title and language. Written with the JDK's StAX writer into the ODF package; ODF
 * Toolkit's odfdom reads it back in the tests, but at run time it would bring Apache Jena and a
 * Xerces that registers itself as the whole war's XML parser, for a few elements.
 */
final class SheetOdt {

  static final String MEDIA_TYPE = "application/vnd.oasis.opendocument.text";
  private static final String VERSION = "1.3";
  private static final String OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
  private static final String TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
  private static final String TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
  private static final String STYLE = "urn:oasis:names:tc:opendocument:xmlns:style:1.0";
  private static final String FO = "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0";
  private static final String META = "urn:oasis:names:tc:opendocument:xmlns:meta:1.0";
  private static final String DC = "http://purl.org/dc/elements/1.1/";
  private static final String MANIFEST = "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0";

  private static final XMLOutputFactory XML = XMLOutputFactory.newFactory();

  private SheetOdt() {}

  static byte[] render(SheetDocument document) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      // The package's media type comes first and uncompressed, so a reader can sniff it.
      byte[] mimetype = MEDIA_TYPE.getBytes(StandardCharsets.US_ASCII);
      ZipEntry entry = new ZipEntry("mimetype");
      entry.setMethod(ZipEntry.STORED);
      entry.setSize(mimetype.length);
      CRC32 crc = new CRC32();
      crc.update(mimetype);
      entry.setCrc(crc.getValue());
      zip.putNextEntry(entry);
      zip.write(mimetype);
      zip.closeEntry();
      part(zip, "content.xml", content(document));
      part(zip, "styles.xml", styles(document));
      part(zip, "meta.xml", meta(document));
      part(zip, "META-INF/manifest.xml", manifest());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  private static void part(ZipOutputStream zip, String name, byte[] xml) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    zip.write(xml);
    zip.closeEntry();
  }

  @FunctionalInterface
  private interface Body {
    void write(XMLStreamWriter w) throws XMLStreamException;
  }

  private static byte[] xml(Body body) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      XMLStreamWriter w = XML.createXMLStreamWriter(out, "UTF-8");
      w.writeStartDocument("UTF-8", "1.0");
      body.write(w);
      w.writeEndDocument();
      w.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException(e);
    }
    return out.toByteArray();
  }

  private static void namespaces(XMLStreamWriter w, String... prefixesAndUris)
      throws XMLStreamException {
    for (int i = 0; i < prefixesAndUris.length; i += 2) {
      w.setPrefix(prefixesAndUris[i], prefixesAndUris[i + 1]);
    }
  }

  private static void declare(XMLStreamWriter w, String... prefixesAndUris)
      throws XMLStreamException {
    for (int i = 0; i < prefixesAndUris.length; i += 2) {
      w.writeNamespace(prefixesAndUris[i], prefixesAndUris[i + 1]);
    }
  }

  private static byte[] content(SheetDocument document) {
    String[] ns = {"office", OFFICE, "text", TEXT, "table", TABLE, "style", STYLE, "fo", FO};
    return xml(
        w -> {
          namespaces(w, ns);
          w.writeStartElement(OFFICE, "document-content");
          declare(w, ns);
          w.writeAttribute(OFFICE, "version", VERSION);
          w.writeStartElement(OFFICE, "automatic-styles");
          // Each sheet after the first starts on a new page, as in the PDF.
          w.writeStartElement(STYLE, "style");
          w.writeAttribute(STYLE, "name", "SheetStart");
          w.writeAttribute(STYLE, "family", "paragraph");
          w.writeAttribute(STYLE, "parent-style-name", "Heading_20_1");
          w.writeEmptyElement(STYLE, "paragraph-properties");
          w.writeAttribute(FO, "break-before", "page");
          w.writeEndElement();
          w.writeEndElement();
          w.writeStartElement(OFFICE, "body");
          w.writeStartElement(OFFICE, "text");
          int tables = 0;
          if (document.notice() != null) {
            paragraph(w, document.notice(), "Text_20_body");
          }
          boolean first = true;
          for (SheetDocument.Sheet sheet : document.sheets()) {
            heading(w, 1, sheet.title(), first ? "Heading_20_1" : "SheetStart");
            first = false;
            paragraph(w, sheet.note(), "Subtitle");
            tables++;
            w.writeStartElement(TABLE, "table");
            w.writeAttribute(TABLE, "name", "Table" + tables);
            w.writeEmptyElement(TABLE, "table-column");
            w.writeAttribute(TABLE, "number-columns-repeated", "2");
            for (SheetDocument.Fact fact : sheet.facts()) {
              row(w, List.of(fact.label(), fact.value()));
            }
            w.writeEndElement();
            for (SheetDocument.Chapter chapter : sheet.chapters()) {
              heading(w, 2, chapter.heading(), "Heading_20_2");
              for (SheetDocument.Block block : chapter.blocks()) {
                if (block instanceof SheetDocument.Table t) {
                  tables++;
                  table(w, "Table" + tables, t);
                } else {
                  block(w, block);
                }
              }
            }
          }
          w.writeEndElement();
          w.writeEndElement();
          w.writeEndElement();
        });
  }

  private static void block(XMLStreamWriter w, SheetDocument.Block block)
      throws XMLStreamException {
    if (block instanceof SheetDocument.Paragraph p) {
      paragraph(w, p.text(), "Text_20_body");
    } else if (block instanceof SheetDocument.Subheading h) {
      heading(w, 3, h.text(), "Heading_20_3");
    } else if (block instanceof SheetDocument.Items items) {
      w.writeStartElement(TEXT, "list");
      for (String item : items.items()) {
        w.writeStartElement(TEXT, "list-item");
        paragraph(w, item, "List_20_Paragraph");
        w.writeEndElement();
      }
      w.writeEndElement();
    }
  }

  private static void table(XMLStreamWriter w, String name, SheetDocument.Table t)
      throws XMLStreamException {
    w.writeStartElement(TABLE, "table");
    w.writeAttribute(TABLE, "name", name);
    w.writeEmptyElement(TABLE, "table-column");
    w.writeAttribute(TABLE, "number-columns-repeated", String.valueOf(t.headers().size()));
    w.writeStartElement(TABLE, "table-header-rows");
    row(w, t.headers());
    w.writeEndElement();
    for (List<String> row : t.rows()) {
      row(w, row);
    }
    w.writeEndElement();
  }

  private static void row(XMLStreamWriter w, List<String> cells) throws XMLStreamException {
    w.writeStartElement(TABLE, "table-row");
    for (String cell : cells) {
      w.writeStartElement(TABLE, "table-cell");
      w.writeAttribute(OFFICE, "value-type", "string");
      paragraph(w, cell, "Table_20_Contents");
      w.writeEndElement();
    }
    w.writeEndElement();
  }

  private static void heading(XMLStreamWriter w, int level, String text, String style)
      throws XMLStreamException {
    w.writeStartElement(TEXT, "h");
    w.writeAttribute(TEXT, "style-name", style);
    w.writeAttribute(TEXT, "outline-level", String.valueOf(level));
    w.writeCharacters(SheetDocument.xmlSafe(text));
    w.writeEndElement();
  }

  private static void paragraph(XMLStreamWriter w, String text, String style)
      throws XMLStreamException {
    w.writeStartElement(TEXT, "p");
    w.writeAttribute(TEXT, "style-name", style);
    w.writeCharacters(SheetDocument.xmlSafe(text));
    w.writeEndElement();
  }

  private static byte[] styles(SheetDocument document) {
    String[] ns = {"office", OFFICE, "style", STYLE, "fo", FO, "text", TEXT};
    return xml(
        w -> {
          namespaces(w, ns);
          w.writeStartElement(OFFICE, "document-styles");
          declare(w, ns);
          w.writeAttribute(OFFICE, "version", VERSION);
          w.writeStartElement(OFFICE, "styles");
          // The language on the default style is what spell-checkers and screen readers use.
          w.writeStartElement(STYLE, "default-style");
          w.writeAttribute(STYLE, "family", "paragraph");
          w.writeEmptyElement(STYLE, "text-properties");
          w.writeAttribute(FO, "language", document.locale().getLanguage());
          if (!document.locale().getCountry().isEmpty()) {
            w.writeAttribute(FO, "country", document.locale().getCountry());
          }
          w.writeAttribute(FO, "font-size", "11pt");
          w.writeEndElement();
          style(w, "Standard", "Standard", null, null, null);
          style(w, "Text_20_body", "Text body", "Standard", null, null);
          style(w, "Subtitle", "Subtitle", "Standard", null, null);
          style(w, "Table_20_Contents", "Table Contents", "Standard", null, null);
          style(w, "List_20_Paragraph", "List Paragraph", "Standard", null, null);
          style(w, "Heading_20_1", "Heading 1", "Standard", 1, "18pt");
          style(w, "Heading_20_2", "Heading 2", "Standard", 2, "14pt");
          style(w, "Heading_20_3", "Heading 3", "Standard", 3, "12pt");
          w.writeEndElement();
          w.writeEndElement();
        });
  }

  private static void style(
      XMLStreamWriter w, String name, String display, String parent, Integer level, String size)
      throws XMLStreamException {
    w.writeStartElement(STYLE, "style");
    w.writeAttribute(STYLE, "name", name);
    w.writeAttribute(STYLE, "display-name", display);
    w.writeAttribute(STYLE, "family", "paragraph");
    if (parent != null) {
      w.writeAttribute(STYLE, "parent-style-name", parent);
    }
    if (level != null) {
      w.writeAttribute(STYLE, "default-outline-level", level.toString());
      w.writeAttribute(STYLE, "next-style-name", "Text_20_body");
      w.writeEmptyElement(STYLE, "paragraph-properties");
      w.writeAttribute(FO, "margin-top", "0.4cm");
      w.writeAttribute(FO, "margin-bottom", "0.2cm");
      w.writeAttribute(FO, "keep-with-next", "always");
      w.writeEmptyElement(STYLE, "text-properties");
      w.writeAttribute(FO, "font-size", size);
      w.writeAttribute(FO, "font-weight", "bold");
    }
    w.writeEndElement();
  }

  private static byte[] meta(SheetDocument document) {
    String[] ns = {"office", OFFICE, "meta", META, "dc", DC};
    return xml(
        w -> {
          namespaces(w, ns);
          w.writeStartElement(OFFICE, "document-meta");
          declare(w, ns);
          w.writeAttribute(OFFICE, "version", VERSION);
          w.writeStartElement(OFFICE, "meta");
          w.writeStartElement(META, "generator");
          w.writeCharacters("Cohésion");
          w.writeEndElement();
          w.writeStartElement(DC, "title");
          w.writeCharacters(SheetDocument.xmlSafe(document.title()));
          w.writeEndElement();
          w.writeStartElement(DC, "language");
          w.writeCharacters(document.locale().toLanguageTag());
          w.writeEndElement();
          w.writeEndElement();
          w.writeEndElement();
        });
  }

  private static byte[] manifest() {
    String[] ns = {"manifest", MANIFEST};
    return xml(
        w -> {
          namespaces(w, ns);
          w.writeStartElement(MANIFEST, "manifest");
          declare(w, ns);
          w.writeAttribute(MANIFEST, "version", VERSION);
          fileEntry(w, "/", MEDIA_TYPE);
          fileEntry(w, "content.xml", "text/xml");
          fileEntry(w, "styles.xml", "text/xml");
          fileEntry(w, "meta.xml", "text/xml");
          w.writeEndElement();
        });
  }

  private static void fileEntry(XMLStreamWriter w, String path, String type)
      throws XMLStreamException {
    w.writeEmptyElement(MANIFEST, "file-entry");
    w.writeAttribute(MANIFEST, "full-path", path);
    if ("/".equals(path)) {
      w.writeAttribute(MANIFEST, "version", VERSION);
    }
    w.writeAttribute(MANIFEST, "media-type", type);
  }
}
