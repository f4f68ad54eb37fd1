package org.cohesion.it.web;

import java.nio.file.Path;
import java.time.Duration;
import org.cohesion.it.Demo;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What every browser test shares (in the manner of OmniFaces' OmniFacesIT): a fresh Chromium per
 * test, waits on conditions (never a sleep; PrimeFaces' Ajax queue through {@link Pf}), sign-in,
 * and a screenshot under target/screenshots when a test fails, taken before the browser closes. A
 * test extends it and keeps only its scenario.
 */
abstract class BrowserTestBase extends HttpTestBase {
  protected WebDriver driver;
  protected WebDriverWait wait;

  /** Runs after the test method and before {@code @AfterEach}: the browser is still open. */
  @RegisterExtension
  final AfterTestExecutionCallback screenshotOnFailure =
      (ExtensionContext context) -> {
        if (driver != null && context.getExecutionException().isPresent()) {
          Browser.screenshot(
              driver,
              "failed-"
                  + context.getRequiredTestClass().getSimpleName()
                  + "-"
                  + context.getRequiredTestMethod().getName());
        }
      };

  /** How long a wait on a condition may last before the test fails. */
  protected Duration waitTimeout() {
    return Duration.ofSeconds(30);
  }

  /** Where the browser saves downloads without asking, or null for no downloads. */
  protected Path downloads() throws Exception {
    return null;
  }

  /** Called once the browser has started, before the test: a test's own browser set-up. */
  protected void browserStarted() throws Exception {}

  @BeforeEach
  void startBrowser() throws Exception {
    driver = Browser.start(downloads());
    wait = new WebDriverWait(driver, waitTimeout());
    browserStarted();
  }

  @AfterEach
  void quitBrowser() {
    if (driver != null) {
      driver.quit();
      driver = null;
    }
  }

  /** Opens a page of the application and waits until it has loaded and its Ajax settled. */
  protected void open(String path) {
    driver.get(url(path));
    Pf.ajaxIdle(wait);
  }

  /**
   * Opens {@code path}, which sends a person who has not signed in to the sign-in form, and signs
   * in there with the demo password; does not wait for the page that follows.
   */
  protected void signIn(String login, String path) {
    signIn(login, Demo.PASSWORD, path);
  }

  /**
   * Signs in as {@code login} with the demo password, whoever this browser had signed in before
   * (its cookies go first), on {@code path}, and waits until the page asked for has replaced the
   * sign-in form (which has a heading too) and its Ajax settled.
   */
  protected void signInAs(String login, String path) {
    driver.manage().deleteAllCookies();
    driver.get(url(path));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login:username")))
        .sendKeys(login);
    driver.findElement(By.id("login:password")).sendKeys(Demo.PASSWORD);
    Pf.navigate(driver, wait, By.id("login:submit"));
    Pf.heading(wait);
  }

  /** As {@link #signIn(String, String)}, with this password. */
  protected void signIn(String login, String password, String path) {
    driver.get(url(path));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login:username")))
        .sendKeys(login);
    driver.findElement(By.id("login:password")).sendKeys(password);
    driver.findElement(By.id("login:submit")).click();
  }
}
