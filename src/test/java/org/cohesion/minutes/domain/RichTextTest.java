package org.cohesion.minutes.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RichTextTest {

  private static List<String> blocks(String html) {
    return HtmlBlocks.split(RichText.sanitize(html));
  }

  @Test
  void nullAndBlankGiveNothing() {
    assertEquals("", RichText.sanitize(null));
    assertEquals("", RichText.sanitize("  "));
    assertEquals(List.of(), Section.ofHtml("item-1", "T", null).blocks());
  }

  @Test
  void scriptsAreRemovedWithTheirContent() {
    String out = RichText.sanitize("<p>avant</p><script>alert('x')</script><p>après</p>");
    assertFalse(out.toLowerCase(Locale.ROOT).contains("script"), out);
    assertFalse(out.contains("alert"), out);
    assertEquals(List.of("<p>avant</p>", "<p>après</p>"), blocks(out));
  }

  @Test
  void eventHandlersAreRemoved() {
    assertEquals(
        List.of("<p>clic</p>"), blocks("<p onclick=\"steal()\" onmouseover=\"x()\">clic</p>"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "javascript:alert(1)",
        "JaVaScRiPt:alert(1)",
        " javascript:alert(1)",
        "data:text/html;base64,PHNjcmlwdD4=",
        "vbscript:msgbox(1)"
      })
  void dangerousLinksLoseTheirHref(String href) {
    String out = RichText.sanitize("<p><a href=\"" + href + "\">lien</a></p>");
    assertFalse(out.toLowerCase(Locale.ROOT).contains("href"), out);
    assertFalse(out.contains("<a"), out);
    assertEquals(List.of("<p>lien</p>"), blocks(out));
  }

  @Test
  void styleAttributesAreRemovedSoNothingIsHidden() {
    List<String> out =
        blocks(
            "<p style=\"display:none\">caché</p><p><span style=\"visibility:hidden\">aussi</span>"
                + "</p><style>p{display:none}</style>");
    assertEquals(List.of("<p>caché</p>", "<p>aussi</p>"), out);
  }

  @Test
  void framesImagesAndFormsAreRemoved() {
    String out =
        RichText.sanitize(
            "<iframe src=\"https://example.org\"></iframe><img src=\"data:image/png;base64,iVBOR\">"
                + "<img src=\"https://example.org/x.png\" onerror=\"x()\"><object data=\"x\"></object>"
                + "<form action=\"/x\"><input name=\"a\"></form><p>reste</p>");
    String lower = out.toLowerCase(Locale.ROOT);
    for (String bad : List.of("iframe", "img", "data:", "onerror", "object", "form", "input")) {
      assertFalse(lower.contains(bad), bad + " in " + out);
    }
    assertEquals(List.of("<p>reste</p>"), blocks(out));
  }

  @Test
  void headingsListsEmphasisAndQuotesAreKept() {
    String html =
        "<h1>Un</h1><h2>Deux</h2><h3>Trois</h3><h4>Quatre</h4>"
            + "<p>a <b>b</b> <strong>c</strong> <i>d</i> <em>e</em> <u>f</u> <s>g</s><br>h</p>"
            + "<ul><li>x</li><li>y</li></ul><ol><li>z</li></ol>"
            + "<blockquote>cité</blockquote><pre><code>code()</code></pre>";
    assertEquals(
        List.of(
            "<h1>Un</h1>",
            "<h2>Deux</h2>",
            "<h3>Trois</h3>",
            "<h4>Quatre</h4>",
            "<p>a <strong>b</strong> <strong>c</strong> <em>d</em> <em>e</em> <u>f</u> <s>g</s><br>h"
                + "</p>",
            "<ul><li>x</li><li>y</li></ul>",
            "<ol><li>z</li></ol>",
            "<blockquote>cité</blockquote>",
            "<pre><code>code()</code></pre>"),
        blocks(html));
  }

  @Test
  void linksAreKeptWithNofollowNoopener() {
    assertEquals(
        List.of(
            "<p><a href=\"https://example.org/a?b=1&amp;c=2\" rel=\"nofollow noopener\">web</a> "
                + "<a href=\"mailto:contact@example.org\" rel=\"nofollow noopener\">mail</a> "
                + "<a href=\"http://example.org\" rel=\"nofollow noopener\">http</a></p>"),
        blocks(
            "<p><a href=\"https://example.org/a?b=1&amp;c=2\" target=\"_blank\">web</a> "
                + "<a href=\"mailto:contact@example.org\">mail</a> "
                + "<a href=\"http://example.org\" rel=\"opener\">http</a></p>"));
  }

  @Test
  void tablesAreKeptWithNumericSpans() {
    assertEquals(
        List.of(
            "<table><thead><tr><th colspan=\"2\">Tête</th></tr></thead><tbody><tr>"
                + "<td rowspan=\"2\">1</td><td>2</td></tr></tbody></table>"),
        blocks(
            "<table style=\"display:none\"><thead><tr><th colspan=\"2\">Tête</th></tr></thead>"
                + "<tbody><tr><td rowspan=\"2\" colspan=\"x\" onclick=\"y()\">1</td><td>2</td></tr>"
                + "</tbody></table>"));
  }

  @Test
  void onlyQuillLayoutClassesAreKeptInOneOrder() {
    assertEquals(
        List.of(
            "<p class=\"ql-align-center ql-indent-2\">c</p>",
            "<p class=\"ql-indent-2\">d</p>",
            "<p>e</p>"),
        blocks(
            "<p class=\"ql-indent-2 evil ql-align-center\">c</p><p class=\"ql-indent-2\">d</p>"
                + "<p class=\"hidden\">e</p>"));
  }

  // --- what the editor (PrimeFaces 15 textEditor = Quill 2.0.3) sends ---------------------------

  @Test
  void quillParagraphsAndFormattingSurvive() {
    String quill =
        "<h1>Compte rendu</h1><p>Présents : <strong>M. Anselme</strong>, <em>Mme Rosemond</em>"
            + "</p><p><br></p><h2>Point 1</h2><p><u>Souligné</u> et <s>barré</s></p>"
            + "<blockquote>Citation</blockquote><p><a href=\"https://cucs.example.org\" "
            + "rel=\"noopener noreferrer\" target=\"_blank\">site</a></p><p><br></p>";
    assertEquals(
        List.of(
            "<h1>Compte rendu</h1>",
            "<p>Présents : <strong>M. Anselme</strong>, <em>Mme Rosemond</em></p>",
            "<h2>Point 1</h2>",
            "<p><u>Souligné</u> et <s>barré</s></p>",
            "<blockquote>Citation</blockquote>",
            "<p><a href=\"https://cucs.example.org\" rel=\"nofollow noopener\">site</a></p>"),
        blocks(quill));
  }

  @Test
  void quill2ListsBecomeSemanticListsAndComeBackTheSame() {
    String quill =
        "<ol><li data-list=\"bullet\"><span class=\"ql-ui\" contenteditable=\"false\"></span>un"
            + "</li><li data-list=\"bullet\" class=\"ql-indent-1\"><span class=\"ql-ui\" "
            + "contenteditable=\"false\"></span>sous-point</li><li data-list=\"ordered\"><span "
            + "class=\"ql-ui\" contenteditable=\"false\"></span>premier</li><li data-list=\"ordered\">"
            + "<span class=\"ql-ui\" contenteditable=\"false\"></span>second</li></ol>";
    List<String> expected =
        List.of(
            "<ul><li>un</li><li class=\"ql-indent-1\">sous-point</li></ul>",
            "<ol><li>premier</li><li>second</li></ol>");
    assertEquals(expected, blocks(quill));
    // stored blocks given back to the editor and sent again unchanged: the same blocks
    assertEquals(expected, blocks(HtmlBlocks.join(expected)));
  }

  @Test
  void quill2CodeBlocksBecomeOnePreAndQuill1CodeBlocksTheSame() {
    String quill2 =
        "<div class=\"ql-code-block-container\" spellcheck=\"false\"><div class=\"ql-code-block\" "
            + "data-language=\"plain\">if (a &lt; b)</div><div class=\"ql-code-block\" "
            + "data-language=\"plain\">  go();</div></div>";
    String quill1 = "<pre class=\"ql-syntax\" spellcheck=\"false\">if (a &lt; b)\n  go();\n</pre>";
    List<String> expected = List.of("<pre>if (a &lt; b)\n  go();</pre>");
    assertEquals(expected, blocks(quill2));
    assertEquals(expected, blocks(quill1));
    assertEquals(expected, blocks(HtmlBlocks.join(expected)));
  }

  @Test
  void quillCursorAndEmptyHeadingsGo() {
    assertEquals(
        List.of("<p>ab</p>"),
        blocks(
            "<h1><br></h1><p>a<span class=\"ql-cursor\">\ufeff</span>b</p><p><br></p><p><br></p>"));
  }

  @Test
  void boldItalicAndStrikeAreWrittenAsQuillWritesThem() {
    assertEquals(
        List.of("<p><strong>b</strong> <em>i</em> <s>s</s> <s>d</s></p>"),
        blocks("<p><b>b</b> <i>i</i> <strike>s</strike> <del>d</del></p>"));
  }

  @Test
  void smallerHeadingsBecomeH4() {
    assertEquals(List.of("<h4>cinq</h4>", "<h4>six</h4>"), blocks("<h5>cinq</h5><h6>six</h6>"));
  }

  @Test
  void sanitisingIsIdempotentOnStoredBlocks() {
    String html =
        "<h2>T</h2><p>Café &amp; \u00a0co &lt;b&gt; \"q\" 'a' @ + = ` <a href=\"https://x.org/?a=1&amp;b=2\">"
            + "l</a></p><table><tr><td>1</td></tr></table>loose<br>text";
    List<String> once = blocks(html);
    assertEquals(once, blocks(HtmlBlocks.join(once)));
    assertEquals(once, blocks(RichText.sanitize(HtmlBlocks.join(once))));
  }
}
