package org.cohesion.it.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.cohesion.it.Demo;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Meetings and minutes in Chromium. Two people co-write the same minutes in two browsers: the
 * second one's save merges with the first's, then both rewrite the same paragraph and the later one
 * gets the conflict view with their own text kept. A board member approves the bureau's minutes,
 * which freeze with their fingerprint and download as PDF; a member of staff, who is not an
 * approver, sees no vote at all.
 */
class MinutesBrowserIT extends HttpTestBase {

  private WebDriver first;
  private WebDriver second;

  @AfterEach
  void close() {
    for (WebDriver d : new WebDriver[] {first, second}) {
      if (d != null) {
        d.quit();
      }
    }
  }

  private static WebDriverWait waiting(WebDriver driver) {
    return new WebDriverWait(driver, Duration.ofSeconds(60));
  }

  /** Waits until PrimeFaces has no Ajax request queued or in flight (the presence poll runs). */
  private static void ajaxIdle(WebDriver driver) {
    Pf.ajaxIdle(waiting(driver));
  }

  /** Follows a link or button to another page, once that page has replaced this one. */
  private static void follow(WebDriver driver, By target) {
    Pf.navigate(driver, waiting(driver), target);
  }

  private void signIn(WebDriver driver, String login, String page) {
    driver.get(url(page));
    waiting(driver)
        .until(ExpectedConditions.visibilityOfElementLocated(By.id("login:username")))
        .sendKeys(login);
    driver.findElement(By.id("login:password")).sendKeys(Demo.PASSWORD);
    // The sign-in page has a heading too: wait until the page asked for has replaced it.
    follow(driver, By.id("login:submit"));
    heading(driver);
  }

  private static String heading(WebDriver driver) {
    return Pf.heading(waiting(driver));
  }

