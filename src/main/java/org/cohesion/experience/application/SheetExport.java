package org.cohesion.experience.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import org.cohesion.platform.domain.DomainException;
import org.cohesion.platform.domain.NotFoundException;

/**
 * A sheet, or a selection of sheets for a participant pack, as an accessible PDF or as an ODT that
 * staff can edit. Each sheet goes through {@link ExperienceSheets#reading}, so an export holds only
 * what its caller may read on the sheet's own page: a sheet of the selection they may not read is
 * left out and named by its number in the answer (the page says so), never silently dropped.
 */
@ApplicationScoped
public class SheetExport {

  /** The most sheets one export holds: a participant pack, not the catalogue. */
  public static final int MAX_SHEETS = 20;

  public enum Format {
    PDF("application/pdf", ".pdf"),
    ODT("application/vnd.oasis.opendocument.text", ".odt");

    private final String contentType;
    private final String extension;

    Format(String contentType, String extension) {
      this.contentType = contentType;
      this.extension = extension;
    }

    public String contentType() {
      return contentType;
    }

    public String extension() {
      return extension;
    }
  }

  /**
   * @param leftOut the ids asked for that the caller may not read, left out of the file
   */
  public record Export(byte[] bytes, Format format, int sheets, List<Long> leftOut)
      implements Serializable {}

  @Inject ExperienceSheets sheets;

  /**
   * One sheet as its page shows it: the version asked for, else what the caller reads by default. A
   * sheet the caller may not read is not found, as on its page.
   */
  @Transactional(TxType.NOT_SUPPORTED)
  public Export one(long id, Integer number, Format format, Locale locale) {
    SheetReading reading = sheets.reading(id, number);
    return new Export(
        render(List.of(source(reading)), List.of(), format, locale), format, 1, List.of());
  }

  /**
   * A selection from the catalogue: each sheet's latest publication (the working copy for a sheet
   * never published, when the caller is of its group).
   */
  // Outside any transaction: a sheet refused inside one would mark it for rollback, and the rest
  // of the selection is still to be read.
  @Transactional(TxType.NOT_SUPPORTED)
  public Export selection(List<Long> ids, Format format, Locale locale) {
    List<Long> asked = ids == null ? List.of() : List.copyOf(new LinkedHashSet<>(ids));
    if (asked.isEmpty()) {
      throw new DomainException("experience.export.empty");
    }
    if (asked.size() > MAX_SHEETS) {
      throw new DomainException("experience.export.tooMany", MAX_SHEETS);
    }
    List<SheetDocument.Source> contents = new ArrayList<>();
    List<Long> leftOut = new ArrayList<>();
    for (Long id : asked) {
      try {
        SheetReading reading = sheets.reading(id, null);
        if (reading.number() == 0 && !reading.versions().isEmpty()) {
          reading = sheets.reading(id, reading.versions().get(0).number());
        }
        contents.add(source(reading));
      } catch (NotFoundException e) {
        leftOut.add(id);
      }
    }
    if (contents.isEmpty()) {
      throw new DomainException("experience.export.noneReadable");
    }
    return new Export(
        render(contents, leftOut, format, locale), format, contents.size(), List.copyOf(leftOut));
  }

  private static SheetDocument.Source source(SheetReading reading) {
    return new SheetDocument.Source(
        reading.content(),
        reading.attachments().stream().map(SheetReading.Attachment::title).toList());
  }

  static byte[] render(
      List<SheetDocument.Source> contents, List<Long> leftOut, Format format, Locale locale) {
    SheetDocument document = SheetDocument.of(contents, leftOut, locale);
    return format == Format.PDF ? SheetPdf.render(document) : SheetOdt.render(document);
  }
}
