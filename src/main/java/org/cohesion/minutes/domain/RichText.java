package org.cohesion.minutes.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.owasp.html.AttributePolicy;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * Server-side sanitising of the minutes' rich text (OWASP Java HTML Sanitizer), with a first pass
 * that turns the HTML of the editor (PrimeFaces textEditor, that is Quill 2) into plain semantic
 * HTML.
 *
 * <p>Kept: {@code h1}-{@code h4} ({@code h5}/{@code h6} become {@code h4}), {@code p}, {@code br},
 * {@code ul}/{@code ol}/{@code li}, {@code strong em u s} ({@code b i strike del} are renamed so,
 * as Quill writes them), {@code blockquote}, {@code pre}/{@code code}, links ({@code href} in http,
 * https, mailto or relative, always with {@code rel="nofollow noopener"}), tables ({@code table
 * thead tbody tr th td}, with numeric {@code colspan}/{@code rowspan}), and the classes {@code
 * ql-indent-1..8}, {@code ql-align-center|right|justify}, {@code ql-direction-rtl} on paragraphs,
 * headings, list items and quotes. Everything else goes: scripts and styles with their content,
 * event handlers, {@code javascript:} and {@code data:} URLs, every {@code style} attribute (so
 * nothing can be hidden), images, frames, forms; unknown elements are removed but their text is
 * kept.
 *
 * <p>Quill 2 writes every list as {@code <ol>} with {@code <li data-list="bullet|ordered|...">} and
 * code as {@code <div class="ql-code-block-container">} with one {@code <div>} per line: those
 * become {@code <ul>}/{@code <ol>} runs and one {@code <pre>}. Quill reads the semantic form back
 * as the same content, so a text that goes to the editor and comes back unchanged gives the same
 * blocks (which the merge relies on).
 */
public final class RichText {

  private static final Pattern SPAN = Pattern.compile("[0-9]{1,3}");
  private static final Pattern KEPT_CLASS =
      Pattern.compile("ql-indent-[1-8]|ql-align-(?:center|right|justify)|ql-direction-rtl");

  /** Keeps only the known Quill layout classes of a class attribute; none left: no attribute. */
  private static final AttributePolicy CLASSES =
      (elementName, attributeName, value) -> {
        String kept =
            Pattern.compile("\\s+")
                .splitAsStream(value.trim())
                .filter(c -> KEPT_CLASS.matcher(c).matches())
                .distinct()
                .sorted()
                .collect(Collectors.joining(" "));
        return kept.isEmpty() ? null : kept;
      };

  private static final PolicyFactory POLICY =
      new HtmlPolicyBuilder()
          .allowElements(
              "h1",
              "h2",
              "h3",
              "h4",
              "p",
              "br",
              "ul",
              "ol",
              "li",
              "b",
              "strong",
              "i",
              "em",
              "u",
              "s",
              "blockquote",
              "pre",
              "code",
              "table",
              "thead",
              "tbody",
              "tr",
              "th",
              "td")
          .allowElements(
              (name, attributes) -> {
                if (!attributes.contains("href")) {
                  return null; // a link without a safe address is its text only
                }
                // One rel, always the same, in one order (the sanitiser's own order may vary).
                attributes.add("rel");
                attributes.add("nofollow noopener");
                return name;
              },
              "a")
          .allowUrlProtocols("http", "https", "mailto")
          .allowAttributes("href")
          .onElements("a")
          .allowAttributes("colspan", "rowspan")
          .matching(SPAN)
          .onElements("th", "td")
          .allowAttributes("class")
          .matching(CLASSES)
          .onElements("p", "h1", "h2", "h3", "h4", "li", "blockquote")
          .toFactory();

  private RichText() {}

  /** Sanitised HTML; {@code null} gives an empty string. */
  public static String sanitize(String html) {
    if (html == null || html.isBlank()) {
      return "";
    }
    Document doc = HtmlBlocks.parse(html);
    normaliseQuill(doc.body());
    return POLICY.sanitize(doc.body().html());
  }

  /** Quill 2's editing HTML to semantic HTML (see the class comment). */
  static void normaliseQuill(Element root) {
    root.select("span.ql-ui, span.ql-cursor").remove();
    for (Element h : root.select("h5, h6")) {
      h.tagName("h4");
    }
    // Quill writes bold, italic and strike-through so; the same text, the same block.
    for (Element e : root.select("b")) {
      e.tagName("strong");
    }
    for (Element e : root.select("i")) {
      e.tagName("em");
    }
    for (Element e : root.select("strike, del")) {
      e.tagName("s");
    }
    for (Element container : root.select("div.ql-code-block-container")) {
      List<String> lines = new ArrayList<>();
      for (Element line : container.children()) {
        lines.add(line.wholeText());
      }
      Element pre = new Element("pre").text(String.join("\n", lines));
      container.replaceWith(pre);
    }
    for (Element pre : root.select("pre")) {
      // Quill 1 ends a code block with a newline, Quill 2 does not: the same code, the same block.
      if (pre.childNodeSize() > 0
          && pre.childNode(pre.childNodeSize() - 1) instanceof TextNode last) {
        last.text(last.getWholeText().replaceFirst("\n+$", ""));
      }
    }
    for (Element list : root.select("ol, ul")) {
      if (list.children().stream().noneMatch(li -> li.hasAttr("data-list"))) {
        continue;
      }
      // Runs of consecutive items of one kind become one list each.
      Element current = null;
      String currentTag = null;
      Element anchor = list;
      for (Element li : new ArrayList<>(list.children())) {
        String kind = li.attr("data-list");
        String tag =
            "ordered".equals(kind) || (kind.isEmpty() && "ol".equals(list.normalName()))
                ? "ol"
                : "ul";
        li.removeAttr("data-list");
        if (current == null || !tag.equals(currentTag)) {
          current = new Element(tag);
          currentTag = tag;
          anchor.after(current);
          anchor = current;
        }
        current.appendChild(li);
      }
      list.remove();
    }
  }
}
