package org.cohesion.minutes.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Splits sanitised HTML into its top-level blocks (paragraphs, headings, lists, quotes, code,
 * tables), the unit of the paragraph-level merge.
 *
 * <ul>
 *   <li>Loose text and inline elements between blocks are wrapped into one {@code <p>} per run.
 *   <li>Empty blocks (no visible text and nothing but {@code <br>} inside, like Quill's {@code
 *       <p><br></p>}) are dropped; so is whitespace between blocks.
 *   <li>A list, a table or a quote stays one block, whatever it nests.
 *   <li>Every block is serialised the same way (jsoup, no pretty-printing, UTF-8), so that the same
 *       content always gives the same strings.
 * </ul>
 */
public final class HtmlBlocks {

  /** Elements that start a block at the top level. */
  static final Set<String> BLOCK_TAGS =
      Set.of(
          "p",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "ul",
          "ol",
          "blockquote",
          "pre",
          "table",
          "div",
          "hr");

  private HtmlBlocks() {}

  /** The top-level blocks of {@code sanitizedHtml}, in order; {@code null} or blank gives none. */
  public static List<String> split(String sanitizedHtml) {
    if (sanitizedHtml == null || sanitizedHtml.isBlank()) {
      return List.of();
    }
    Document doc = parse(sanitizedHtml);
    List<String> blocks = new ArrayList<>();
    List<Node> loose = new ArrayList<>();
    for (Node node : new ArrayList<>(doc.body().childNodes())) {
      if (node instanceof Element e && BLOCK_TAGS.contains(e.normalName())) {
        flushLoose(doc, loose, blocks);
        if (!isEmpty(e)) {
          blocks.add(e.outerHtml());
        }
      } else if (node instanceof Element || node instanceof TextNode) {
        loose.add(node);
      }
      // comments and other nodes are dropped
    }
    flushLoose(doc, loose, blocks);
    return List.copyOf(blocks);
  }

  /** The blocks as one HTML string, without separator (what an editor is given back). */
  public static String join(List<String> blocks) {
    return String.join("", blocks);
  }

  static Document parse(String html) {
    Document doc = Jsoup.parseBodyFragment(html);
    doc.outputSettings().prettyPrint(false).charset("UTF-8").escapeMode(Entities.EscapeMode.base);
    return doc;
  }

  private static void flushLoose(Document doc, List<Node> loose, List<String> blocks) {
    if (loose.isEmpty()) {
      return;
    }
    // Trim whitespace-only text at both ends of the run.
    int from = 0;
    int to = loose.size();
    while (from < to && isBlankText(loose.get(from))) {
      from++;
    }
    while (to > from && isBlankText(loose.get(to - 1))) {
      to--;
    }
    if (from < to) {
      Element p = doc.body().appendElement("p"); // in the document: its output settings apply
      for (Node n : loose.subList(from, to)) {
        p.appendChild(n.clone());
      }
      if (p.firstChild() instanceof TextNode first) {
        first.text(first.getWholeText().stripLeading());
      }
      if (p.lastChild() instanceof TextNode last) {
        last.text(last.getWholeText().stripTrailing());
      }
      if (!isEmpty(p)) {
        blocks.add(p.outerHtml());
      }
      p.remove();
    }
    loose.clear();
  }

  private static boolean isBlankText(Node n) {
    return n instanceof TextNode t && isBlank(t.getWholeText());
  }

  private static boolean isBlank(String s) {
    return s.replace('\u00a0', ' ').replace("\ufeff", "").isBlank();
  }

  /** No visible text, and no element but {@code <br>} inside. */
  static boolean isEmpty(Element e) {
    if ("hr".equals(e.normalName())) {
      return false;
    }
    if (!isBlank(e.text())) {
      return false;
    }
    for (Element d : e.getAllElements()) {
      if (d != e && !"br".equals(d.normalName())) {
        return false;
      }
    }
    return true;
  }
}
