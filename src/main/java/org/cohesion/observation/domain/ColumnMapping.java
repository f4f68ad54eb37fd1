package org.cohesion.observation.domain;

import java.io.Serializable;

/**
 * How one column of a wide file is read: its header, the indicator code and period it carries, and
 * whether the indicator is known. Key columns (CODGEO, LIBGEO) have no indicator.
 */
public record ColumnMapping(
    int column, String header, String indicatorCode, Period period, boolean known)
    implements Serializable {

  public boolean isValueColumn() {
    return indicatorCode != null;
  }
}
