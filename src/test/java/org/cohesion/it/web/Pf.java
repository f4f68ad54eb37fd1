package org.cohesion.it.web;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Waits on what a PrimeFaces page is doing, so that a browser test acts only once the page is ready
 * for it: no Ajax request queued or in flight, no overlay still opening or closing.
 */
final class Pf {
  private Pf() {}

  /** No PrimeFaces Ajax request queued or in flight, no jQuery request open, the page loaded. */
  static void ajaxIdle(WebDriverWait wait) {
    wait.until(
        d ->
            Boolean.TRUE.equals(
                ((JavascriptExecutor) d)
                    .executeScript(
                        "return document.readyState === 'complete'"
                            + " && (!window.PrimeFaces || PrimeFaces.ajax.Queue.isEmpty())"
                            + " && (!window.jQuery || jQuery.active === 0);")));
  }

  /** Clicks, then waits until the Ajax request it started (if any) has been answered. */
  static void clickAndWait(WebDriver driver, WebDriverWait wait, By target) {
    ajaxIdle(wait);
    wait.until(ExpectedConditions.elementToBeClickable(target)).click();
    ajaxIdle(wait);
  }

  /**
   * Picks the item of a {@code p:selectOneMenu} whose label starts with {@code label}. Its panel
   * opens and closes with a CSS transition: an item clicked while the panel is still sliding in can
   * miss, and the panel then stays open. So the panel must have finished opening ("enter-done", no
   * transition running) before the click, and must be hidden again after it.
   */
  static void choose(WebDriver driver, WebDriverWait wait, String menuId, String label) {
    ajaxIdle(wait);
    String panel = menuId + "_panel";
    WebElement menu = wait.until(ExpectedConditions.elementToBeClickable(By.id(menuId)));
    // Open it in the middle of the window: a menu near the bottom opens its panel below the fold,
    // and the window's scroll to reach the item then closes the panel again.
    ((JavascriptExecutor) driver)
        .executeScript("arguments[0].scrollIntoView({block: 'center'});", menu);
    wait.until(ExpectedConditions.elementToBeClickable(menu)).click();
    wait.until(overlayOpen(panel));
    WebElement item =
        wait.until(
            ExpectedConditions.elementToBeClickable(
                By.cssSelector(
                    "#" + panel.replace(":", "\\:") + " li[data-label^=\"" + label + "\"]")));
    // A long list scrolls inside its panel: bring the item to the middle of the panel before
    // clicking it, or the click may land on whatever covers the panel's edge. Only the panel
    // scrolls: scrolling the window would close the panel.
    ((JavascriptExecutor) driver)
        .executeScript(
            "var i = arguments[0], w = i.closest('.ui-selectonemenu-items-wrapper');"
                + " if (w) { w.scrollTop = i.offsetTop - (w.clientHeight - i.offsetHeight) / 2; }",
            item);
    wait.until(ExpectedConditions.elementToBeClickable(item)).click();
    wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id(panel)));
    wait.until(
        d ->
            Boolean.TRUE.equals(
                ((JavascriptExecutor) d)
                    .executeScript(
                        "var m = document.getElementById(arguments[0] + '_label');"
                            + " return !!m && m.textContent.indexOf(arguments[1]) === 0;",
                        menuId,
                        label)));
    ajaxIdle(wait);
  }

  /**
   * Types {@code text} into a {@code p:autoComplete} (single or multiple) and picks the suggestion
   * whose label starts with {@code label}, as the server offered it; waits until its panel has
   * closed again. The field is scrolled into view before typing, never the page while the panel is
   * open: PrimeFaces hides an open overlay when the page scrolls.
   */
  static void complete(
      WebDriver driver, WebDriverWait wait, String autoCompleteId, String text, String label) {
    ajaxIdle(wait);
    WebElement input =
        wait.until(ExpectedConditions.elementToBeClickable(By.id(autoCompleteId + "_input")));
    ((JavascriptExecutor) driver)
        .executeScript("arguments[0].scrollIntoView({block: 'center'});", input);
    input.clear();
    input.sendKeys(text);
    String panel = autoCompleteId + "_panel";
    By item =
        By.cssSelector("#" + panel.replace(":", "\\:") + " li[data-item-label^=\"" + label + "\"]");
    wait.until(ExpectedConditions.elementToBeClickable(item));
    // A search started by an earlier keystroke may still redraw the list: pick from the last one.
    ajaxIdle(wait);
    wait.until(ExpectedConditions.elementToBeClickable(item)).click();
    wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id(panel)));
    ajaxIdle(wait);
  }

  /** The page's heading once it reads {@code expected}: the page asked for has been rendered. */
  static String heading(WebDriverWait wait, String expected) {
    wait.until(ExpectedConditions.textToBe(By.id("page-title"), expected));
    return expected;
  }

  /** The heading of the page now shown, once the page has loaded and its Ajax settled. */
  static String heading(WebDriverWait wait) {
    ajaxIdle(wait);
    return wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("page-title"))).getText();
  }

  /** Clicks what leads to another page and waits until that page has replaced this one. */
  /**
   * A PrimeFaces overlay (a menu's or a date picker's panel) shown and done with its opening
   * animation: its outside-click handler is bound only then.
   */
  static ExpectedCondition<Boolean> overlayOpen(String panelId) {
    return d ->
        Boolean.TRUE.equals(
            ((JavascriptExecutor) d)
                .executeScript(
                    "var p = document.getElementById(arguments[0]);"
                        + " return !!p && getComputedStyle(p).display !== 'none'"
                        + " && (!PrimeFaces.animationEnabled"
                        + "     || p.classList.contains('ui-connected-overlay-enter-done'));",
                    panelId));
  }

  /** Types into a text field once Ajax is idle, replacing what it held. */
  static void type(WebDriverWait wait, String id, String text) {
    ajaxIdle(wait);
    WebElement input = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
    input.clear();
    input.sendKeys(text);
  }

  static void navigate(WebDriver driver, WebDriverWait wait, By link) {
    WebElement old = driver.findElement(By.tagName("html"));
    wait.until(ExpectedConditions.elementToBeClickable(link)).click();
    wait.until(replaced(old));
    ajaxIdle(wait);
  }

  /**
   * The element no longer belongs to the page shown: stale, or (asked while Chromium is replacing
   * the document, on a loaded machine) "Node with given id does not belong to the document", which
   * chromedriver answers as a plain WebDriverException that {@code stalenessOf} lets through.
   */
  static ExpectedCondition<Boolean> replaced(WebElement old) {
    return d -> {
      try {
        old.isEnabled();
        return false;
      } catch (StaleElementReferenceException e) {
        return true;
      } catch (WebDriverException e) {
        if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
          return true;
        }
        throw e;
      }
    };
  }
}
