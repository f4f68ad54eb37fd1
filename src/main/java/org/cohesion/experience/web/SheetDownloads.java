package org.cohesion.experience.web;

import java.io.ByteArrayInputStream;
import org.cohesion.experience.application.SheetExport;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/** An export handed to the browser as a file. */
final class SheetDownloads {
  private SheetDownloads() {}

  static StreamedContent of(SheetExport.Export export, String name) {
    byte[] bytes = export.bytes();
    return DefaultStreamedContent.builder()
        .name(name + export.format().extension())
        .contentType(export.format().contentType())
        .contentLength((long) bytes.length)
        .stream(() -> new ByteArrayInputStream(bytes))
        .build();
  }
}
