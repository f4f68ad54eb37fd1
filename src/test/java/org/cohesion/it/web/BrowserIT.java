package org.cohesion.it.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A person in Chromium: signs in, finds their groups, opens one, switches language, administers.
 */
class BrowserIT extends BrowserTestBase {
  @Override
  protected Duration waitTimeout() {
    return Duration.ofSeconds(15);
  }

  private String heading(String expected) {
    return Pf.heading(wait, expected);
  }

  @Test
  void aProjectLeaderSignsInOpensAGroupAndSwitchesToEnglish() {
    signIn("manselme", "index.xhtml");
    assertEquals("Mes groupes de travail", heading("Mes groupes de travail"));
    assertTrue(driver.findElement(By.id("my-groups")).getText().contains("Évaluation des CUCS"));
    // The navigation marks the page one is on, and only that one.
    assertEquals("page", driver.findElement(By.id("nav-home")).getDomAttribute("aria-current"));
    assertNull(driver.findElement(By.id("nav-groups")).getDomAttribute("aria-current"));
    Browser.screenshot(driver, "01-home-fr");

    Pf.navigate(driver, wait, By.linkText("Évaluation des CUCS"));
    assertEquals("Évaluation des CUCS", heading("Évaluation des CUCS"));
    assertTrue(driver.findElement(By.id("group:members")).getText().contains("Rodolphe Célestine"));
    assertTrue(driver.findElement(By.id("group:requests")).isDisplayed(), "a lead sees requests");
    assertNull(driver.findElement(By.id("nav-home")).getDomAttribute("aria-current"));
    Browser.screenshot(driver, "02-group-fr");

    Pf.clickAndWait(driver, wait, By.id("header:lang-en"));
    wait.until(ExpectedConditions.textToBe(By.id("nav-home"), "My working groups"));
    assertEquals("Évaluation des CUCS", heading("Évaluation des CUCS"));
    assertTrue(driver.findElement(By.id("members-title")).getText().startsWith("Members"));
    Browser.screenshot(driver, "03-group-en");

    Pf.clickAndWait(driver, wait, By.id("header:lang-fr"));
    wait.until(ExpectedConditions.textToBe(By.id("nav-home"), "Mes groupes de travail"));
  }

  @Test
  void aWrongPasswordSaysSoAndKeepsThePersonOnTheSignInPage() {
    signIn("srosemond", "pas le bon mot de passe", "index.xhtml");
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "incorrect"));
    assertEquals("Connexion", heading("Connexion"));
  }

  @Test
  void anAdministratorAddsAMemberToAGroup() {
    signIn("jvalcin", "index.xhtml");
    heading("Mes groupes de travail");
    // A person made for this test: joining a group changes her standing, so no demo member.
    String unique = Long.toString(System.nanoTime(), 36);
    String name = "Essai " + unique;
    driver.get(url("admin/member.xhtml"));
    heading("Nouveau membre");
    driver.findElement(By.id("member:fullName")).sendKeys(name);
    driver.findElement(By.id("member:email")).sendKeys("essai-" + unique + "@example.org");
    driver.findElement(By.id("member:login")).sendKeys("essai" + unique);
    Pf.clickAndWait(driver, wait, By.id("member:save"));
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Membre créé"));

    driver.get(url("group.xhtml?g=reussite-educative-et-clas"));
    assertEquals("Réussite éducative et CLAS", heading("Réussite éducative et CLAS"));
    assertTrue(!driver.findElement(By.id("group:members")).getText().contains(name));

    // The member picker is a search: type part of the name, pick from what the server offers.
    driver.findElement(By.id("group:new-member_input")).sendKeys(name);
    wait.until(
            ExpectedConditions.elementToBeClickable(
                By.cssSelector("#group\\:new-member_panel li[data-item-label^='" + name + "']")))
        .click();
    wait.until(
        ExpectedConditions.attributeContains(By.id("group:new-member_input"), "value", name));
    Pf.clickAndWait(driver, wait, By.id("group:add-member"));
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Membre ajouté"));
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("group:members"), name));
    Browser.screenshot(driver, "04-admin-added-member");

    // And it holds: a fresh load shows her in the group.
    driver.get(url("group.xhtml?g=reussite-educative-et-clas"));
    heading("Réussite éducative et CLAS");
    assertTrue(driver.findElement(By.id("group:members")).getText().contains(name));
  }

  @Test
  void anAdministratorGetsClearMessagesForBadInputAndMarkupStaysText() {
    signIn("jvalcin", "index.xhtml");
    heading("Mes groupes de travail");
    driver.get(url("admin/member.xhtml"));
    assertEquals("Nouveau membre", heading("Nouveau membre"));

    // Empty required fields, then an invalid email: each is named, nothing is created.
    Pf.clickAndWait(driver, wait, By.id("member:save"));
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("member"), "Indiquez le nom de la personne."));
    String unique = Long.toString(System.nanoTime(), 36);
    String name = "<script>alert('" + unique + "')</script>";
    driver.findElement(By.id("member:fullName")).sendKeys(name);
    driver.findElement(By.id("member:email")).sendKeys("pas-un-courriel");
    driver.findElement(By.id("member:login")).sendKeys("t" + unique);
    Pf.clickAndWait(driver, wait, By.id("member:save"));
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("member"), "Ce courriel n'est pas valide."));

    WebElement email = driver.findElement(By.id("member:email"));
    email.clear();
    email.sendKeys(unique + "@example.org");
    Pf.clickAndWait(driver, wait, By.id("member:save"));
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Membre créé"));
    assertTrue(driver.findElement(By.id("one-time-password")).getText().length() >= 16);
    Browser.screenshot(driver, "05-admin-created-member");

    // The name is shown as the text it is; no script ran.
    driver.get(url("admin/members.xhtml"));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("members:q"))).sendKeys(unique);
    Pf.clickAndWait(driver, wait, By.id("members:search"));
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("members:table"), name));
    assertThrows(NoAlertPresentException.class, () -> driver.switchTo().alert());
  }
}
