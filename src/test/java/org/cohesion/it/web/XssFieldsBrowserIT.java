package org.cohesion.it.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cohesion.it.Demo;
import org.cohesion.it.WebClient;
import org.cohesion.it.server.XssDataTrigger;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The stored XSS of issue 9 in every other free-text field that reaches a page: the server fills
 * them all with a payload that closes a script element and one that breaks out of an attribute
 * ({@link XssDataTrigger}, through the services), each followed by the field's name, and Chromium
 * opens every page that shows them under the strict content security policy. On each page the
 * payload never runs (no {@code window.__xss}, no alert), the browser reports no CSP violation, and
 * each field expected there is shown literally.
 */
class XssFieldsBrowserIT extends BrowserTestBase {

  @Override
  protected void browserStarted() {
    ((ChromeDriver) driver)
        .executeCdpCommand(
            "Page.addScriptToEvaluateOnNewDocument", Map.of("source", XssBrowserIT.WATCH));
  }

  private Object js(String script) {
    return ((JavascriptExecutor) driver).executeScript(script);
  }

  private void assertClean(String page) {
    assertEquals(
        Boolean.TRUE, js("return typeof window.__xss === 'undefined'"), "payload ran on " + page);
    assertEquals(0L, js("return window.__alert"), "an alert on " + page);
    assertEquals(List.of(), js("return window.__csp"), "CSP violations on " + page);
    assertEquals(
        0L,
        js(
            "return document.querySelectorAll('img[src=\"x\"], script:not([src]):not([nonce])').length"),
        "an element of the payload on " + page);
  }

  /**
   * The page's text as the DOM holds it (not as CSS shows it), and the values of its fields (a form
   * shows a value there), spaces collapsed.
   */
  private String pageText() {
    return (String)
        js(
            "var t=[document.body.textContent];"
                + "document.querySelectorAll('input,textarea').forEach(function(e){t.push(e.value);});"
                + "return t.join(' ').replace(/\\s+/g, ' ');");
  }

  private Map<String, String> data() throws Exception {
    WebClient admin = client();
    assertEquals(302, admin.login("jvalcin", Demo.PASSWORD).statusCode());
    HttpResponse<String> response = admin.post("api/it/xss-data");
    assertEquals(200, response.statusCode(), response.body());
    Map<String, String> data = new HashMap<>();
    for (String line : response.body().split("\n")) {
      int eq = line.indexOf('=');
      data.put(line.substring(0, eq), line.substring(eq + 1));
    }
    return data;
  }

