package org.cohesion.tools.application;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import org.cohesion.tools.domain.DublinCore;

/**
 * The document page: its description, subjects, versions, counts by month and excerpt, and a paper
 * item's shelf mark.
 */
public record DocumentView(
    long id,
    Long groupId,
    String groupName,
    DublinCore metadata,
    List<ConceptChoice> subjects,
    List<VersionRow> versions,
    List<MonthCount> byMonth,
    long downloads,
    String excerpt,
    boolean hasPreview,
    Long previewVersionId,
    boolean canChange,
    String shelfMark)
    implements Serializable {

  /** A paper item: catalogued with a shelf mark, no file; lent by staff. */
  public boolean paper() {
    return shelfMark != null;
  }

  /** One version, newest first. */
  public record VersionRow(
      long id,
      int number,
      String fileName,
      String mediaType,
      long size,
      String uploadedBy,
      Instant uploadedAt,
      String note,
      String label,
      long downloads,
      boolean quarantined)
      implements Serializable {}

  public record MonthCount(String month, long downloads) implements Serializable {}
}
