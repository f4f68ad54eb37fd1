package org.cohesion.minutes.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class HtmlBlocksTest {

  @Test
  void splitsTopLevelBlocks() {
    assertEquals(
        List.of("<h1>T</h1>", "<p>a</p>", "<ul><li>b</li></ul>", "<blockquote>c</blockquote>"),
        HtmlBlocks.split("<h1>T</h1><p>a</p><ul><li>b</li></ul><blockquote>c</blockquote>"));
  }

  @Test
  void looseTextAndInlineElementsAreWrappedIntoParagraphs() {
    assertEquals(
        List.of("<p>avant <b>gras</b></p>", "<p>milieu</p>", "<p>après<br>suite</p>"),
        HtmlBlocks.split("avant <b>gras</b><p>milieu</p>\n  après<br>suite  "));
  }

  @Test
  void emptyParagraphsAndWhitespaceBetweenBlocksAreDropped() {
    assertEquals(
        List.of("<p>a</p>", "<p>b</p>"),
        HtmlBlocks.split(
            "<p><br></p><p>a</p>\n\n<p></p><p> &nbsp; </p><p><br><br></p><p>b</p><p><br></p>"));
  }

  @Test
  void nestedListsAndTablesStayOneBlock() {
    String list = "<ul><li>un<ul><li>un.un</li><li>un.deux</li></ul></li><li>deux</li></ul>";
    String table = "<table><tbody><tr><td><p>x</p><ul><li>y</li></ul></td></tr></tbody></table>";
    assertEquals(List.of(list, table), HtmlBlocks.split(list + table));
  }

  @Test
  void joinIsTheInverseOfSplitOnSplitBlocks() {
    List<String> blocks = HtmlBlocks.split("<p>a</p>b<h2>c</h2>");
    assertEquals(List.of("<p>a</p>", "<p>b</p>", "<h2>c</h2>"), blocks);
    assertEquals("<p>a</p><p>b</p><h2>c</h2>", HtmlBlocks.join(blocks));
    assertEquals(blocks, HtmlBlocks.split(HtmlBlocks.join(blocks)));
  }

  @Test
  void nothingGivesNoBlocks() {
    assertEquals(List.of(), HtmlBlocks.split(null));
    assertEquals(List.of(), HtmlBlocks.split(""));
    assertEquals(List.of(), HtmlBlocks.split("<p><br></p>"));
  }
}
