package org.cohesion.minutes.domain;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.ByteArrayOutputStream;
import java.io.ObjectStreamException;
import java.io.Serial;
import java.io.Serializable;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The text of the minutes: an ordered list of {@link Section}s with unique keys. Immutable and
 * serialisable (a view bean may hold one); equality is on content.
 *
 * <h2>Storage format ({@link #toJson})</h2>
 *
 * <pre>{"format":"cohesion-minutes","version":1,
 *  "sections":[{"key":"item-1","title":"…","blocks":["&lt;p&gt;…&lt;/p&gt;",…]},…]}</pre>
 *
 * <h2>Fingerprint ({@link #fingerprint})</h2>
 *
 * SHA-256, in lower-case hex, of a canonical byte string made of netstrings. The netstring of a
 * text {@code s} is {@code N ":" UTF8(s) ","} where {@code N} is the number of bytes of {@code
 * UTF8(s)} in decimal ASCII. The canonical bytes are the netstrings of, in order: {@code
 * "cohesion-minutes-v1"}; the number of sections in decimal; then for each section in order its
 * key, its title, its number of blocks in decimal, and each block. Nothing else (no JSON, no
 * whitespace added), so the fingerprint is the same whatever the JVM, the JSON library or the
 * storage.
 */
public final class MinutesText implements Serializable {

  @Serial private static final long serialVersionUID = 1L;

  static final String FORMAT = "cohesion-minutes";
  static final int VERSION = 1;
  static final String CANONICAL_HEADER = "cohesion-minutes-v1";

  private static final MinutesText EMPTY = new MinutesText(List.of());

  private final List<Section> sections;
  private transient volatile String fingerprint;

  private MinutesText(List<Section> sections) {
    this.sections = sections;
  }

  /** A text of these sections, in this order; keys must be unique. */
  public static MinutesText of(List<Section> sections) {
    Objects.requireNonNull(sections, "sections");
    List<Section> copy = List.copyOf(sections);
    Set<String> keys = new HashSet<>();
    for (Section s : copy) {
      if (!keys.add(s.key())) {
        throw new IllegalArgumentException("duplicate section key: " + s.key());
      }
    }
    return copy.isEmpty() ? EMPTY : new MinutesText(copy);
  }

  public static MinutesText empty() {
    return EMPTY;
  }

  public List<Section> sections() {
    return sections;
  }

  public Optional<Section> section(String key) {
    for (Section s : sections) {
      if (s.key().equals(key)) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }

  /** The keys, in order. */
  public List<String> keys() {
    return sections.stream().map(Section::key).toList();
  }

  public boolean isEmpty() {
    return sections.isEmpty();
  }

  /**
   * The same text with {@code section} in place of the one of the same key, or added at the end.
   */
  public MinutesText with(Section section) {
    Objects.requireNonNull(section, "section");
    List<Section> next = new ArrayList<>(sections);
    boolean replaced = false;
    for (int i = 0; i < next.size(); i++) {
      if (next.get(i).key().equals(section.key())) {
        next.set(i, section);
        replaced = true;
      }
    }
    if (!replaced) {
      next.add(section);
    }
    return of(next);
  }

  /** The same text without the section of that key (the same text if there is none). */
  public MinutesText without(String key) {
    return of(sections.stream().filter(s -> !s.key().equals(key)).toList());
  }

  // --- storage ---------------------------------------------------------------------------------

  public String toJson() {
    JsonArrayBuilder array = Json.createArrayBuilder();
    for (Section s : sections) {
      JsonArrayBuilder blocks = Json.createArrayBuilder();
      s.blocks().forEach(blocks::add);
      array.add(
          Json.createObjectBuilder()
              .add("key", s.key())
              .add("title", s.title())
              .add("blocks", blocks));
    }
    return Json.createObjectBuilder()
        .add("format", FORMAT)
        .add("version", VERSION)
        .add("sections", array)
        .build()
        .toString();
  }

  /**
   * Reads what {@link #toJson} wrote.
   *
   * @throws IllegalArgumentException when the text is not such JSON
   */
  public static MinutesText fromJson(String json) {
    if (json == null) {
      throw new IllegalArgumentException("no minutes JSON");
    }
    try (JsonReader reader = Json.createReader(new StringReader(json))) {
      JsonObject root = reader.readObject();
      if (!FORMAT.equals(root.getString("format", null))) {
        throw new IllegalArgumentException("not minutes JSON");
      }
      if (root.getInt("version", -1) != VERSION) {
        throw new IllegalArgumentException("unknown minutes JSON version");
      }
      List<Section> sections = new ArrayList<>();
      for (JsonValue v : root.getJsonArray("sections")) {
        JsonObject o = v.asJsonObject();
        List<String> blocks = new ArrayList<>();
        JsonArray array = o.getJsonArray("blocks");
        for (JsonValue b : array) {
          blocks.add(((JsonString) b).getString());
        }
        sections.add(new Section(o.getString("key"), o.getString("title"), blocks));
      }
      return of(sections);
    } catch (JsonException | ClassCastException | NullPointerException e) {
      throw new IllegalArgumentException("malformed minutes JSON", e);
    }
  }

  // --- figures ---------------------------------------------------------------------------------

  /** SHA-256 of the canonical serialisation described in the class comment (64 lower-case hex). */
  public String fingerprint() {
    String f = fingerprint;
    if (f == null) {
      f = HexFormat.of().formatHex(sha256(canonicalBytes()));
      fingerprint = f;
    }
    return f;
  }

  /** The bytes that {@link #fingerprint} hashes. */
  byte[] canonicalBytes() {
    ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(64, characters() + 64));
    netstring(out, CANONICAL_HEADER);
    netstring(out, Integer.toString(sections.size()));
    for (Section s : sections) {
      netstring(out, s.key());
      netstring(out, s.title());
      netstring(out, Integer.toString(s.blocks().size()));
      for (String b : s.blocks()) {
        netstring(out, b);
      }
    }
    return out.toByteArray();
  }

  private static void netstring(ByteArrayOutputStream out, String s) {
    byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
    out.writeBytes(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
    out.write(':');
    out.writeBytes(bytes);
    out.write(',');
  }

  private static byte[] sha256(byte[] bytes) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  /** Total size in characters of the titles and the blocks (the limit of 1 MB applies to it). */
  public int characters() {
    int n = 0;
    for (Section s : sections) {
      n += s.characters();
    }
    return n;
  }

  /**
   * The text without tags: each section's title on its own line, then its blocks, one line per
   * paragraph, list item or table row (cells separated by tabs); sections separated by an empty
   * line.
   */
  public String plainText() {
    StringBuilder out = new StringBuilder();
    for (Section s : sections) {
      if (!out.isEmpty()) {
        out.append("\n\n");
      }
      StringBuilder section = new StringBuilder();
      if (!s.title().isBlank()) {
        section.append(s.title().strip()).append('\n');
      }
      for (String block : s.blocks()) {
        appendText(HtmlBlocks.parse(block).body(), section, false);
        newline(section);
      }
      out.append(section.toString().strip());
    }
    return out.toString();
  }

  private static void appendText(Node node, StringBuilder out, boolean pre) {
    for (Node child : node.childNodes()) {
      if (child instanceof TextNode t) {
        String text = pre ? t.getWholeText() : t.text();
        if (!pre && endsWithSpaceOrLineStart(out) && text.startsWith(" ")) {
          text = text.substring(1);
        }
        out.append(text);
      } else if (child instanceof Element e) {
        String tag = e.normalName();
        switch (tag) {
          case "br" -> out.append('\n');
          case "td", "th" -> {
            if (e.elementSiblingIndex() > 0) {
              out.append('\t');
            }
            appendText(e, out, pre);
          }
          case "p",
              "h1",
              "h2",
              "h3",
              "h4",
              "h5",
              "h6",
              "li",
              "tr",
              "blockquote",
              "pre",
              "ul",
              "ol",
              "table",
              "div" -> {
            newline(out);
            appendText(e, out, pre || "pre".equals(tag));
            newline(out);
          }
          default -> appendText(e, out, pre);
        }
      }
    }
  }

  private static boolean endsWithSpaceOrLineStart(StringBuilder out) {
    if (out.isEmpty()) {
      return true;
    }
    char c = out.charAt(out.length() - 1);
    return c == ' ' || c == '\n' || c == '\t';
  }

  private static void newline(StringBuilder out) {
    if (!out.isEmpty() && out.charAt(out.length() - 1) != '\n') {
      out.append('\n');
    }
  }

  // --- identity --------------------------------------------------------------------------------

  @Override
  public boolean equals(Object o) {
    return o == this || (o instanceof MinutesText other && sections.equals(other.sections));
  }

  @Override
  public int hashCode() {
    return sections.hashCode();
  }

  @Override
  public String toString() {
    return "MinutesText" + keys();
  }

  @Serial
  private Object readResolve() throws ObjectStreamException {
    return of(sections); // checks the keys again
  }
}
