package org.cohesion.it.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.Map;
import org.cohesion.it.Demo;
import org.cohesion.it.WebClient;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The sheets' exports as the pages send them: a reader's PDF and ODT of one sheet from its page,
 * and of the sheets ticked in the catalogue, each a file of its type named for what it holds.
 */
class SheetDownloadsIT extends HttpTestBase {

  @Test
  void aSheetsPageAndTheCatalogueSendTheirExports() throws Exception {
    WebClient lead = client();
    assertEquals(302, lead.login("manselme", Demo.PASSWORD).statusCode());
    WebClient.Page catalogue = lead.open("experience/index.xhtml");
    Element link =
        catalogue.document().select("a[href*=experience/sheet.xhtml?id=]").stream()
            .filter(a -> a.text().contains("Cycle de qualification"))
            .findFirst()
            .orElseThrow(() -> new AssertionError("the catalogue links the evaluation cycle"));
    String sheet =
        link.attr("href").replaceAll(".*experience/sheet\\.xhtml", "experience/sheet.xhtml");

    WebClient.Page page = lead.open(sheet);
    assertFile(
        export(lead, page, "sheet", "export-pdf", Map.of()), "application/pdf", "%PDF", "fiche-");
    page = lead.open(sheet);
    assertFile(
        export(lead, page, "sheet", "export-odt", Map.of()),
        "application/vnd.oasis.opendocument.text",
        "PK",
        "fiche-");

    catalogue = lead.open("experience/index.xhtml");
    Element pick = catalogue.document().selectFirst("input[type=checkbox][name$=:pick]");
    assertNotNull(pick, "the catalogue offers sheets to tick");
    assertFile(
        export(lead, catalogue, "sheets", "export-pdf", Map.of(pick.attr("name"), "on")),
        "application/pdf",
        "%PDF",
        "fiches-experience");
  }

  /** Posts the page's form {@code form} as its button {@code button} would, with these extras. */
  private static HttpResponse<String> export(
      WebClient client, WebClient.Page page, String form, String button, Map<String, String> extra)
      throws Exception {
    Map<String, String> fields = page.fields(form);
    fields.putAll(extra);
    fields.put(form + ":" + button, "");
    return client.postRaw(page.action(form), fields);
  }

  private static void assertFile(
      HttpResponse<String> response, String type, String magic, String name) {
    assertEquals(200, response.statusCode(), response.body());
    assertTrue(
        response.headers().firstValue("Content-Type").orElse("").startsWith(type),
        response.headers().map().toString());
    assertTrue(response.body().startsWith(magic), "the file starts as a " + type + " file");
    assertTrue(
        response.headers().firstValue("Content-Disposition").orElse("").contains(name),
        response.headers().map().toString());
  }
}