  @Test
  void noFreeTextFieldRunsOnAnyPageThatShowsIt() throws Exception {
    Map<String, String> d = data();
    String token = d.get("token");

    signIn("jvalcin", "index.xhtml");
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("page-title")));

    // Each page and the fields it shows (the member is the decision's responsible). The group
    // management page's "add a member" and "pin a territory", the register's responsible filter and
    // the decision
    // form's responsible are searches now: what they offer is not in the page until someone types,
    // so the requester's organisation, the territory and the member are not expected there any
    // more; the board meeting page's search is checked below, as someone types.
    Map<String, List<String>> pages = new LinkedHashMap<>();
    pages.put("index.xhtml", List.of("group", "meeting"));
    pages.put("groups.xhtml", List.of("group"));
    pages.put(
        "group.xhtml?g=" + d.get("slug"),
        List.of("group", "description", "member", "organisation"));
    // The join requests (who asks, and their message) are on the group's management page.
    pages.put(
        "group-manage.xhtml?id=" + d.get("slug"),
        List.of("group", "description", "member", "organisation", "requester", "join"));
    pages.put("member.xhtml?id=" + d.get("member"), List.of("member", "organisation", "group"));
    pages.put("meetings/index.xhtml?group=" + d.get("group"), List.of("group", "meeting", "place"));
    pages.put(
        "meetings/meeting.xhtml?id=" + d.get("meeting"),
        List.of("group", "meeting", "place", "item", "item-text"));
    pages.put(
        "minutes/view.xhtml?id=" + d.get("minutes"),
        List.of("group", "meeting", "item", "section", "section-text"));
    pages.put(
        "minutes/history.xhtml?id=" + d.get("minutes"), List.of("item", "section", "section-text"));
    pages.put("decisions/register.xhtml", List.of("decision", "board-meeting"));
    pages.put("decisions/register.xhtml?q=" + token, List.of("decision", "board-meeting"));
    pages.put(
        "decisions/decision.xhtml?id=" + d.get("decision"),
        List.of("decision", "decision-text", "board-meeting", "member"));
    pages.put(
        "meetings/meeting.xhtml?id=" + d.get("board-meeting"),
        List.of("board-meeting", "board-place", "decision"));
    pages.put("observation/territory.xhtml?code=" + d.get("territory"), List.of("territory"));
    pages.put("observation/indicator.xhtml?code=" + d.get("indicator"), List.of("territory"));
    pages.put("admin/member.xhtml?id=" + d.get("member"), List.of("member", "organisation"));
    pages.put("admin/group.xhtml?id=" + d.get("group"), List.of("group", "description"));

    List<String> missing = new ArrayList<>();
    for (var page : pages.entrySet()) {
      driver.get(url(page.getKey()));
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("page-title")));
      wait.until(w -> "complete".equals(js("return document.readyState")));
      assertClean(page.getKey());
      String text = pageText();
      for (String field : page.getValue()) {
        if (!text.contains(XssDataTrigger.text(field, token))) {
          missing.add(field + " on " + page.getKey());
        }
      }
      // What shows on each page, for the report of the fields covered.
      List<String> shown = new ArrayList<>();
      for (String field : XssDataTrigger.FIELDS) {
        if (text.contains(XssDataTrigger.text(field, token))) {
          shown.add(field);
        }
      }
      System.out.println("XSS fields shown on " + page.getKey() + ": " + shown);
    }

    // A search's suggestions: the meeting page's responsible offers the member, as text.
    driver.get(url("meetings/meeting.xhtml?id=" + d.get("board-meeting")));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("page-title")));
    Pf.ajaxIdle(wait);
    driver.findElement(By.id("meeting:responsible_input")).sendKeys("member-" + token);
    wait.until(
        ExpectedConditions.visibilityOfElementLocated(
            By.cssSelector("#meeting\\:responsible_panel li[data-item-label]")));
    Pf.ajaxIdle(wait);
    assertClean("meetings/meeting.xhtml, its responsible search");
    if (!pageText().contains(XssDataTrigger.text("member", token))) {
      missing.add("member in the responsible search of meetings/meeting.xhtml");
    }

    // The map: the territory's name in the tooltip of its area (a text node, see observation.js).
    driver.get(url("observation/map.xhtml?indicator=" + d.get("indicator")));
    wait.until(
        d2 -> !d2.findElements(By.cssSelector("#obs-map path.leaflet-interactive")).isEmpty());
    String territory = XssDataTrigger.text("territory", token);
    boolean tooltip = false;
    for (WebElement area :
        driver.findElements(By.cssSelector("#obs-map path.leaflet-interactive"))) {
      new Actions(driver).moveToElement(area).perform();
      // Read in the page in one step: Leaflet replaces the tooltip as the pointer moves, so an
      // element found first and read after may be gone (a stale reference, seen under load).
      String tip =
          wait.until(
              w ->
                  (String)
                      js(
                          "var t = document.querySelector('.leaflet-tooltip');"
                              + " return t ? t.textContent : null;"));
      if (tip.replaceAll("\\s+", " ").contains(territory)) {
        tooltip = true;
        break;
      }
    }
    assertClean("observation/map.xhtml, after its tooltips");
    assertTrue(tooltip, "no tooltip shows the territory " + territory);
    assertTrue(missing.isEmpty(), "not shown literally: " + missing);
  }
}
