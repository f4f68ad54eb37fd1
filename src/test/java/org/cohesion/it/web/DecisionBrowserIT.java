package org.cohesion.it.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A board member in Chromium: creates a CA meeting, records attendance, is told why an empty
 * decision is refused, records a decision due in the past, follows it up, sees it overdue (on the
 * decision and on the home page), exports the register as PDF and runs the verification.
 */
class DecisionBrowserIT extends BrowserTestBase {
  @Override
  protected Duration waitTimeout() {
    return Duration.ofSeconds(20);
  }

  private Path downloads;

  @Override
  protected Path downloads() throws Exception {
    downloads =
        Files.createDirectories(
            Path.of(System.getProperty("cohesion.test.dir", "target"), "downloads"));
    try (Stream<Path> old = Files.list(downloads)) {
      old.forEach(p -> p.toFile().delete());
    }
    return downloads;
  }

  private String heading() {
    return Pf.heading(wait);
  }

  private void choose(String menuId, String label) {
    Pf.choose(driver, wait, menuId, label);
  }

  private void type(String id, String text) {
    Pf.type(wait, id, text);
  }

  private void typeDate(String id, String date) {
    Pf.ajaxIdle(wait);
    WebElement input =
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(id + "_input")));
    input.clear();
    input.sendKeys(date, Keys.TAB);
    // Were its overlay open (it opens on its icon, not on focus), it must be gone before a click.
    wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id(id + "_panel")));
    Pf.ajaxIdle(wait);
  }

  private void click(String id) {
    Pf.clickAndWait(driver, wait, By.id(id));
  }

  private void waitForMessage(String text) {
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), text));
  }

  @Test
  void aBoardMemberRecordsFollowsUpExportsAndVerifies() throws Exception {
    String unique = Long.toString(System.nanoTime(), 36);
    signIn("hbellemare", "decisions/register.xhtml");
    assertEquals("Relevé de décisions", Pf.heading(wait, "Relevé de décisions"));

    // A new CA meeting.
    choose("register:new-body", "Conseil d'administration");
    typeDate("register:new-date", "10/01/2025");
    String title = "CA d'essai " + unique;
    type("register:new-title", title);
    click("register:schedule");
    wait.until(
        d ->
            d.getCurrentUrl().contains("meeting.xhtml")
                || !d.findElements(By.cssSelector(".ui-messages-error, .ui-message-error"))
                    .isEmpty());
    Browser.screenshot(driver, "10-meeting-created");
    assertEquals(title, heading(), () -> driver.findElement(By.id("main")).getText());
    assertEquals("Quorum non atteint", driver.findElement(By.id("meeting:quorum")).getText());

    // Attendance: four of the seven members present.
    for (String name :
        new String[] {"Henri Bellemare", "Murielle Anselme", "Karine Théodose", "Corinne Euzet"}) {
      Pf.complete(driver, wait, "meeting:attendee", name.substring(0, 5), name);
      click("meeting:save-attendance");
      wait.until(
          ExpectedConditions.textToBePresentInElementLocated(By.id("meeting:attendance"), name));
    }
    wait.until(ExpectedConditions.textToBe(By.id("meeting:quorum"), "Quorum atteint"));
    Browser.screenshot(driver, "11-meeting-attendance");

    // An empty text is refused, with the reason.
    String decision = "Adoption du plan d'essai " + unique;
    type("meeting:title", decision);
    click("meeting:record");
    waitForMessage("Le texte de la décision ne peut pas être vide.");

    type("meeting:text", "Le conseil adopte le plan d'essai et en confie le suivi au président.");
    Pf.complete(driver, wait, "meeting:responsible", "Bellem", "Henri Bellemare");
    typeDate("meeting:due", "01/02/2025");
    click("meeting:record");
    waitForMessage("Décision enregistrée.");
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("meeting:decisions"), decision));
    Browser.screenshot(driver, "12-meeting-decision");

    // The decision: overdue (due 1 February 2025, still to do); a follow-up note.
    Pf.navigate(driver, wait, By.cssSelector("[id='meeting:decisions'] tbody a"));
    assertTrue(heading().contains(decision));
    assertEquals("En retard", driver.findElement(By.id("decision:overdue")).getText());
    type("decision:note", "Premier point d'étape : calendrier arrêté.");
    click("decision:add-note");
    waitForMessage("Note de suivi ajoutée.");
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("decision:history"), "calendrier arrêté"));
    Browser.screenshot(driver, "13-decision-follow-up");

    // My follow-ups, on the home page, show it overdue.
    driver.get(url("index.xhtml"));
    Pf.heading(wait, "Mes groupes de travail");
    String followUps =
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("my-follow-ups"))).getText();
    assertTrue(followUps.contains(decision) && followUps.contains("En retard"), followUps);

    // The register as PDF.
    driver.get(url("decisions/register.xhtml?q=" + unique));
    Pf.heading(wait, "Relevé de décisions");
    click("register:export-pdf");
    wait.until(d -> Browser.pdfIn(downloads) != null);
    byte[] pdf = Files.readAllBytes(Browser.pdfIn(downloads));
    assertEquals("%PDF", new String(pdf, 0, 4, java.nio.charset.StandardCharsets.US_ASCII));

    // The verification.
    driver.get(url("decisions/verify.xhtml"));
    assertEquals("Vérification du registre", Pf.heading(wait, "Vérification du registre"));
    click("verify:run");
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("verify:reports"), "Intact"));
    assertTrue(!driver.findElement(By.id("verify:reports")).getText().contains("ALTÉRÉ"));
    Browser.screenshot(driver, "14-verification");
  }
}
