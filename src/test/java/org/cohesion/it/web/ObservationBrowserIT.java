package org.cohesion.it.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The lead of the observation group in Chromium: uploads an INSEE-style CSV (Windows-1252) with a
 * new indicator and a bad line, reads the report with its line and column, creates the indicator
 * from the preview, uploads the corrected file, imports it, opens Fort-de-France's dashboard, sees
 * the chart of the new indicator and exports the dashboard as CSV.
 */
class ObservationBrowserIT extends BrowserTestBase {

  private Path downloads;
  private Path files;

  @Override
  protected Path downloads() throws Exception {
    Path dir = Path.of(System.getProperty("cohesion.test.dir", "target"));
    downloads = Files.createDirectories(dir.resolve("downloads-observation"));
    files = Files.createDirectories(dir.resolve("upload-observation"));
    try (Stream<Path> old = Files.list(downloads)) {
      old.forEach(p -> p.toFile().delete());
    }
    return downloads;
  }

  private String heading(String expected) {
    return Pf.heading(wait, expected);
  }

  private void upload(Path file) {
    WebElement input = driver.findElement(By.cssSelector("input[type=file][id^='import:file']"));
    input.sendKeys(file.toAbsolutePath().toString());
  }

  private String main() {
    return driver.findElement(By.id("main")).getText();
  }

  @Test
  void aLeadImportsAFileFixesItAndReadsTheDashboard() throws Exception {
    String code = "BRW" + Long.toString(System.nanoTime() % 1_000_000_000L);
    Charset cp1252 = Charset.forName("windows-1252");
    Path bad = files.resolve("quartiers-" + code + "-faux.csv");
    Files.write(
        bad,
        ("CODGEO;LIBGEO;"
                + code
                + "08;"
                + code
                + "09\n"
                + "97209;Fort-de-France;12,5;13,1\n"
                + "97229;Schœlcher;abc;9,8\n")
            .getBytes(cp1252));
    Path good = files.resolve("quartiers-" + code + ".csv");
    Files.write(
        good,
        ("CODGEO;LIBGEO;"
                + code
                + "08;"
                + code
                + "09\n"
                + "97209;Fort-de-France;12,5;13,1\n"
                + "97229;Schœlcher;8,7;s\n")
            .getBytes(cp1252));

    signIn("flarcher", "observation/import.xhtml");
    assertEquals("Importer des données", heading("Importer des données"));

    // The bad file: an unknown indicator and a non-numeric value, each with its line and column.
    upload(bad);
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("problem-count")));
    Browser.screenshot(driver, "observation-10-report");
    assertEquals("3", driver.findElement(By.id("problem-count")).getText(), main());
    String report = driver.findElement(By.id("import:problems")).getText();
    assertTrue(report.contains("Ligne 3, colonne 3"), report);
    assertTrue(report.contains("Valeur non numérique « abc »"), report);
    assertTrue(report.contains("Indicateur inconnu « " + code + " »"), report);

    // The indicator is created from the preview; the file is read again.
    Pf.clickAndWait(driver, wait, By.cssSelector(".create-indicator"));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("import:ind-fr")));
    driver.findElement(By.id("import:ind-fr")).sendKeys("Indicateur d'essai " + code);
    driver.findElement(By.id("import:ind-en")).sendKeys("Test indicator " + code);
    Pf.clickAndWait(driver, wait, By.id("import:create-indicator"));
    wait.until(ExpectedConditions.textToBe(By.id("problem-count"), "1"));
    assertFalse(driver.findElement(By.id("import:problems")).getText().contains("inconnu"));

    // The corrected file is valid; it is imported.
    upload(good);
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("import:commit")));
    assertTrue(driver.findElements(By.id("problem-count")).isEmpty(), main());
    driver.findElement(By.id("import:source")).sendKeys("Essai navigateur");
    Pf.clickAndWait(driver, wait, By.id("import:commit"));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("added")));
    Browser.screenshot(driver, "observation-20-imported");
    assertEquals("4", driver.findElement(By.id("added")).getText());
    assertTrue(driver.findElement(By.id("messages")).getText().contains("Import enregistré"));

    // The territory dashboard shows the new indicator, with its chart.
    driver.get(url("observation/territory.xhtml?code=97209"));
    assertEquals("Fort-de-France", heading("Fort-de-France"));
    wait.until(
        ExpectedConditions.visibilityOfElementLocated(By.linkText("Indicateur d'essai " + code)));
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".trend-chart canvas")));
    assertTrue(main().contains("13,1"), "the latest value, in French");
    Browser.screenshot(driver, "observation-30-territory");

    // Export as CSV: the long layout, with the imported values.
    Pf.clickAndWait(driver, wait, By.id("export-csv"));
    Path csv = downloads.resolve("territoire-97209.csv");
    wait.until(d -> Files.exists(csv));
    String content = Files.readString(csv, StandardCharsets.UTF_8);
    assertTrue(content.contains("97209;Fort-de-France;" + code + ";2009;13,1;NORMAL"), content);

    // The map: Leaflet from the webjar draws the communes' (schematic) boundaries, no tiles.
    driver.get(url("observation/map.xhtml?indicator=TCHOM&period=2008"));
    wait.until(
        d -> d.findElements(By.cssSelector("#obs-map path.leaflet-interactive")).size() >= 34);
    assertTrue(driver.findElements(By.cssSelector(".leaflet-tile")).isEmpty(), "no tile layer");
    // The same values without a pointer: a table, one row per territory drawn, with its period.
    int drawn = driver.findElements(By.cssSelector("#obs-map path.leaflet-interactive")).size();
    assertEquals(drawn, driver.findElements(By.cssSelector("#map-values tbody tr")).size());
    String table = driver.findElement(By.id("map-values")).getText();
    assertTrue(table.contains("Fort-de-France") && table.contains("2008"), table);
    Browser.screenshot(driver, "observation-40-map");
  }
}
