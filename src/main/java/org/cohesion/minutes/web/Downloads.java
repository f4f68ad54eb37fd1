package org.cohesion.minutes.web;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/** Files handed to the browser by the meeting and minutes pages. */
final class Downloads {

  private Downloads() {}

  static StreamedContent pdf(byte[] bytes, String name) {
    return file(bytes, "application/pdf", name + ".pdf");
  }

  static StreamedContent ics(String calendar, String name) {
    return file(
        calendar.getBytes(StandardCharsets.UTF_8), "text/calendar; charset=UTF-8", name + ".ics");
  }

  private static StreamedContent file(byte[] bytes, String type, String name) {
    return DefaultStreamedContent.builder()
        .name(name)
        .contentType(type)
        .contentLength((long) bytes.length)
        .stream(() -> new ByteArrayInputStream(bytes))
        .build();
  }
}