  private static void waitForMessage(WebDriver driver, String text) {
    try {
      waiting(driver)
          .until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), text));
    } catch (RuntimeException e) {
      Browser.screenshot(driver, "29-minutes-failure");
      throw e;
    }
  }

  /** Types at the end of the rich-text editor of the n-th section, replacing what it held. */
  private static void write(WebDriver driver, int section, String text) {
    List<WebElement> editors =
        waiting(driver)
            .until(
                ExpectedConditions.numberOfElementsToBeMoreThan(
                    By.cssSelector(".minutes-section .ql-editor"), section));
    WebElement editor = editors.get(section);
    editor.click();
    editor.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
    editor.sendKeys(text);
    waiting(driver).until(d -> editor.getText().contains(text));
  }

  /**
   * Every toolbar button and picker of every editor has its name from the French messages, hidden
   * ones too (axe skips what is hidden), and no editor container poses as a second text field.
   */
  private static void assertToolbarsNamed(WebDriver driver) {
    waiting(driver)
        .until(
            d -> {
              List<WebElement> bold =
                  d.findElements(By.cssSelector(".minutes-section .ql-toolbar button.ql-bold"));
              return !bold.isEmpty()
                  && bold.stream().allMatch(b -> "Gras".equals(b.getAttribute("aria-label")));
            });
    assertEquals(
        List.of(),
        driver.findElements(
            By.cssSelector(
                ".minutes-section .ql-toolbar button:not([aria-label]),"
                    + " .minutes-section .ql-picker-label:not([aria-label]),"
                    + " .minutes-section .ql-picker-item:not([aria-label]),"
                    + " .minutes-section .ui-texteditor[role]")),
        "unnamed toolbar controls or a container with a role");
    WebElement ordered =
        driver.findElement(By.cssSelector(".minutes-section .ql-toolbar .ql-list[value=ordered]"));
    assertEquals("Liste numérotée", ordered.getAttribute("aria-label"));
    assertEquals("Liste numérotée", ordered.getAttribute("title"));
    assertEquals(
        "Diminuer le retrait",
        driver
            .findElement(By.cssSelector(".minutes-section .ql-toolbar .ql-indent[value='-1']"))
            .getAttribute("aria-label"));
  }

  private static void save(WebDriver driver) {
    Pf.clickAndWait(driver, waiting(driver), By.id("minutes:save"));
  }

  @Test
  void twoPeopleCoWriteWithoutLosingAWord() throws Exception {
    String unique = Long.toString(System.nanoTime(), 36);
    first = Browser.start(null);
    signIn(first, "manselme", "group.xhtml?g=evaluation-des-cucs");
    follow(first, By.id("meetings-link"));
    assertTrue(heading(first).startsWith("Réunions"));
    Browser.screenshot(first, "20-meetings");
    follow(first, By.id("meetings:schedule"));
    heading(first);
    String title = "Atelier indicateurs " + unique;
    first.findElement(By.id("meeting-form:title")).sendKeys(title);
    first.findElement(By.cssSelector("[id$=':0:item-title']")).sendKeys("Indicateurs communs");
    Pf.clickAndWait(first, waiting(first), By.id("meeting-form:add-item"));
    waiting(first)
        .until(
            ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[id$=':1:item-title']")))
        .sendKeys("Calendrier");
    Browser.screenshot(first, "21-meeting-form");
    follow(first, By.id("meeting-form:save"));
    waiting(first).until(ExpectedConditions.urlContains("meetings/meeting.xhtml"));
    assertEquals(title, heading(first));
    follow(first, By.id("meeting:write-minutes"));
    waiting(first).until(ExpectedConditions.urlContains("minutes/edit.xhtml"));
    String editorUrl = first.getCurrentUrl();
    heading(first);

    second = Browser.start(null);
    signIn(second, "rcelestine", "index.xhtml");
    second.get(editorUrl);
    heading(second);
    // Each sees the other within a few seconds.
    waiting(second)
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.id("minutes:presence"), "Murielle Anselme"));

    write(first, 0, "Tronc commun de douze indicateurs, proposé par Fort-de-France.");
    save(first);
    waitForMessage(first, "Enregistré (version 2)");

    write(second, 1, "Premières évaluations en mars 2009.");
    save(second);
    waitForMessage(second, "fusionnées");
    String merged = second.findElement(By.id("minutes:sections")).getText();
    assertTrue(merged.contains("Tronc commun de douze indicateurs"), merged);
    assertTrue(merged.contains("Premières évaluations en mars 2009."), merged);
    Browser.screenshot(second, "22-minutes-merged");

    // Both rewrite the first paragraph; the second to save gets the conflict, keeping their text.
    write(first, 0, "Tronc commun de dix indicateurs.");
    save(first);
    waitForMessage(first, "Enregistré");
    write(second, 0, "Tronc commun de quinze indicateurs.");
    save(second);
    waitForMessage(second, "en conflit");
    String conflict = second.findElement(By.id("minutes:conflicts")).getText();
    assertTrue(conflict.contains("Votre version"), conflict);
    assertTrue(conflict.contains("Tronc commun de quinze indicateurs."), conflict);
    assertTrue(conflict.contains("Tronc commun de dix indicateurs."), conflict);
    assertTrue(
        second
            .findElements(By.cssSelector(".minutes-section .ql-editor"))
            .get(0)
            .getText()
            .contains("quinze"),
        "my text stays in the editor");
    Browser.screenshot(second, "23-minutes-conflict");
    // The Ajax update re-rendered every editor: accessibility.js named the new toolbars again.
    assertToolbarsNamed(second);

    // Resolved: keep mine, save again; nothing of the other's is lost elsewhere.
    Pf.clickAndWait(second, waiting(second), By.cssSelector("[id$=':resolved']"));
    waiting(second)
        .until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".conflict-panel")));
    save(second);
    waitForMessage(second, "Enregistré (version");
    first.get(editorUrl);
    String now = first.findElement(By.id("minutes:sections")).getText();
    assertTrue(now.contains("quinze") && now.contains("mars 2009"), now);
  }

  @Test
  void theBoardApprovesTheMinutesWhichFreezeAndDownloadAsPdf() throws Exception {
    Path downloads =
        Files.createDirectories(
            Path.of(System.getProperty("cohesion.test.dir", "target"), "downloads-minutes"));
    try (Stream<Path> old = Files.list(downloads)) {
      old.forEach(p -> p.toFile().delete());
    }
    // Staff reads the bureau's minutes but does not vote on them.
    first = Browser.start(null);
    signIn(first, "plordinot", "bodies.xhtml");
    String minutesUrl = bureauMinutes(first);
    first.get(minutesUrl);
    heading(first);
    assertEquals("Soumis à approbation", first.findElement(By.id("status")).getText());
    assertTrue(first.findElements(By.id("minutes:vote")).isEmpty(), "no vote for staff");
    Browser.screenshot(first, "24-minutes-non-approver");

    // The president approves: the third approval of four seats, a majority.
    second = Browser.start(downloads);
    signIn(second, "hbellemare", "index.xhtml");
    String waiting = second.findElement(By.id("to-approve")).getText();
    assertTrue(waiting.contains("préparation du conseil"), "on his home page: " + waiting);
    second.get(minutesUrl);
    heading(second);
    assertTrue(second.findElement(By.id("tally")).getText().startsWith("2 approbation"));
    Pf.clickAndWait(second, waiting(second), By.id("minutes:vote"));
    waitForMessage(second, "Vote enregistré.");
    waiting(second).until(ExpectedConditions.textToBe(By.id("status"), "Approuvé"));
    String fingerprint = second.findElement(By.id("fingerprint")).getText();
    assertTrue(fingerprint.matches("[0-9a-f]{64}"), fingerprint);
    assertTrue(second.findElements(By.id("minutes:edit")).isEmpty(), "frozen");
    Browser.screenshot(second, "25-minutes-approved");

    Pf.clickAndWait(second, waiting(second), By.id("minutes:pdf"));
    waiting(second).until(d -> Browser.pdfIn(downloads) != null);
    byte[] pdf = Files.readAllBytes(Browser.pdfIn(downloads));
    assertEquals("%PDF", new String(pdf, 0, 4, java.nio.charset.StandardCharsets.US_ASCII));
  }

  private String bureauMinutes(WebDriver driver) {
    String page = driver.getPageSource();
    var m =
        java.util.regex.Pattern.compile(
                "<h2>Bureau</h2>.*?(meetings/index\\.xhtml\\?body=\\d+)",
                java.util.regex.Pattern.DOTALL)
            .matcher(page);
    assertTrue(m.find(), "no meetings of the bureau");
    driver.get(url(m.group(1)));
    heading(driver);
    follow(driver, By.partialLinkText("préparation du conseil"));
    heading(driver);
    follow(driver, By.cssSelector("[id$='edition-link']"));
    heading(driver);
    return driver.getCurrentUrl();
  }
}
