package org.cohesion.it.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The observation group's lead in Chromium, on the group's management page: unpins an indicator of
 * the group's dashboard and pins it again, and the group's page shows it. The dashboard is
 * observation's section of workspace's pages and acts on the group whose id the page hands it, so
 * this is the path that crosses the two features.
 */
class GroupDashboardBrowserIT extends BrowserTestBase {
  private static final By HEADERS = By.cssSelector("#group-dashboard-table thead th a:not(.unpin)");

  @Test
  void theLeadUnpinsAnIndicatorAndPinsItAgain() {
    String page = url("group-manage.xhtml?id=observation-des-territoires");
    signIn("flarcher", "group-manage.xhtml?id=observation-des-territoires");
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("group-dashboard-table")));

    List<String> before = pinned();
    assertTrue(before.size() > 1, "the demo group pins several indicators: " + before);
    String label = before.get(0);

    Pf.clickAndWait(driver, wait, By.cssSelector("#group-dashboard-table thead th a.unpin"));
    wait.until(d -> !pinned().contains(label));
    // Read again from the server (the page, opened anew, shows what was saved), and the menu of
    // the indicators to pin is built fresh.
    driver.get(page);
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("manage:pin-indicator")));
    assertFalse(pinned().contains(label), "unpinned: " + pinned());

    // The menu sits low on a long page: opening it and scrolling to an item moves the page, and
    // PrimeFaces then realigns the panel away from the click. Its widget selects the item instead,
    // in the menu's own select, which the button submits as it would after a click.
    String code =
        driver
            .findElements(By.cssSelector("select[id='manage:pin-indicator_input'] option"))
            .stream()
            .filter(o -> o.getAttribute("textContent").startsWith(label))
            .findFirst()
            .orElseThrow(() -> new AssertionError(label + " is not offered to pin again"))
            .getAttribute("value");
    ((JavascriptExecutor) driver)
        .executeScript(
            "PrimeFaces.widgets['widget_manage_pin_indicator'].selectValue(arguments[0]);", code);
    Pf.clickAndWait(driver, wait, By.id("manage:pin-indicator-add"));
    wait.until(d -> pinned().contains(label));
    Browser.screenshot(driver, "group-dashboard-pinned-again");
    assertTrue(pinned().containsAll(before), "pinned again: " + pinned());

    // The group's page, which everyone reads, shows the same pins without the controls.
    driver.get(url("group.xhtml?g=observation-des-territoires"));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("group-dashboard-table")));
    assertTrue(pinned().containsAll(before), "on the group's page: " + pinned());
    assertTrue(
        driver.findElements(By.cssSelector("#group-dashboard-table a.unpin")).isEmpty(),
        "no unpin controls on the group's page");
  }

  private List<String> pinned() {
    return driver.findElements(HEADERS).stream().map(WebElement::getText).toList();
  }
}
