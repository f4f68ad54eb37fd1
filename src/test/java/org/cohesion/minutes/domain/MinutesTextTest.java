package org.cohesion.minutes.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MinutesTextTest {

  /**
   * The vector of the fingerprint test; see {@link #fingerprintMatchesAnIndependentComputation}.
   */
  static final MinutesText SAMPLE =
      MinutesText.of(
          List.of(
              new Section(
                  "item-1",
                  "Ouverture",
                  List.of("<p>Bonjour à tous</p>", "<ul><li>un</li><li>deux</li></ul>")),
              new Section("free-1a2b3c4d", "", List.of())));

  @Test
  void keysMustBeUnique() {
    Section a = new Section("item-1", "A", List.of());
    Section b = new Section("item-1", "B", List.of());
    assertThrows(IllegalArgumentException.class, () -> MinutesText.of(List.of(a, b)));
  }

  @Test
  void sectionsRefuseNullsAndBadKeys() {
    assertThrows(NullPointerException.class, () -> new Section(null, "t", List.of()));
    assertThrows(NullPointerException.class, () -> new Section("k", null, List.of()));
    assertThrows(NullPointerException.class, () -> new Section("k", "t", null));
    List<String> withNull = new ArrayList<>();
    withNull.add(null);
    assertThrows(NullPointerException.class, () -> new Section("k", "t", withNull));
    assertThrows(IllegalArgumentException.class, () -> new Section("", "t", List.of()));
    assertThrows(IllegalArgumentException.class, () -> new Section("a b", "t", List.of()));
    assertThrows(IllegalArgumentException.class, () -> new Section("<x>", "t", List.of()));
  }

  @Test
  void sectionsAndTextsAreImmutableCopies() {
    List<String> blocks = new ArrayList<>(List.of("<p>a</p>"));
    Section s = new Section("item-1", "T", blocks);
    blocks.add("<p>b</p>");
    assertEquals(List.of("<p>a</p>"), s.blocks());
    assertThrows(UnsupportedOperationException.class, () -> s.blocks().add("x"));
    List<Section> sections = new ArrayList<>(List.of(s));
    MinutesText text = MinutesText.of(sections);
    sections.clear();
    assertEquals(1, text.sections().size());
    assertThrows(UnsupportedOperationException.class, () -> text.sections().clear());
  }

  @Test
  void ofHtmlSanitisesAndSplits() {
    Section s =
        Section.ofHtml(
            "item-2", "Budget", "<p onclick=\"x()\">a</p><script>x()</script>b<p><br></p>");
    assertEquals(List.of("<p>a</p>", "<p>b</p>"), s.blocks());
    assertEquals("<p>a</p><p>b</p>", s.html());
  }

  @Test
  void lookUpAndEdit() {
    assertEquals("Ouverture", SAMPLE.section("item-1").orElseThrow().title());
    assertTrue(SAMPLE.section("item-9").isEmpty());
    assertEquals(List.of("item-1", "free-1a2b3c4d"), SAMPLE.keys());
    MinutesText edited = SAMPLE.with(new Section("item-1", "Accueil", List.of()));
    assertEquals(List.of("item-1", "free-1a2b3c4d"), edited.keys());
    assertEquals("Accueil", edited.section("item-1").orElseThrow().title());
    assertEquals(
        List.of("item-1", "free-1a2b3c4d", "item-2"),
        SAMPLE.with(new Section("item-2", "B", List.of())).keys());
    assertEquals(List.of("free-1a2b3c4d"), SAMPLE.without("item-1").keys());
    assertSame(MinutesText.empty(), MinutesText.of(List.of()));
  }

  @Test
  void jsonRoundTrip() {
    String json = SAMPLE.toJson();
    MinutesText back = MinutesText.fromJson(json);
    assertEquals(SAMPLE, back);
    assertEquals(SAMPLE.hashCode(), back.hashCode());
    assertEquals(json, back.toJson());
    assertEquals(MinutesText.empty(), MinutesText.fromJson(MinutesText.empty().toJson()));
  }

  @Test
  void jsonWithUnusualCharactersRoundTrips() {
    MinutesText t =
        MinutesText.of(
            List.of(
                new Section(
                    "free-00ff00ff",
                    "Guillemets \" et \\ barre, \u2028 ligne, emoji \ud83d\ude00",
                    List.of("<p>tab\tnl\n\u0000 nul</p>"))));
    assertEquals(t, MinutesText.fromJson(t.toJson()));
    assertEquals(t.fingerprint(), MinutesText.fromJson(t.toJson()).fingerprint());
  }

  @Test
  void malformedJsonIsRefused() {
    for (String bad :
        List.of(
            "",
            "[]",
            "{}",
            "{\"format\":\"cohesion-minutes\",\"version\":2,\"sections\":[]}",
            "{\"format\":\"cohesion-minutes\",\"version\":1}",
            "{\"format\":\"cohesion-minutes\",\"version\":1,\"sections\":[{\"key\":\"a\"}]}",
            "{\"format\":\"cohesion-minutes\",\"version\":1,\"sections\":"
                + "[{\"key\":\"a\",\"title\":\"t\",\"blocks\":[1]}]}",
            "{\"format\":\"cohesion-minutes\",\"version\":1,\"sections\":[{\"key\":\"a\","
                + "\"title\":\"t\",\"blocks\":[]},{\"key\":\"a\",\"title\":\"u\",\"blocks\":[]}]}",
            "{not json")) {
      assertThrows(IllegalArgumentException.class, () -> MinutesText.fromJson(bad), bad);
    }
    assertThrows(IllegalArgumentException.class, () -> MinutesText.fromJson(null));
  }

  /**
   * The expected value was computed outside Java, from the canonical bytes documented in {@link
   * MinutesText}, in a shell:
   *
   * <pre>
   * ns() { printf '%d:%s,' "$(printf '%s' "$1" | wc -c)" "$1"; }
   * { ns cohesion-minutes-v1; ns 2; ns item-1; ns Ouverture; ns 2; ns '&lt;p&gt;Bonjour à tous&lt;/p&gt;';
   *   ns '&lt;ul&gt;&lt;li&gt;un&lt;/li&gt;&lt;li&gt;deux&lt;/li&gt;&lt;/ul&gt;'; ns free-1a2b3c4d; ns ''; ns 0; } | sha256sum
   * </pre>
   */
  @Test
  void fingerprintMatchesAnIndependentComputation() {
    assertEquals(
        "19:cohesion-minutes-v1,1:2,6:item-1,9:Ouverture,1:2,22:<p>Bonjour à tous</p>,"
            + "33:<ul><li>un</li><li>deux</li></ul>,13:free-1a2b3c4d,0:,1:0,",
        new String(SAMPLE.canonicalBytes(), StandardCharsets.UTF_8));
    assertEquals(
        "4ea03edc0e7a84514347057649e0dd3f4dd85549c8b9284d7c266e7d67c0bbe7", SAMPLE.fingerprint());
    // { ns cohesion-minutes-v1; ns 0; } | sha256sum
    assertEquals(
        "28cd22dcc76b3300728e684be804906f026b059a9ee04e04fa17ea88c206f77b",
        MinutesText.empty().fingerprint());
  }

  @Test
  void fingerprintIsStableAcrossJsonAndSerialisation() throws Exception {
    assertEquals(SAMPLE.fingerprint(), MinutesText.fromJson(SAMPLE.toJson()).fingerprint());
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(SAMPLE);
    }
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      MinutesText back = (MinutesText) in.readObject();
      assertEquals(SAMPLE, back);
      assertEquals(SAMPLE.fingerprint(), back.fingerprint());
    }
    assertTrue(SAMPLE.fingerprint().matches("[0-9a-f]{64}"));
  }

  @Test
  void fingerprintChangesWithContentAndOrder() {
    Section a = new Section("item-1", "A", List.of("<p>x</p>"));
    Section b = new Section("item-2", "B", List.of("<p>y</p>"));
    String ab = MinutesText.of(List.of(a, b)).fingerprint();
    assertNotEquals(ab, MinutesText.of(List.of(b, a)).fingerprint()); // section order
    assertNotEquals(
        ab,
        MinutesText.of(List.of(a, b.withBlocks(List.of("<p>y</p>", "<p>z</p>")))).fingerprint());
    assertNotEquals(
        MinutesText.of(List.of(a.withBlocks(List.of("<p>1</p>", "<p>2</p>")))).fingerprint(),
        MinutesText.of(List.of(a.withBlocks(List.of("<p>2</p>", "<p>1</p>")))).fingerprint());
    assertNotEquals(ab, MinutesText.of(List.of(a, b.withTitle("B."))).fingerprint());
    // the same characters cut differently: blocks "ab" | "c" vs "a" | "bc"; title vs block
    assertNotEquals(
        MinutesText.of(List.of(a.withBlocks(List.of("ab", "c")))).fingerprint(),
        MinutesText.of(List.of(a.withBlocks(List.of("a", "bc")))).fingerprint());
    assertNotEquals(
        MinutesText.of(List.of(new Section("k", "x", List.of()))).fingerprint(),
        MinutesText.of(List.of(new Section("k", "", List.of("x")))).fingerprint());
    assertEquals(ab, MinutesText.of(List.of(a, b)).fingerprint());
  }

  @Test
  void charactersCountTitlesAndBlocks() {
    assertEquals(
        "Ouverture".length()
            + "<p>Bonjour à tous</p>".length()
            + "<ul><li>un</li><li>deux</li></ul>".length(),
        SAMPLE.characters());
    assertEquals(0, MinutesText.empty().characters());
  }

  @Test
  void plainTextHasNoTags() {
    MinutesText t =
        MinutesText.of(
            List.of(
                Section.ofHtml(
                    "item-1",
                    "Ouverture",
                    "<h2>Présents</h2><p>M. <strong>Anselme</strong> &amp; Mme Rosemond</p>"
                        + "<ul><li>un</li><li>deux</li></ul>"),
                Section.ofHtml(
                    "item-2",
                    "Budget",
                    "<table><tr><th>Poste</th><th>Montant</th></tr><tr><td>Étude</td>"
                        + "<td>1 200 €</td></tr></table><p>ligne<br>suivante</p>")));
    assertEquals(
        "Ouverture\nPrésents\nM. Anselme & Mme Rosemond\nun\ndeux\n\n"
            + "Budget\nPoste\tMontant\nÉtude\t1 200 €\nligne\nsuivante",
        t.plainText());
  }
}
