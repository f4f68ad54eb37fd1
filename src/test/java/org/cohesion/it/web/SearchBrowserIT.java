package org.cohesion.it.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Search in Chromium: a member of a members-only group finds its draft minutes from the header's
 * box by a word typed without its accent (« évaluations » by "evaluation"), the suggestions offer
 * the meeting as one types, and a member outside the group finds nothing of it.
 */
class SearchBrowserIT extends BrowserTestBase {

  @Override
  protected Duration waitTimeout() {
    return Duration.ofSeconds(60);
  }

  /** Types in the header's box and submits it, from the home page. */
  private void searchFromHeader(String text) {
    driver.get(url("index.xhtml"));
    WebElement box =
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("header-search-q")));
    box.sendKeys(text);
    Pf.navigate(driver, wait, By.id("header-search-go"));
    wait.until(ExpectedConditions.urlContains("search.xhtml"));
  }

  @Test
  void aMemberFindsTheMinutesByAWordWithoutItsAccentAndAnOutsiderDoesNot() throws Exception {
    signInAs("rcelestine", "index.xhtml");
    driver.get(url("it/search-data"));
    String[] made = driver.findElement(By.tagName("body")).getText().strip().split(" ");
    String word = made[0];
    String minutesId = made[1];

    searchFromHeader("evaluation " + word);
    WebElement hit =
        wait.until(
            ExpectedConditions.presenceOfElementLocated(
                By.cssSelector(
                    "#search-hits a.search-title[href$='minutes/view.xhtml?id="
                        + minutesId
                        + "']")));
    WebElement item = hit.findElement(By.xpath("./ancestor::li"));
    List<String> marked =
        item.findElements(By.cssSelector(".search-snippet mark")).stream()
            .map(WebElement::getText)
            .toList();
    assertTrue(marked.contains("évaluations"), "highlighted: " + marked);

    // Suggestions as one types: the meeting's title, from the part of the word typed.
    driver.get(url("index.xhtml"));
    WebElement box =
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("header-search-q")));
    box.sendKeys("reunion " + word.substring(0, 6));
    wait.until(
        d ->
            d.findElements(By.cssSelector("#header-search-suggestions option")).stream()
                .anyMatch(o -> ("Réunion " + word).equals(o.getAttribute("value"))));

    signInAs("flarcher", "index.xhtml");
    searchFromHeader("evaluation " + word);
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("search-empty")));
    assertEquals(List.of(), driver.findElements(By.id("search-hits")));
    driver.get(url("search.xhtml?q=" + word));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("search-empty")));
    assertEquals(List.of(), driver.findElements(By.cssSelector(".search-facet")));
  }
}
