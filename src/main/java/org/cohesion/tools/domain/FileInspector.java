package org.cohesion.tools.domain;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeType;
import org.apache.tika.mime.MimeTypeException;
import org.apache.tika.mime.MimeTypes;
import org.cohesion.platform.domain.DomainException;

/**
 * Decides whether an uploaded file may enter the centre, from its content and never its name:
 * Tika's detectors (magic bytes, and the zip containers of office files opened to tell a DOCX from
 * an ODT) give its type, which must be one the centre accepts; executables, a file whose name says
 * one type while its content is another (HTML named « .pdf »), archives with an entry that climbs
 * out of its folder and zip bombs are refused, each with its own message key. Pure Java, no server.
 */
public final class FileInspector {

  /** The types the centre keeps, with the extension a downloaded file gets. */
  static final Map<String, String> ACCEPTED =
      Map.ofEntries(
          Map.entry("application/pdf", "pdf"),
          Map.entry("application/vnd.oasis.opendocument.text", "odt"),
          Map.entry("application/vnd.oasis.opendocument.spreadsheet", "ods"),
          Map.entry("application/vnd.oasis.opendocument.presentation", "odp"),
          Map.entry(
              "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
          Map.entry("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
          Map.entry(
              "application/vnd.openxmlformats-officedocument.presentationml.presentation", "pptx"),
          Map.entry("image/png", "png"),
          Map.entry("image/jpeg", "jpg"),
          Map.entry("image/gif", "gif"),
          Map.entry("image/webp", "webp"),
          Map.entry("text/plain", "txt"),
          Map.entry("text/csv", "csv"));

  private static final Set<String> EXECUTABLE =
      Set.of(
          "application/x-dosexec",
          "application/x-msdownload",
          "application/x-executable",
          "application/x-elf",
          "application/x-sharedlib",
          "application/x-mach-o-executable",
          "application/x-sh",
          "application/x-bat",
          "application/x-msi",
          "application/java-archive",
          "application/x-java-applet",
          "application/java-vm",
          "application/vnd.microsoft.portable-executable");

  /** Beyond these, an archive is a zip bomb: what it unpacks to, and its ratio to its size. */
  static final long MAX_UNPACKED = 200L * 1024 * 1024;

  static final int MAX_RATIO = 100;
  static final int MAX_ENTRIES = 10_000;

  private static final Detector DETECTOR = TikaConfig.getDefaultConfig().getDetector();
  private static final MimeTypes TYPES = TikaConfig.getDefaultConfig().getMimeRepository();

  private FileInspector() {}

  /** What an accepted file is. */
  public record Inspection(String mediaType, String safeName) {}

  /**
   * Inspects the bytes of an upload named {@code name} by the person's computer.
   *
   * @throws DomainException with the reason of a refusal, in a message key
   */
  public static Inspection inspect(byte[] content, String name, long maxBytes) {
    if (content == null || content.length == 0) {
      throw new DomainException("upload.empty");
    }
    if (content.length > maxBytes) {
      throw new DomainException("upload.tooLarge", maxBytes / (1024 * 1024));
    }
    String type = detect(content);
    if (isZip(content)) {
      checkArchive(content);
    }
    if (EXECUTABLE.contains(type) || type.contains("executable")) {
      throw new DomainException("upload.executable");
    }
    String claimed = typeOfName(name);
    if (!ACCEPTED.containsKey(type)) {
      if (claimed != null && ACCEPTED.containsKey(claimed)) {
        throw new DomainException("upload.disguised", baseName(name), type);
      }
      throw new DomainException("upload.typeRefused", type);
    }
    return new Inspection(type, safeName(name, ACCEPTED.get(type)));
  }

  /** The type read from the content alone: a name cannot make text into a PDF. */
  static String detect(byte[] content) {
    try (TikaInputStream in = TikaInputStream.get(content)) {
      MediaType type = DETECTOR.detect(in, new Metadata());
      return type.getBaseType().toString();
    } catch (IOException e) {
      throw new DomainException("upload.unreadable");
    }
  }

  private static String typeOfName(String name) {
    if (name == null) {
      return null;
    }
    Metadata metadata = new Metadata();
    metadata.set(org.apache.tika.metadata.TikaCoreProperties.RESOURCE_NAME_KEY, baseName(name));
    try {
      MediaType type = TYPES.detect(null, metadata);
      return MediaType.OCTET_STREAM.equals(type) ? null : type.getBaseType().toString();
    } catch (IOException e) {
      return null;
    }
  }

  private static boolean isZip(byte[] c) {
    return c.length >= 4
        && c[0] == 'P'
        && c[1] == 'K'
        && (c[2] == 3 || c[2] == 5)
        && c[3] == (c[2] + 1);
  }

  /**
   * Walks every entry of a zip container (office files are zips): an entry name that climbs out of
   * its folder or starts at the root is path traversal; what the entries unpack to, counted as it
   * is read and given up past the limit, tells a zip bomb.
   */
  static void checkArchive(byte[] content) {
    long unpacked = 0;
    int entries = 0;
    byte[] buffer = new byte[64 * 1024];
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
      ZipEntry entry;
      while ((entry = zip.getNextEntry()) != null) {
        if (++entries > MAX_ENTRIES) {
          throw new DomainException("upload.zipBomb");
        }
        if (climbsOut(entry.getName())) {
          throw new DomainException("upload.pathTraversal", entry.getName());
        }
        int n;
        while ((n = zip.read(buffer)) > 0) {
          unpacked += n;
          if (unpacked > MAX_UNPACKED
              || (unpacked > 10L * 1024 * 1024 && unpacked / content.length > MAX_RATIO)) {
            throw new DomainException("upload.zipBomb");
          }
        }
      }
    } catch (IOException | IllegalArgumentException e) {
      throw new DomainException("upload.unreadable");
    }
  }

  static boolean climbsOut(String entryName) {
    String n = entryName.replace('\\', '/');
    if (n.startsWith("/") || n.matches("^[A-Za-z]:.*")) {
      return true;
    }
    for (String part : n.split("/")) {
      if (part.equals("..")) {
        return true;
      }
    }
    return false;
  }

  /**
   * A name safe in a header and on any file system: the last part of what the browser sent,
   * letters, digits and a few signs, the extension of the type found in the content.
   */
  static String safeName(String name, String extension) {
    String base = baseName(name == null ? "" : name);
    int dot = base.lastIndexOf('.');
    if (dot > 0) {
      base = base.substring(0, dot);
    }
    base = Normalizer.normalize(base, Normalizer.Form.NFC);
    base = base.replaceAll("[^\\p{L}\\p{N} ._()-]", "_").replaceAll("[ _]{2,}", "_").strip();
    base = base.replaceAll("^[.]+", "");
    if (base.isBlank()) {
      base = "document";
    }
    if (base.length() > 120) {
      base = base.substring(0, 120);
    }
    return base + "." + extension;
  }

  private static String baseName(String name) {
    String n = name.replace('\\', '/');
    return n.substring(n.lastIndexOf('/') + 1);
  }

  /** The usual extension of a type, for messages. */
  static String extensionOf(String type) {
    try {
      MimeType t = TYPES.forName(type);
      return t.getExtension().toLowerCase(Locale.ROOT);
    } catch (MimeTypeException e) {
      return "";
    }
  }

  static InputStream stream(byte[] content) {
    return new ByteArrayInputStream(content);
  }
}
