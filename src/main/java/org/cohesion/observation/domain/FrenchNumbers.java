package org.cohesion.observation.domain;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Numbers as French open-data files write them: decimal commas ({@code 34,2}), thousands separated
 * by spaces, non-breaking spaces or dots ({@code 403 000}, {@code 1.234.567}, {@code 1.234,5}), an
 * optional trailing {@code %} or {@code €}. A single dot with no comma is a decimal point ({@code
 * 12.5}): a dot is taken for a thousands separator only where it cannot be anything else. Empty
 * cells and {@code s}, {@code nd}, {@code n.d.}, {@code secret} are values under statistical
 * secret.
 */
public final class FrenchNumbers {

  private static final Set<String> SUPPRESSED =
      Set.of("", "s", "nd", "n.d.", "n.d", "secret", "(s)", "ns");
  private static final Pattern GROUPED = Pattern.compile("\\d{1,3}(?:X\\d{3})+");
  private static final Pattern PLAIN = Pattern.compile("\\d+(?:\\.\\d+)?|\\.\\d+");

  private FrenchNumbers() {}

  /** The common case, read without regular expressions: digits with at most one , or . mark. */
  private static BigDecimal plain(String s) {
    int n = s.length();
    if (n == 0 || n > 30) {
      return null;
    }
    int mark = -1;
    int start = s.charAt(0) == '-' ? 1 : 0;
    if (start == n) {
      return null;
    }
    for (int i = start; i < n; i++) {
      char ch = s.charAt(i);
      if (ch == ',' || ch == '.') {
        if (mark >= 0 || i == start || i == n - 1) {
          return null;
        }
        mark = i;
      } else if (ch < '0' || ch > '9') {
        return null;
      }
    }
    return new BigDecimal(mark >= 0 && s.charAt(mark) == ',' ? s.replace(',', '.') : s);
  }

  /** Whether a cell means "secret" (suppressed, or simply not given). */
  public static boolean isSuppressed(String cell) {
    return cell == null || SUPPRESSED.contains(cell.strip().toLowerCase(Locale.ROOT));
  }

  /** The number of a cell, or null when it is not a number (the caller reports it). */
  public static BigDecimal parse(String cell) {
    if (cell == null) {
      return null;
    }
    String s = cell.strip();
    BigDecimal plain = plain(s);
    if (plain != null) {
      return plain;
    }
    if (s.endsWith("%") || s.endsWith("€")) {
      s = s.substring(0, s.length() - 1).strip();
    }
    boolean negative = false;
    if (s.startsWith("-") || s.startsWith("+") || s.startsWith("−")) {
      negative = !s.startsWith("+");
      s = s.substring(1).strip();
    }
    if (s.isEmpty()) {
      return null;
    }
    // Spaces of every kind are thousands separators only (never decimals).
    boolean spaced = false;
    if (s.indexOf(' ') >= 0 || s.indexOf('\u00A0') >= 0 || s.indexOf('\u202F') >= 0) {
      s = s.replace('\u00A0', ' ').replace('\u202F', ' ');
      spaced = true;
    }
    String integer;
    String fraction;
    int comma = s.lastIndexOf(',');
    int dot = s.lastIndexOf('.');
    if (comma >= 0 && dot >= 0) {
      // Both: the last one is the decimal mark, the other the thousands separator.
      char decimal = comma > dot ? ',' : '.';
      char thousands = decimal == ',' ? '.' : ',';
      int at = Math.max(comma, dot);
      integer = s.substring(0, at);
      fraction = s.substring(at + 1);
      if (spaced || !GROUPED.matcher(integer.replace(thousands, 'X')).matches()) {
        return null;
      }
      integer = integer.replace(String.valueOf(thousands), "");
    } else if (comma >= 0) {
      if (s.indexOf(',') != comma) {
        return null; // 1,234,567 in a French file is not a number we can read safely
      }
      integer = s.substring(0, comma);
      fraction = s.substring(comma + 1);
    } else if (dot >= 0 && s.indexOf('.') != dot) {
      // Several dots: thousands separators (1.234.567), which must group by three.
      if (spaced || !GROUPED.matcher(s.replace('.', 'X')).matches()) {
        return null;
      }
      integer = s.replace(".", "");
      fraction = "";
    } else if (dot >= 0) {
      integer = s.substring(0, dot);
      fraction = s.substring(dot + 1);
    } else {
      integer = s;
      fraction = "";
    }
    if (spaced) {
      if (!GROUPED.matcher(integer.replace(' ', 'X')).matches()) {
        return null;
      }
      integer = integer.replace(" ", "");
    }
    String text = (integer.isEmpty() ? "0" : integer) + (fraction.isEmpty() ? "" : "." + fraction);
    if (!PLAIN.matcher(text).matches() || (integer.isEmpty() && fraction.isEmpty())) {
      return null;
    }
    BigDecimal value = new BigDecimal(text);
    return negative ? value.negate() : value;
  }
}
