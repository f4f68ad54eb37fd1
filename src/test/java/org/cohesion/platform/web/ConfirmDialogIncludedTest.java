package org.cohesion.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The layout renders the confirm dialog only for the pages that include it (its "dialogs" slot): a
 * p:confirm on a page without it would find no dialog to open. Every page with a p:confirm must
 * include {@code /WEB-INF/includes/confirm-dialog.xhtml}.
 */
class ConfirmDialogIncludedTest {

  private static final Path WEBAPP = Path.of("src/main/webapp");
  private static final Pattern CONFIRM = Pattern.compile("<p:confirm[\\s/>]");
  private static final String INCLUDE =
      "<ui:include src=\"/WEB-INF/includes/confirm-dialog.xhtml\"/>";

  @Test
  void everyPageThatAsksBeforeActingIncludesTheDialog() throws IOException {
    List<Path> asking = pagesMatching(CONFIRM);
    assertFalse(asking.isEmpty(), "pages with a p:confirm are found");
    List<Path> without =
        asking.stream().filter(page -> !read(page).contains(INCLUDE)).sorted().toList();
    assertEquals(List.of(), without, "pages with a p:confirm but no confirm dialog");
  }

  @Test
  void theLayoutDoesNotRenderItOnEveryPage() {
    String layout = read(WEBAPP.resolve("WEB-INF/templates/layout.xhtml"));
    assertFalse(layout.contains("<p:confirmDialog"), "the layout has no dialog of its own");
  }

  private static List<Path> pagesMatching(Pattern pattern) throws IOException {
    try (Stream<Path> files = Files.walk(WEBAPP)) {
      return files
          .filter(file -> file.toString().endsWith(".xhtml"))
          .filter(file -> pattern.matcher(read(file)).find())
          .toList();
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(file.toString(), e);
    }
  }
}
