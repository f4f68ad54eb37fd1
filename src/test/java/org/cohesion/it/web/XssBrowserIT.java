package org.cohesion.it.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.cohesion.it.Demo;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The stored XSS of issue 9, as the attacker would do it: a group lead creates an indicator from
 * the CSV import preview with a label that closes the chart's script element, and imports values
 * with a source that breaks out of an attribute. Every page showing them is then opened in Chromium
 * under the strict content security policy: the payload never runs (no {@code window.__xss}, no
 * alert), the text is shown literally, and the browser reports no CSP violation (every legitimate
 * script carries the nonce or comes from the site).
 */
class XssBrowserIT extends BrowserTestBase {
  static final String CLOSE_SCRIPT = "</script><script>window.__xss=1</script>";
  static final String ATTRIBUTE = "\"><img src=x onerror=\"window.__xss=1\">";

  /** Before any page script: records CSP violations and any alert, kept per page. */
  static final String WATCH =
      "window.__csp=[];window.__alert=0;window.alert=function(){window.__alert++;};"
          + "document.addEventListener('securitypolicyviolation',function(e){"
          + "window.__csp.push(e.violatedDirective+' '+e.blockedURI+' '+e.sourceFile+':'"
          + "+e.lineNumber+' '+(e.sample||''));});";

  private Path files;

  @Override
  protected void browserStarted() throws Exception {
    Path dir = Path.of(System.getProperty("cohesion.test.dir", "target"));
    files = Files.createDirectories(dir.resolve("upload-xss"));
    ((ChromeDriver) driver)
        .executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", WATCH));
  }

  private Object js(String script) {
    return ((JavascriptExecutor) driver).executeScript(script);
  }

  /** The page ran none of the payload and broke no rule of the policy. */
  private void assertClean(String page) {
    assertEquals(
        Boolean.TRUE, js("return typeof window.__xss === 'undefined'"), "payload ran on " + page);
    assertEquals(0L, js("return window.__alert"), "an alert on " + page);
    assertEquals(List.of(), js("return window.__csp"), "CSP violations on " + page);
  }

  private String text() {
    return driver.findElement(By.id("main")).getText();
  }

  @Test
  void anIndicatorLabelAndSourceFromTheCsvImportNeverRun() throws Exception {
    String code = "XSS" + Long.toString(System.nanoTime() % 1_000_000_000L);
    Path csv = files.resolve("xss-" + code + ".csv");
    Files.write(
        csv,
        ("CODGEO;LIBGEO;" + code + "08\n" + "97209;Fort-de-France;12,5\n")
            .getBytes(StandardCharsets.UTF_8));

    driver.get(url("observation/import.xhtml"));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login:username")));
    assertClean("login.xhtml");
    driver.findElement(By.id("login:username")).sendKeys("flarcher");
    driver.findElement(By.id("login:password")).sendKeys(Demo.PASSWORD);
    driver.findElement(By.id("login:submit")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("page-title")));
    assertClean("observation/import.xhtml");

