package org.cohesion.observation.domain;

import java.io.Serializable;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A year, or a quarter of a year (quarter 0 means the whole year). Written {@code 2008} or {@code
 * 2008-T1}; {@code 2008T1}, {@code 2008-Q1} and {@code 2008 Q1} are read too.
 */
public record Period(int year, int quarter) implements Comparable<Period>, Serializable {

  // The separator is written so that a run of spaces can be read one way only: the former
  // \s*[-_ ]?\s* backtracked quadratically (8 s for "2020" and 20,000 spaces), and the period
  // comes from URL parameters (?period=) as well as from imported files.
  private static final Pattern TEXT =
      Pattern.compile("(\\d{4})(?:\\s*(?:[-_]\\s*)?[TtQq]([1-4]))?");

  public Period {
    if (year < 1900 || year > 2100 || quarter < 0 || quarter > 4) {
      throw new IllegalArgumentException("period out of range: " + year + "/" + quarter);
    }
  }

  public static Period year(int year) {
    return new Period(year, 0);
  }

  public static Optional<Period> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String t = text.strip();
    if (t.length() == 4
        && Character.isDigit(t.charAt(0))
        && Character.isDigit(t.charAt(1))
        && Character.isDigit(t.charAt(2))
        && Character.isDigit(t.charAt(3))) {
      int year = Integer.parseInt(t);
      return year < 1900 || year > 2100 ? Optional.empty() : Optional.of(year(year));
    }
    Matcher m = TEXT.matcher(t);
    if (!m.matches()) {
      return Optional.empty();
    }
    int year = Integer.parseInt(m.group(1));
    if (year < 1900 || year > 2100) {
      return Optional.empty();
    }
    return Optional.of(new Period(year, m.group(2) == null ? 0 : Integer.parseInt(m.group(2))));
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
