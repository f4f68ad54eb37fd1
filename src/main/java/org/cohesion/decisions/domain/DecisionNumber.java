package org.cohesion.decisions.domain;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cohesion.platform.domain.DomainException;

/** A decision's number: body, year and a sequence per body and year, as in {@code CA-2008-03}. */
public record DecisionNumber(String bodyCode, int year, int seq) {
  private static final Pattern FORMAT = Pattern.compile("([A-Z]+)-(\\d{4})-(\\d{2,4})");
  public static final int MAX_SEQ = 9999;

  public DecisionNumber {
    if (bodyCode == null || bodyCode.isBlank()) {
      throw new DomainException("decision.number.invalid");
    }
    if (seq < 1 || seq > MAX_SEQ) {
      throw new DomainException("decision.number.invalid");
    }
  }

  public static DecisionNumber parse(String text) {
    Matcher m = FORMAT.matcher(text == null ? "" : text.strip());
    if (!m.matches()) {
      throw new DomainException("decision.number.invalid");
    }
    return new DecisionNumber(
        m.group(1), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
  }

  @Override
  public String toString() {
    return String.format("%s-%04d-%02d", bodyCode, year, seq);
  }
}
