package org.cohesion.observation.domain;

import java.nio.charset.Charset;
import java.util.List;
import java.util.Set;

/**
 * What the parser made of a file: its layout, separator and encoding, how each column maps to an
 * indicator and period, the values, and every problem found (at most {@link
 * ObservationFileParser#MAX_PROBLEMS} kept, all of them counted). Importable only without problems.
 */
public record ParsedFile(
    Layout layout,
    char separator,
    Charset charset,
    List<ColumnMapping> columns,
    List<ParsedValue> values,
    List<ImportProblem> problems,
    int problemCount,
    Set<String> unknownIndicators,
    int dataLines) {

  public boolean isValid() {
    return problemCount == 0 && !values.isEmpty();
  }
}
