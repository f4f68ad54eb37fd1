package org.cohesion.it.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cohesion.it.Demo;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * axe-core over every page the navigation reaches, as a member, a lead, a board member and an
 * administrator: no serious and no critical violation of WCAG 2.1 A/AA (and axe's best practices).
 *
 * <p>Each role signs in and the test follows, breadth first, every link of the pages it sees (the
 * header, the admin navigation, the lists, the breadcrumbs and the buttons that open a page), one
 * page per path, a few for the pages whose content depends on the object's state (meetings and
 * minutes). Only Faces pages of the application are followed: no downloads, no sign-out (a POST).
 * axe is injected through WebDriver, which the page's Content-Security-Policy does not govern.
 * Every page reached is loaded and its links followed; axe checks each page shape once in the run
 * (see {@link #SHAPE}): a page that differs from one already checked only by its words and numbers
 * has the same verdict.
 */
class AccessibilityIT extends HttpTestBase {
  private static final List<String> TAGS =
      List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice");

  /** Paths whose page differs with the state of the object shown: visit a few of each. */
  private static final Map<String, Integer> INSTANCES =
      Map.of("minutes/view.xhtml", 12, "meetings/meeting.xhtml", 10, "meetings/index.xhtml", 8);

  /**
   * p:button opens its page from a click handler, not a link: in its onclick attribute, or (CSP
   * mode) in the script that registers the handler.
   */
  private static final Pattern BUTTON_TARGET = Pattern.compile("window\\.open\\('([^']+)'");

  /**
   * What axe's rules can see of a page, with the object's own words and numbers left out: each
   * element's tag, its attributes (numbers in ids and links as #; words a person reads, such as
   * titles and labels, only as present or empty) and whether it holds text of its own. Two pages
   * with the same shape get the same verdict from axe, so each shape is checked once per run: the
   * fifth meeting with the same state and buttons as the first costs a page load, not a second axe
   * run (which is most of a page's time here).
   */
  private static final String SHAPE =
      // A script's nonce is new at each load: present or not, like a word.
      "var words = {title: 1, alt: 1, placeholder: 1, 'aria-label': 1, value: 1, content: 1,"
          + " 'data-label': 1, nonce: 1};"
          + "var out = [];"
          + "document.querySelectorAll('html, html *').forEach(function (e) {"
          + " var a = [];"
          + " for (var i = 0; i < e.attributes.length; i++) {"
          + "  var n = e.attributes[i].name, v = e.attributes[i].value;"
          + "  a.push(n + '=' + (words[n] ? (v.trim() ? 'w' : '') : v.replace(/[0-9]+/g, '#')));"
          + " }"
          + " a.sort();"
          + " var text = false;"
          + " e.childNodes.forEach(function (c) {"
          + "  if (c.nodeType === 3 && c.nodeValue.trim()) { text = true; } });"
          + " out.push(e.tagName + '[' + a.join(' ') + ']' + (text ? 't' : ''));"
          + "});"
          + "return out.join('|');";

  private static String axeSource;
  // One browser for the four roles: each signs in after the previous one's cookies are gone.
  private static WebDriver driver;
  private static WebDriverWait wait;

  /** Shapes axe has checked in this run (any role): their verdict is known. */
  private static final Set<String> checked = new HashSet<>();

  @BeforeAll
  static void open() throws Exception {
    try (InputStream in = AccessibilityIT.class.getResourceAsStream("/axe.min.js")) {
      assertTrue(
          in != null, "axe.min.js is missing from the test classpath (com.deque.html.axe-core)");
      axeSource = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    driver = Browser.start();
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(90));
    wait = new WebDriverWait(driver, Duration.ofSeconds(30));
  }

  @AfterAll
  static void close() {
    if (driver != null) {
      driver.quit();
    }
  }

  @ParameterizedTest(name = "{0} ({1})")
  @CsvSource({
    "rcelestine, member, 'index,groups,group,meetings/index,meetings/meeting,minutes/view,"
        + "bodies,decisions/register,observation/index,notifications,account,member,search'",
    "manselme, lead, 'index,group,group-manage,meetings/index,meetings/meeting,meetings/edit,minutes/view,"
        + "minutes/edit,minutes/history,decisions/register,decisions/decision,decisions/verify,"
        + "observation/index,observation/territory,observation/indicator,observation/map'",
    "hbellemare, board member, 'index,bodies,meetings/index,meetings/meeting,minutes/view'",
    "jvalcin, administrator, 'index,admin/members,admin/member,admin/groups,admin/group,"
        + "admin/bodies,admin/themes,admin/audit,observation/imports,observation/import'"
  })
  void everyPageReachedHasNoSeriousOrCriticalViolation(String login, String role, String expected) {
    signIn(login);
    Map<String, Integer> byImpact = new TreeMap<>();
    Map<String, Integer> byRule = new TreeMap<>();
    List<String> blocking = new ArrayList<>();
    Set<String> pathsSeen = new LinkedHashSet<>();
    Map<String, Integer> visitsPerPath = new HashMap<>();
    Set<String> queued = new HashSet<>();
    Deque<String> queue = new ArrayDeque<>();
    // The search page is reached from the header's form, which the crawl does not submit.
    for (String seed :
        List.of(
            "index.xhtml", "account.xhtml", "notifications.xhtml", "search.xhtml?q=evaluation")) {
      queue.add(url(seed));
      queued.add(url(seed));
    }
    int pages = 0;
    int axeRuns = 0;
    while (!queue.isEmpty()) {
      String page = queue.poll();
      String path = path(page);
      int visits = visitsPerPath.getOrDefault(path, 0);
      if (visits >= INSTANCES.getOrDefault(path, 1)) {
        continue;
      }
      visitsPerPath.put(path, visits + 1);
      driver.get(page);
      Pf.ajaxIdle(wait);
      if (driver.getCurrentUrl().contains("login.xhtml")) {
        throw new AssertionError("signed out while visiting " + page);
      }
      pages++;
      pathsSeen.add(path);
      String shape = (String) ((JavascriptExecutor) driver).executeScript(SHAPE);
      // A shape seen before had its violations counted then; a blocking one fails the test then.
      List<Map<String, Object>> violations = List.of();
      if (checked.add(shape)) {
        violations = axe();
        axeRuns++;
      }
      for (Map<String, Object> v : violations) {
        String impact = String.valueOf(v.get("impact"));
        String rule = String.valueOf(v.get("id"));
        @SuppressWarnings("unchecked")
        List<String> targets = (List<String>) v.get("targets");
        byImpact.merge(impact, 1, Integer::sum);
        byRule.merge(rule + " (" + impact + ")", targets.size(), Integer::sum);
        if ("serious".equals(impact) || "critical".equals(impact)) {
          blocking.add(
              impact
                  + " "
                  + rule
                  + " on "
                  + path
                  + " ("
                  + page
                  + "): "
                  + v.get("help")
                  + "\n      "
                  + String.join("\n      ", targets));
        }
      }
      for (String link : links()) {
        if (queued.add(link)) {
          queue.add(link);
        }
      }
    }
    int total = byImpact.values().stream().mapToInt(Integer::intValue).sum();
    System.out.println(
        "\n=== axe-core "
            + role
            + " ("
            + login
            + "): "
            + pages
            + " pages ("
            + axeRuns
            + " of new shapes checked by axe), "
            + pathsSeen.size()
            + " paths, "
            + total
            + " violations (rule × page) by impact "
            + byImpact
            + "\n    nodes by rule "
            + byRule
            + "\n    paths "
            + pathsSeen);
    List<String> missing = new ArrayList<>();
    for (String p : expected.split(",")) {
      if (!pathsSeen.contains(p.trim() + ".xhtml")) {
        missing.add(p.trim());
      }
    }
    assertTrue(missing.isEmpty(), role + ": the crawl did not reach " + missing);
    assertTrue(
        blocking.isEmpty(),
        role
            + " ("
            + login
            + "): "
            + blocking.size()
            + " serious or critical violations\n  "
            + String.join("\n  ", blocking));
  }

  private void signIn(String login) {
    driver.get(url("index.xhtml"));
    // The previous role's session, if any: sign-in starts from a browser that holds none.
    driver.manage().deleteAllCookies();
    driver.get(url("index.xhtml"));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login:username")))
        .sendKeys(login);
    driver.findElement(By.id("login:password")).sendKeys(Demo.PASSWORD);
    driver.findElement(By.id("login:submit")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("my-account")));
  }

  @SuppressWarnings("unchecked")
  private List<Map<String, Object>> axe() {
    JavascriptExecutor js = (JavascriptExecutor) driver;
    js.executeScript(axeSource);
    Object result =
        js.executeAsyncScript(
            "var done = arguments[arguments.length - 1];"
                + "axe.run(document, {runOnly: {type: 'tag', values: arguments[0]},"
                + " resultTypes: ['violations']})"
                + ".then(function (r) { done(r.violations.map(function (v) {"
                + "  return {id: v.id, impact: v.impact, help: v.help,"
                + "   targets: v.nodes.map(function (n) { return n.target.join(' ') })}; })); })"
                + ".catch(function (e) { done('axe failed: ' + e); });",
            TAGS);
    if (result instanceof String error) {
      throw new AssertionError(error + " on " + driver.getCurrentUrl());
    }
    return (List<Map<String, Object>>) result;
  }

  /** The application's Faces pages this page links to or opens from a button. */
  @SuppressWarnings("unchecked")
  private List<String> links() {
    List<String> raw =
        (List<String>)
            ((JavascriptExecutor) driver)
                .executeScript(
                    "var out = [];"
                        + "document.querySelectorAll('a[href]').forEach(function (a) {"
                        + " out.push(a.href); });"
                        + "document.querySelectorAll('button[onclick]').forEach(function (b) {"
                        + " out.push('onclick:' + b.getAttribute('onclick')); });"
                        // In CSP mode PrimeFaces moves the handlers into nonce'd scripts:
                        // PrimeFaces.csp.register('id','click',function(event){window.open(…)}).
                        + "document.querySelectorAll('script:not([src])').forEach(function (s) {"
                        + " if (s.textContent.indexOf('window.open') >= 0) {"
                        + "  out.push('onclick:' + s.textContent); } });"
                        + "return out;");
    String root = url("");
    List<String> hrefs = new ArrayList<>();
    for (String href : raw) {
      if (!href.startsWith("onclick:")) {
        hrefs.add(href);
        continue;
      }
      Matcher m = BUTTON_TARGET.matcher(href);
      while (m.find()) {
        // PrimeFaces escapes the slashes of the URL inside its script string.
        try {
          hrefs.add(
              URI.create(driver.getCurrentUrl())
                  .resolve(m.group(1).replace("\\/", "/"))
                  .toString());
        } catch (IllegalArgumentException e) {
          System.err.println("Not a URL in a button's handler: " + m.group(1));
        }
      }
    }
    List<String> out = new ArrayList<>();
    for (String href : hrefs) {
      int hash = href.indexOf('#');
      if (hash >= 0) {
        href = href.substring(0, hash);
      }
      if (href.startsWith(root) && path(href).endsWith(".xhtml") && !href.contains("login.xhtml")) {
        out.add(href);
      }
    }
    return out;
  }

  private String path(String href) {
    String rest = href.substring(url("").length());
    int q = rest.indexOf('?');
    return q >= 0 ? rest.substring(0, q) : rest;
  }
}
