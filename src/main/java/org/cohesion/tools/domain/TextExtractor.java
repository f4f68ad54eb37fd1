package org.cohesion.tools.domain;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.exception.ZeroByteFileException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.sax.BodyContentHandler;
import org.cohesion.platform.domain.DomainException;
import org.xml.sax.SAXException;

/**
 * What a file says: its text, by Apache Tika's parsers, cut at {@link #MAX_CHARS}; a PNG of a PDF's
 * first page, by PDFBox. Tika's {@code AutoDetectParser} wraps its output in a {@code
 * SecureContentHandler}, whose zip-bomb guard (too much output for the input, too deep a nesting)
 * ends the parse: that is a refusal of the file, not an empty text. The time-out and "one at a
 * time" are the caller's (the application's {@code Extraction}), since they need the server's
 * threads.
 */
public final class TextExtractor {

  /** Enough for a search index and an excerpt; a long report is cut, not refused. */
  public static final int MAX_CHARS = 500_000;

  public static final int EXCERPT_CHARS = 800;

  private static final Parser PARSER = new AutoDetectParser();

  private TextExtractor() {}

  /** The file's text, at most {@link #MAX_CHARS} characters; empty when it holds none. */
  public static String text(byte[] content) {
    BodyContentHandler handler = new BodyContentHandler(MAX_CHARS);
    try (TikaInputStream in = TikaInputStream.get(content)) {
      PARSER.parse(in, handler, new Metadata(), new ParseContext());
    } catch (ZeroByteFileException e) {
      return "";
    } catch (SAXException e) {
      if (!WriteLimitReachedException.isWriteLimitReached(e)) {
        return "";
      }
    } catch (TikaException e) {
      if (e.getClass().getSimpleName().equals("ZipBombException")
          || (e.getCause() != null
              && e.getCause().getClass().getSimpleName().equals("ZipBombException"))) {
        throw new DomainException("upload.zipBomb");
      }
      return "";
    } catch (IOException e) {
      return "";
    }
    return tidy(handler.toString());
  }

  /** The first page of a PDF as a small PNG, or null when it cannot be drawn. */
  public static byte[] pdfPreview(byte[] pdf) {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      if (doc.getNumberOfPages() == 0) {
        return null;
      }
      BufferedImage image = new PDFRenderer(doc).renderImageWithDPI(0, 48, ImageType.RGB);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ImageIO.write(image, "png", out);
      return out.toByteArray();
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  /** The beginning of a text, cut at a word, for the document page. */
  public static String excerpt(String text) {
    if (text == null || text.isBlank()) {
      return "";
    }
    if (text.length() <= EXCERPT_CHARS) {
      return text;
    }
    int cut = text.lastIndexOf(' ', EXCERPT_CHARS);
    return text.substring(0, cut > 0 ? cut : EXCERPT_CHARS) + " …";
  }

  static String tidy(String text) {
    return text.replaceAll("[ \\t\\x0B\\f\\r]+", " ").replaceAll("\\n\\s*\\n+", "\n\n").strip();
  }
}
