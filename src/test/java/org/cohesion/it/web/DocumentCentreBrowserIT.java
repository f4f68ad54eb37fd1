package org.cohesion.it.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import org.cohesion.it.server.SampleFiles;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The document centre in Chromium: the lead of « Évaluation des CUCS » (manselme) uploads a guide
 * to her group's tools, tags it with a concept of the thesaurus; a reader of the group (flarcher)
 * downloads it and the count moves; someone outside the group (srosemond) does not see it in the
 * list and gets « not found » at its address.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DocumentCentreBrowserIT {
  private static final String PASSWORD = "cohesion-demo-2008";

  @ArquillianResource URL base;
  private WebDriver driver;
  private WebDriverWait wait;

  @AfterEach
  void close() {
    if (driver != null) {
      driver.quit();
    }
  }

  private void signIn(String login, String page, Path downloads) throws Exception {
    if (driver != null) {
      driver.quit();
    }
    driver = Browser.start(downloads);
    wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    driver.get(root() + page);
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login:username")));
    driver.findElement(By.id("login:username")).sendKeys(login);
    driver.findElement(By.id("login:password")).sendKeys(PASSWORD);
    driver.findElement(By.id("login:submit")).click();
    Pf.heading(wait);
  }

  private String root() {
    return base.toString().endsWith("/") ? base.toString() : base + "/";
  }

  @Test
  void aLeadSharesAGuideAMemberDownloadsItAnOutsiderNeverSeesIt() throws Exception {
    String unique = UUID.randomUUID().toString().substring(0, 6);
    String title = "Guide de l'évaluation participative " + unique;
    Path pdf = Files.createTempFile("guide-evaluation", ".pdf");
    Files.write(
        pdf,
        SampleFiles.pdf(
            "Guide de l'évaluation participative",
            "Référentiel des CUCS",
            "Enquête menée à Trénelle-Citron"));

    // The lead, from her group's page to its tools.
    signIn("manselme", "group.xhtml?g=evaluation-des-cucs", null);
    Pf.navigate(driver, wait, By.cssSelector("a[id$='tools-link']"));
    driver.findElement(By.id("tools:dc-title")).sendKeys(title);
    // Typed without its accent: the picker finds « Référentiel d’évaluation » all the same.
    Pf.complete(driver, wait, "tools:new-subject", "referentiel", "Référentiel d");
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("tools:subjects"), "Référentiel d'évaluation"));
    driver.findElement(By.cssSelector("#tools\\:file input[type=file]")).sendKeys(pdf.toString());
    By link = By.linkText(title);
    wait.until(ExpectedConditions.visibilityOfElementLocated(link));
    String toolsPage = driver.getCurrentUrl();
    Pf.navigate(driver, wait, link);
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("subject-list"), "Référentiel d'évaluation"));
    String documentPage = driver.getCurrentUrl();
    assertEquals("0", driver.findElement(By.id("download-count")).getText());
    Browser.screenshot(driver, "document-centre-uploaded");

    // A reader of the group downloads it: the file arrives, and the count moves.
    Path downloads = Files.createTempDirectory("downloads");
    signIn("flarcher", documentPage.substring(root().length()), downloads);
    assertTrue(driver.findElement(By.id("excerpt")).getText().contains("Référentiel des CUCS"));
    driver.findElement(By.cssSelector("a.download")).click();
    wait.until(
        d -> {
          try (var files = Files.list(downloads)) {
            return files.anyMatch(f -> f.toString().endsWith(".pdf"));
          } catch (java.io.IOException e) {
            return false;
          }
        });
    driver.get(documentPage);
    wait.until(ExpectedConditions.textToBe(By.id("download-count"), "1"));

    // The reader finds it from the header search by a word inside the PDF typed without its
    // accent; the index applies the upload within a second or so, so the search is sent again
    // until it does.
    wait.until(d -> headerSearch("trenelle").contains(unique));

    // Someone outside the group: not in the group's tools, not at its address either.
    signIn("srosemond", toolsPage.substring(root().length()), null);
    assertFalse(driver.getPageSource().contains(title), "an outsider sees the guide in the list");
    assertFalse(headerSearch("trenelle").contains(unique), "an outsider finds the guide");
    driver.get(documentPage);
    assertEquals("Page introuvable", Pf.heading(wait));
    assertFalse(driver.getPageSource().contains(title), "an outsider opens the guide");
  }

  /** Sends the header's search form with {@code words}; answers the result page's source. */
  private String headerSearch(String words) {
    var q = driver.findElement(By.id("header-search-q"));
    q.clear();
    q.sendKeys(words);
    driver.findElement(By.id("header-search-go")).click();
    wait.until(ExpectedConditions.urlContains("search.xhtml"));
    return driver.getPageSource();
  }
}
