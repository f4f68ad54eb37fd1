package org.cohesion.it.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium driven by Selenium, headless. Where Chromium or its driver is missing, the
 * browser tests are skipped loudly, unless cohesion.browser.required=true (CI), which fails them.
 */
final class Browser {
  static final String CHROMIUM = "/usr/bin/chromium";
  static final String DRIVER = "/usr/bin/chromedriver";

  private Browser() {}

  static WebDriver start() throws IOException {
    return start(null);
  }

  /** A browser that saves downloads (without asking) into {@code downloads}, when given. */
  static WebDriver start(Path downloads) throws IOException {
    boolean present = Files.isExecutable(Path.of(CHROMIUM)) && Files.isExecutable(Path.of(DRIVER));
    if (!present) {
      String message =
          "Chromium or chromedriver is missing ("
              + CHROMIUM
              + ", "
              + DRIVER
              + "): install them with 'apt-get install -y chromium chromium-driver'.";
      if (Boolean.getBoolean("cohesion.browser.required")) {
        Assertions.fail(message);
      }
      System.err.println("\n*** BROWSER TESTS SKIPPED *** " + message + "\n");
      Assumptions.abort(message);
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    Path profile = Files.createTempDirectory("chromium-profile");
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--window-size=1280,1000",
        "--lang=fr-FR",
        "--user-data-dir=" + profile);
    if (downloads != null) {
      // The test server is plain HTTP on an IP address: Chrome would hold its downloads as
      // insecure.
      options.addArguments("--disable-features=InsecureDownloadWarnings,DownloadBubble");
      options.setExperimentalOption(
          "prefs",
          java.util.Map.of(
              "download.default_directory",
              downloads.toString(),
              "download.prompt_for_download",
              false));
    }
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(Path.of(DRIVER).toFile()).build();
    ChromeDriver driver = new ChromeDriver(service, options);
    // No implicit wait: each test waits explicitly for the condition it needs (an implicit wait
    // mixed with WebDriverWait makes the waits for absence or invisibility unpredictable).
    if (downloads != null) {
      driver.executeCdpCommand(
          "Browser.setDownloadBehavior",
          java.util.Map.of("behavior", "allow", "downloadPath", downloads.toString()));
    }
    return driver;
  }

  /**
   * A PDF the browser has finished saving into {@code dir} (Chrome writes a download under another
   * name first), or null while there is none: the condition a test waits on.
   */
  static Path pdfIn(Path dir) {
    try (java.util.stream.Stream<Path> files = Files.list(dir)) {
      return files
          .filter(p -> p.toString().endsWith(".pdf"))
          .filter(p -> p.toFile().length() > 0)
          .findFirst()
          .orElse(null);
    } catch (IOException e) {
      return null;
    }
  }

  /** Keeps a screenshot under target/screenshots, to look at what the test saw. */
  static void screenshot(WebDriver driver, String name) {
    try {
      Path dir = Path.of(System.getProperty("cohesion.test.dir", "target"), "screenshots");
      Files.createDirectories(dir);
      byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
      Files.write(dir.resolve(name + ".png"), png);
    } catch (IOException | RuntimeException e) {
      System.err.println("No screenshot " + name + ": " + e.getMessage());
    }
  }
}
