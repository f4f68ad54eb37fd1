package org.cohesion.platform.web;

import jakarta.json.JsonStructure;

/**
 * The one way Cohésion writes data into a script, or JSON into a page (a {@code p:chart}
 * configuration, the map's GeoJSON, any inline configuration). JSON escaping leaves {@code <},
 * {@code /} and {@code &} alone, so a label {@code </script><script>…} would close the script
 * element it is written into; and U+2028/U+2029 end a line in older JavaScript. Each of {@code < >
 * & ' U+2028 U+2029} is therefore written as its {@code \\uXXXX} escape. These characters can only
 * occur inside JSON strings, where the escape means the same character: the value read back is
 * unchanged, only the markup around it can no longer be broken.
 */
public final class ScriptJson {

  private ScriptJson() {}

  /** The JSON text of {@code value}, safe inside a {@code <script>} element or an attribute. */
  public static String of(JsonStructure value) {
    return escape(value.toString());
  }

  /** Escapes JSON text (already valid JSON) for a script or JSON-in-HTML context. */
  public static String escape(String json) {
    StringBuilder out = null;
    for (int i = 0; i < json.length(); i++) {
      char c = json.charAt(i);
      String escape =
          switch (c) {
            case '<' -> "\\u003c";
            case '>' -> "\\u003e";
            case '&' -> "\\u0026";
            case '\'' -> "\\u0027";
            case '\u2028' -> "\\u2028";
            case '\u2029' -> "\\u2029";
            default -> null;
          };
      if (escape != null) {
        if (out == null) {
          out = new StringBuilder(json.length() + 16).append(json, 0, i);
        }
        out.append(escape);
      } else if (out != null) {
        out.append(c);
      }
    }
    return out == null ? json : out.toString();
  }
}