    driver
        .findElement(By.cssSelector("input[type=file][id^='import:file']"))
        .sendKeys(csv.toAbsolutePath().toString());
    wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".create-indicator")))
        .click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("import:ind-fr")));
    driver.findElement(By.id("import:ind-fr")).sendKeys(CLOSE_SCRIPT + code);
    driver.findElement(By.id("import:ind-en")).sendKeys(ATTRIBUTE + code);
    driver.findElement(By.id("import:create-indicator")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("import:commit")));
    driver.findElement(By.id("import:source")).sendKeys(ATTRIBUTE + " " + CLOSE_SCRIPT);
    driver.findElement(By.id("import:commit")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("added")));
    assertClean("the import, after its Ajax updates");

    // The indicator page: the label in the heading and in both charts' inline configurations.
    driver.get(url("observation/indicator.xhtml?code=" + code));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#main canvas")));
    assertEquals(CLOSE_SCRIPT + code, driver.findElement(By.id("page-title")).getText());
    assertTrue(text().contains(CLOSE_SCRIPT + code), text());
    assertClean("observation/indicator.xhtml");
    Browser.screenshot(driver, "xss-10-indicator");

    // The same in English: the other label, made to break out of an attribute. The switch comes
    // back to this page with its ?code= (it used to lose it and answer « Page introuvable »).
    driver.findElement(By.id("header:lang-en")).click();
    wait.until(ExpectedConditions.textToBe(By.id("nav-home"), "My working groups"));
    wait.until(ExpectedConditions.textToBe(By.id("page-title"), ATTRIBUTE + code));
    assertTrue(driver.getCurrentUrl().contains("code=" + code), driver.getCurrentUrl());
    assertClean("observation/indicator.xhtml in English");
    driver.findElement(By.id("header:lang-fr")).click();
    wait.until(ExpectedConditions.textToBe(By.id("nav-home"), "Mes groupes de travail"));
    wait.until(ExpectedConditions.textToBe(By.id("page-title"), CLOSE_SCRIPT + code));

    // Fort-de-France's dashboard: a small chart of the new indicator among the others.
    driver.get(url("observation/territory.xhtml?code=97209"));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.linkText(CLOSE_SCRIPT + code)));
    assertClean("observation/territory.xhtml");

    // The map of the new indicator: the label in the heading, the GeoJSON in data-geojson, the
    // territory names in tooltips (text nodes).
    driver.get(url("observation/map.xhtml?indicator=" + code));
    wait.until(d -> !d.findElements(By.cssSelector("#obs-map path.leaflet-interactive")).isEmpty());
    assertTrue(driver.findElement(By.id("page-title")).getText().contains(CLOSE_SCRIPT + code));
    assertClean("observation/map.xhtml");

    // The history of imports shows the source.
    driver.get(url("observation/imports.xhtml"));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("page-title")));
    assertTrue(text().contains(ATTRIBUTE + " " + CLOSE_SCRIPT), text());
    assertClean("observation/imports.xhtml");
  }

  @Test
  void theMainPagesBreakNoRuleOfTheStrictPolicy() {
    signIn("jvalcin", "index.xhtml");
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("page-title")));
    for (String page :
        List.of(
            "index.xhtml",
            "groups.xhtml",
            "group.xhtml?g=evaluation-des-cucs",
            "bodies.xhtml",
            "account.xhtml",
            "notifications.xhtml",
            "meetings/meeting.xhtml?id=1",
            "minutes/view.xhtml?id=1",
            "minutes/history.xhtml?id=1",
            "minutes/edit.xhtml?id=1",
            "decisions/register.xhtml",
            "decisions/decision.xhtml?id=8",
            "observation/index.xhtml",
            "observation/indicator.xhtml?code=TCHOM",
            "observation/territory.xhtml?code=97209",
            "observation/map.xhtml?indicator=TCHOM&period=2008",
            "observation/import.xhtml",
            "observation/imports.xhtml",
            "admin/members.xhtml",
            "admin/member.xhtml?id=2",
            "admin/groups.xhtml",
            "admin/group.xhtml?id=1",
            "admin/bodies.xhtml",
            "admin/themes.xhtml",
            "admin/audit.xhtml")) {
      driver.get(url(page));
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("page-title")));
      wait.until(d -> "complete".equals(js("return document.readyState")));
      assertClean(page);
    }
    // An Ajax round trip (the language switch) runs PrimeFaces' nonce'd scripts again.
    driver.get(url("group.xhtml?g=evaluation-des-cucs"));
    driver.findElement(By.id("header:lang-en")).click();
    wait.until(ExpectedConditions.textToBe(By.id("nav-home"), "My working groups"));
    assertClean("group.xhtml after switching language");
    driver.findElement(By.id("header:lang-fr")).click();
    wait.until(ExpectedConditions.textToBe(By.id("nav-home"), "Mes groupes de travail"));
  }
}
