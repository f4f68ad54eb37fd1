package org.cohesion.it.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.cohesion.it.server.SampleFiles;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The document centre in Chromium: the lead of « Évaluation des CUCS » (manselme) uploads a guide
 * to her group's tools, tags it with a concept of the thesaurus; a reader of the group (flarcher)
 * downloads it and the count moves; someone outside the group (srosemond) does not see it in the
 * list and gets « not found » at its address.
 */
class DocumentCentreBrowserIT extends BrowserTestBase {
  private Path downloads;

  /** The reader's download lands here; the others download nothing. */
  @Override
  protected Path downloads() throws Exception {
    downloads = Files.createTempDirectory("downloads");
    return downloads;
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
    signInAs("manselme", "group.xhtml?g=evaluation-des-cucs");
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
    signInAs("flarcher", documentPage.substring(url("").length()));
    assertTrue(driver.findElement(By.id("excerpt")).getText().contains("Référentiel des CUCS"));
    driver.findElement(By.cssSelector("a.download")).click();
    wait.until(d -> Browser.pdfIn(downloads) != null);
    driver.get(documentPage);
    wait.until(ExpectedConditions.textToBe(By.id("download-count"), "1"));

    // The reader finds it from the header search by a word inside the PDF typed without its
    // accent; the index applies the upload within a second or so, so the search is sent again
    // until it does.
    wait.until(d -> headerSearch("trenelle").contains(unique));

    // Someone outside the group: not in the group's tools, not at its address either.
    signInAs("srosemond", toolsPage.substring(url("").length()));
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
