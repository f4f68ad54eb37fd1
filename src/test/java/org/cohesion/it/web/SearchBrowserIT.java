package org.cohesion.it.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.Duration;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Search in Chromium: a member of a members-only group finds its draft minutes from the header's
 * box by a word typed without its accent (« évaluations » by "evaluation"), the suggestions offer
 * the meeting as one types, and a member outside the group finds nothing of it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SearchBrowserIT {
  private static final String PASSWORD = "cohesion-demo-2008";

  @ArquillianResource URL base;
  private WebDriver driver;

  @AfterEach
  void close() {
    if (driver != null) {
      driver.quit();
    }
  }

  private String url(String path) {
    String root = base.toString().endsWith("/") ? base.toString() : base + "/";
    return root + path;
  }

  private WebDriverWait waiting() {
    return new WebDriverWait(driver, Duration.ofSeconds(60));
  }

  private void signIn(String login) throws Exception {
    if (driver != null) {
      driver.quit();
    }
    driver = Browser.start();
    driver.get(url("index.xhtml"));
    waiting()
        .until(ExpectedConditions.visibilityOfElementLocated(By.id("login:username")))
        .sendKeys(login);
    driver.findElement(By.id("login:password")).sendKeys(PASSWORD);
    Pf.navigate(driver, waiting(), By.id("login:submit"));
    Pf.heading(waiting());
  }

  /** Types in the header's box and submits it, from the home page. */
  private void searchFromHeader(String text) {
    driver.get(url("index.xhtml"));
    WebElement box =
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("header-search-q")));
    box.sendKeys(text);
    Pf.navigate(driver, waiting(), By.id("header-search-go"));
    waiting().until(ExpectedConditions.urlContains("search.xhtml"));
  }

  @Test
  void aMemberFindsTheMinutesByAWordWithoutItsAccentAndAnOutsiderDoesNot() throws Exception {
    signIn("rcelestine");
    driver.get(url("it/search-data"));
    String[] made = driver.findElement(By.tagName("body")).getText().strip().split(" ");
    String word = made[0];
    String minutesId = made[1];

    searchFromHeader("evaluation " + word);
    WebElement hit =
        waiting()
            .until(
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
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("header-search-q")));
    box.sendKeys("reunion " + word.substring(0, 6));
    waiting()
        .until(
            d ->
                d.findElements(By.cssSelector("#header-search-suggestions option")).stream()
                    .anyMatch(o -> ("Réunion " + word).equals(o.getAttribute("value"))));

    signIn("flarcher");
    searchFromHeader("evaluation " + word);
    waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("search-empty")));
    assertEquals(List.of(), driver.findElements(By.id("search-hits")));
    driver.get(url("search.xhtml?q=" + word));
    waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("search-empty")));
    assertEquals(List.of(), driver.findElements(By.cssSelector(".search-facet")));
  }
}
