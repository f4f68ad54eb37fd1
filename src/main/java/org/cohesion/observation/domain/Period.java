package org.cohesion.observation.domain;

import java.io.Serializable;
import java.util.Optional;

/**
 * A year, or a quarter of a year (quarter 0 means the whole year). Written {@code 2008} or {@code
 * 2008-T1}; {@code 2008T1}, {@code 2008-Q1} and {@code 2008 Q1} are read too.
 */
public record Period(int year, int quarter) implements Comparable<Period>, Serializable {

  public Period {
    if (year < 1900 || year > 2100 || quarter < 0 || quarter > 4) {
      throw new IllegalArgumentException("period out of range: " + year + "/" + quarter);
    }
  }

  public static Period year(int year) {
    return new Period(year, 0);
  }

  /**
   * The longest text {@link #parse} reads: {@code 2008 - T1} with room for a few more spaces.
   * Longer text is refused before anything else is looked at, so a request parameter of any size
   * costs no more than this.
   */
  public static final int MAX_TEXT_LENGTH = 16;

  /**
   * Reads {@code 2008}, {@code 2008-T1}, {@code 2008T1}, {@code 2008-Q1}, {@code 2008 Q1}, {@code
   * 2008_t1}. A hand-written scanner rather than a regex: the earlier pattern had two {@code \s*}
   * around an optional separator, which backtracks quadratically on a run of spaces.
   */
  public static Optional<Period> parse(String text) {
    if (text == null || text.length() > MAX_TEXT_LENGTH) {
      return Optional.empty();
    }
    String t = text.strip();
    if (t.length() < 4) {
      return Optional.empty();
    }
    int year = 0;
    for (int i = 0; i < 4; i++) {
      char c = t.charAt(i);
      if (c < '0' || c > '9') {
        return Optional.empty();
      }
      year = year * 10 + (c - '0');
    }
    if (year < 1900 || year > 2100) {
      return Optional.empty();
    }
    if (t.length() == 4) {
      return Optional.of(year(year));
    }
    int i = 4;
    i = skipSpaces(t, i);
    if (i < t.length() && (t.charAt(i) == '-' || t.charAt(i) == '_')) {
      i = skipSpaces(t, i + 1);
    }
    // The last two characters must be the quarter: T or Q, then 1 to 4.
    if (i != t.length() - 2) {
      return Optional.empty();
    }
    char letter = Character.toUpperCase(t.charAt(i));
    char digit = t.charAt(i + 1);
    if ((letter != 'T' && letter != 'Q') || digit < '1' || digit > '4') {
      return Optional.empty();
    }
    return Optional.of(new Period(year, digit - '0'));
  }

  private static int skipSpaces(String t, int from) {
    int i = from;
    while (i < t.length() && Character.isWhitespace(t.charAt(i))) {
      i++;
    }
    return i;
  }

  /**
   * The year of a two-digit suffix in an INSEE column name ({@code POP08} is 2008, {@code P99} is
   * 1999): 00-69 are 2000-2069, 70-99 are the 1900s.
   */
  public static Period ofTwoDigits(int yy) {
    return year(yy < 70 ? 2000 + yy : 1900 + yy);
  }

  public boolean isAnnual() {
    return quarter == 0;
  }

  public String label() {
    return quarter == 0 ? Integer.toString(year) : year + "-T" + quarter;
  }

  @Override
  public int compareTo(Period other) {
    int c = Integer.compare(year, other.year);
    return c != 0 ? c : Integer.compare(quarter, other.quarter);
  }

  @Override
  public String toString() {
    return label();
  }
}
