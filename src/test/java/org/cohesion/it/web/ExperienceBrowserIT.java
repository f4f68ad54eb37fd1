package org.cohesion.it.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cohesion.it.Demo;
import org.cohesion.it.WebClient;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * An experience sheet's main path in Chromium, as its people click it. Two coordinators of the
 * Lamentin group write a sheet together (identity, then the parts, each saving their own) and the
 * first submits it; the group's lead returns it with a comment, which the author reads on the
 * sheet, fixes and submits again; the lead publishes it and keeps it to the coordinators' network.
 * A coordinator of Schœlcher, in that network, finds it from the header's search by « securite »
 * typed without its accents, compares it with her own sheet, links hers ("we tried this too") and
 * asks the authors a question, which the author then reads; a member outside the network finds
 * nothing of it. Everyone on the path is a fresh account in fresh groups and a fresh network
 * (it.server.ExperienceBrowserData); the outsider is a demo account, who only reads.
 */
class ExperienceBrowserIT extends BrowserTestBase {

  @Override
  protected Duration waitTimeout() {
    return Duration.ofSeconds(60);
  }

  private void type(String id, String text) {
    Pf.type(wait, id, text);
  }

  private void typeDate(String id, String date) {
    Pf.ajaxIdle(wait);
    WebElement input =
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(id + "_input")));
    input.clear();
    input.sendKeys(date);
    wait.until(d -> date.equals(input.getAttribute("value")));
    // The sheet's date pickers open on focus and close on a click elsewhere (neither Escape nor a
    // Tab, which would open the next one's): a click in the page's empty right margin, once the
    // panel has finished opening (its outside-click handler is bound then).
    wait.until(Pf.overlayOpen(id + "_panel"));
    new Actions(driver).moveToLocation(1230, 400).click().perform();
    wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id(id + "_panel")));
    Pf.ajaxIdle(wait);
  }

  /** A button that posts the whole page (ajax="false"): waits for the page that answers. */
  private void post(String id) {
    Pf.navigate(driver, wait, By.id(id));
  }

  private void waitForMessage(String... parts) {
    wait.until(
        d -> {
          List<WebElement> messages = d.findElements(By.id("messages"));
          if (messages.isEmpty()) {
            return false;
          }
          String text = messages.get(0).getText();
          for (String part : parts) {
            if (!text.contains(part)) {
              return false;
            }
          }
          return true;
        });
  }

  private String text(String id) {
    return wait.until(ExpectedConditions.presenceOfElementLocated(By.id(id))).getText();
  }

  /** Writes one part of the edit page, found by its heading, and saves it alone. */
  private void writePart(String label, String body) {
    Pf.ajaxIdle(wait);
    WebElement form =
        wait.until(
            d ->
                d.findElements(By.cssSelector("section.part-form")).stream()
                    .filter(f -> f.findElement(By.tagName("h2")).getText().startsWith(label))
                    .findFirst()
                    .orElse(null));
    WebElement area = form.findElement(By.cssSelector("textarea.part-text"));
    area.clear();
    area.sendKeys(body);
    WebElement save = form.findElement(By.cssSelector("button[id$=':save']"));
    WebElement old = driver.findElement(By.tagName("html"));
    wait.until(ExpectedConditions.elementToBeClickable(save)).click();
    wait.until(Pf.replaced(old));
    Pf.ajaxIdle(wait);
    waitForMessage("Partie", label, "enregistrée");
  }

  /** The group's list of sheets, then the sheet, as its members reach it. */
  private void openFromGroup(String title) {
    Pf.navigate(driver, wait, By.id("experience-link"));
    Pf.heading(wait, "Fiches d'expérience");
    Pf.navigate(driver, wait, By.linkText(title));
    Pf.heading(wait, title);
  }

  private By hitOf(long sheet) {
    return By.cssSelector(
        "#search-hits li[data-kind='experience'] a.search-title[href$='experience/sheet.xhtml?id="
            + sheet
            + "']");
  }

  /** Types in the header's box and submits it, as anyone searches. */
  private void searchFromHeader(String text) {
    WebElement box =
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("header-search-q")));
    box.clear();
    box.sendKeys(text);
    Pf.navigate(driver, wait, By.id("header-search-go"));
    wait.until(ExpectedConditions.urlContains("search.xhtml"));
  }

  @Test
  void aSheetWrittenInOneTownIsFoundAndReusedInAnotherOfItsNetworkOnly() throws Exception {
    WebClient admin = client();
    assertEquals(302, admin.login("jvalcin", Demo.PASSWORD).statusCode());
    HttpResponse<String> made = admin.post("it/experience-browser-data");
    assertEquals(200, made.statusCode(), made.body());
    String[] lines = made.body().split("\n");
    String author = lines[0];
    String coAuthor = lines[1];
    String lead = lines[2];
    String otherTown = lines[3];
    String group = lines[4];
    String network = lines[5];
    String otherSheet = lines[6];
    String word = "n" + Long.toString(System.nanoTime(), 36);
    String title = "Médiation et sécurité nocturne " + word;

    // The author starts the sheet from her group's page.
    signInAs(author, "group.xhtml?g=" + group);
    Pf.navigate(driver, wait, By.id("experience-link"));
    Pf.heading(wait, "Fiches d'expérience");
    type("sheets:new-title", title);
    post("sheets:create");
    wait.until(ExpectedConditions.urlContains("experience/edit.xhtml"));
    Pf.heading(wait, "Écrire la fiche — " + title);
    Matcher id = Pattern.compile("[?&]id=(\\d+)").matcher(driver.getCurrentUrl());
    assertTrue(id.find(), driver.getCurrentUrl());
    long sheet = Long.parseLong(id.group(1));

    // Its identity: a theme of the thesaurus, a territory of the observatory, the period, who.
    Pf.complete(driver, wait, "identity:new-theme", "Préven", "Prévention de la délinquance");
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("identity:themes"), "Prévention de la délinquance"));
    Pf.complete(driver, wait, "identity:territory", "Lamen", "Le Lamentin");
    Pf.choose(driver, wait, "identity:audience", "Jeunes");
    typeDate("identity:start", "01/09/2024");
    typeDate("identity:end", "30/06/2025");
    type("identity:owner", "Ville du Lamentin");
    type("identity:partners", "Police nationale, bailleurs sociaux, associations de quartier");
    type("identity:contact", "clspd.lamentin@example.org");
    post("identity:save-identity");
    waitForMessage("Fiche enregistrée.");

    writePart("Contexte et diagnostic", "Des regroupements tardifs au pied des immeubles.");
    writePart("Objectifs", "Apaiser les soirées et renouer le dialogue avec les jeunes.");
    writePart("Public visé", "Les 16-25 ans des quartiers prioritaires.");
    writePart("Actions menées", "Deux médiateurs de 18 h à minuit, cinq soirs par semaine.");
    writePart("Participation des habitants", "Un comité d'habitants fait le point chaque mois.");
    Browser.screenshot(driver, "40-experience-edit");

    // The co-author writes the other required parts, from the group's list of sheets.
    signInAs(coAuthor, "group.xhtml?g=" + group);
    openFromGroup(title);
    Pf.navigate(driver, wait, By.id("sheet:edit"));
    Pf.heading(wait, "Écrire la fiche — " + title);
    writePart("Résultats", "Moins d'appels de nuit à la police municipale.");
    writePart("Limites et difficultés", "Le recrutement des médiateurs a pris six mois.");
    writePart("Conditions de transfert", "Un bailleur partenaire et un local ouvert le soir.");

    // The author submits it.
    signInAs(author, "experience/edit.xhtml?id=" + sheet);
    Pf.heading(wait, "Écrire la fiche — " + title);
    post("submit-form:submit");
    wait.until(ExpectedConditions.urlContains("experience/sheet.xhtml"));
    waitForMessage("Fiche soumise à la relecture.");
    assertEquals("Soumise à relecture", text("status"));
    String written = text("main");
    assertTrue(
        written.contains("Des regroupements tardifs") && written.contains("Un bailleur partenaire"),
        "each one's parts kept: " + written);
    String authors = text("authors");
    assertTrue(
        authors.contains("Josiane Ravine") && authors.contains("Patrick Lafleur"),
        "both wrote it: " + authors);

    // The lead returns it with a comment.
    String comment = "Précisez les résultats : combien de jeunes rencontrés ?";
    signInAs(lead, "group.xhtml?g=" + group);
    openFromGroup(title);
    assertEquals("Soumise à relecture", text("status"));
    type("sheet:comment", comment);
    post("sheet:return");
    waitForMessage("Fiche renvoyée aux auteurs.");
    assertEquals("Renvoyée aux auteurs", text("status"));

    // The author reads the comment on her sheet, fixes the results and submits again.
    signInAs(author, "experience/sheet.xhtml?id=" + sheet);
    Pf.heading(wait, title);
    assertEquals("Renvoyée aux auteurs", text("status"));
    assertEquals(comment, text("review-comment"));
    Browser.screenshot(driver, "41-experience-returned");
    Pf.navigate(driver, wait, By.id("sheet:edit"));
    assertTrue(text("review-comment").contains(comment), "the comment beside the editor too");
    writePart(
        "Résultats",
        "Moins d'appels de nuit à la police municipale ; 140 jeunes rencontrés en un an.");
    post("submit-form:submit");
    wait.until(ExpectedConditions.urlContains("experience/sheet.xhtml"));
    waitForMessage("Fiche soumise à la relecture.");
    assertEquals("Soumise à relecture", text("status"));

    // The lead publishes it and keeps it to the coordinators' network (a wider audience: asked).
    signInAs(lead, "experience/sheet.xhtml?id=" + sheet);
    Pf.heading(wait, title);
    post("sheet:publish");
    waitForMessage("Fiche publiée.");
    assertEquals("Publiée", text("status"));
    assertEquals("Le groupe seulement", text("confidentiality"));
    Pf.choose(driver, wait, "sheet:level", "Le réseau des coordonnateurs");
    Pf.choose(driver, wait, "sheet:network", network);
    post("sheet:apply-level");
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("sheet:confirm-wider")));
    post("sheet:confirm");
    waitForMessage("Confidentialité modifiée.");
    assertEquals("Le réseau des coordonnateurs (" + network + ")", text("confidentiality"));

    // A coordinator of Schœlcher finds it by « securite », typed without its accents.
    signInAs(otherTown, "index.xhtml");
    searchFromHeader("securite " + word);
    // The index follows the publication within a second or two: search again until it has.
    wait.until(
        d -> {
          if (!d.findElements(hitOf(sheet)).isEmpty()) {
            return true;
          }
          d.get(
              url(
                  "search.xhtml?q="
                      + URLEncoder.encode("securite " + word, StandardCharsets.UTF_8)));
          return false;
        });
    WebElement hit = driver.findElement(hitOf(sheet));
    assertEquals(title, hit.getText());
    List<String> marked =
        hit.findElement(By.xpath("./ancestor::li")).findElements(By.cssSelector("mark")).stream()
            .map(WebElement::getText)
            .toList();
    assertTrue(marked.contains("sécurité"), "highlighted: " + marked);
    Browser.screenshot(driver, "42-experience-search");

    Pf.navigate(driver, wait, hitOf(sheet));
    Pf.heading(wait, title);
    assertEquals("Publiée", text("status"));
    assertTrue(text("main").contains("140 jeunes rencontrés"), "the published, fixed text");

    // She compares it with her own sheet, side by side.
    Pf.choose(driver, wait, "sheet:my-sheet", otherSheet);
    post("sheet:compare");
    Pf.heading(wait, "Comparer");
    String compared = text("compare");
    assertTrue(compared.contains(title) && compared.contains(otherSheet), compared);
    assertTrue(
        compared.contains("140 jeunes rencontrés") && compared.contains("deux médiateurs le soir"),
        compared);
    // Side by side: the results row holds one cell per sheet, on one line, in the order asked.
    WebElement results =
        driver.findElement(
            By.xpath(
                "//table[@id='compare']//tr[th[starts-with(normalize-space(), 'Résultats')]]"));
    List<WebElement> cells = results.findElements(By.tagName("td"));
    assertEquals(2, cells.size(), results.getText());
    assertTrue(cells.get(0).getText().contains("140 jeunes rencontrés"), cells.get(0).getText());
    assertTrue(cells.get(1).getText().contains("deux médiateurs le soir"), cells.get(1).getText());
    assertEquals(cells.get(0).getRect().getY(), cells.get(1).getRect().getY(), "one line");
    assertTrue(cells.get(1).getRect().getX() > cells.get(0).getRect().getX(), "two columns");
    Browser.screenshot(driver, "43-experience-compare");

    // Back to the sheet: "we tried this too", with her sheet, then a question to its authors.
    Pf.navigate(driver, wait, By.linkText(title));
    Pf.heading(wait, title);
    Pf.choose(driver, wait, "sheet:my-sheet", otherSheet);
    post("sheet:tried-too");
    waitForMessage("Votre fiche est reliée à celle-ci.");
    assertTrue(text("links").contains(otherSheet), text("links"));
    String question = "Comment avez-vous recruté vos médiateurs ?";
    type("sheet:question", question);
    post("sheet:ask");
    waitForMessage("Question envoyée aux auteurs.");
    String comments = text("comments");
    assertTrue(comments.contains("Marlène Fonds-Lahaye") && comments.contains(question), comments);
    Browser.screenshot(driver, "44-experience-reused");

    // The author reads the question on her sheet.
    signInAs(author, "experience/sheet.xhtml?id=" + sheet);
    Pf.heading(wait, title);
    assertTrue(text("comments").contains(question), text("comments"));

    // A member outside the network finds nothing of it, by search or by its address.
    signInAs("flarcher", "index.xhtml");
    searchFromHeader("securite " + word);
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("search-empty")));
    assertEquals(List.of(), driver.findElements(By.id("search-hits")));
    Browser.screenshot(driver, "45-experience-outsider");
    driver.get(url("experience/sheet.xhtml?id=" + sheet));
    Pf.ajaxIdle(wait);
    assertFalse(driver.getPageSource().contains(word), "the sheet is not shown to an outsider");
  }
}
