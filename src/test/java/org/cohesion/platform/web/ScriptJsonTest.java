package org.cohesion.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;

import jakarta.json.JsonObject;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class ScriptJsonTest {
  private static final JsonProvider JSON = JsonProvider.provider();

  private static JsonObject label(String text) {
    return JSON.createObjectBuilder().add("label", text).build();
  }

  private static String readBack(String json) {
    return JSON.createReader(new StringReader(json)).readObject().getString("label");
  }

  @Test
  void aClosingScriptTagCannotLeaveTheScript() {
    String attack = "</script><script>window.__xss=1</script>";
    String out = ScriptJson.of(label(attack));
    assertFalse(out.contains("<"), out);
    assertFalse(out.contains(">"), out);
    assertEquals(
        "{\"label\":\"\\u003c/script\\u003e\\u003cscript\\u003ewindow.__xss=1\\u003c/script\\u003e\"}",
        out);
    assertEquals(attack, readBack(out));
  }

  @Test
  void quotesAmpersandsAndLineSeparatorsAreEscaped() {
    String text = "\"><img src=x onerror='a&b'>\u2028\u2029";
    String out = ScriptJson.of(label(text));
    for (char c : new char[] {'<', '>', '&', '\'', '\u2028', '\u2029'}) {
      assertFalse(out.indexOf(c) >= 0, "raw " + (int) c + " in " + out);
    }
    // The double quote is JSON's own: it stays escaped as \" and cannot end the string.
    assertEquals(
        "{\"label\":\"\\\"\\u003e\\u003cimg src=x onerror=\\u0027a\\u0026b\\u0027\\u003e"
            + "\\u2028\\u2029\"}",
        out);
    assertEquals(text, readBack(out));
  }

  @Test
  void harmlessTextIsLeftAsItIs() {
    String json = "{\"label\":\"Taux de chômage (%)\",\"v\":[1,2.5,null]}";
    assertSame(json, ScriptJson.escape(json));
  }
}
