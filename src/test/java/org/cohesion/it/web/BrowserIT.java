package org.cohesion.it.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.cohesion.it.Databases;
import org.cohesion.workspace.web.GroupViewBean;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

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
    assertNull(driver.findElement(By.id("nav-home")).getDomAttribute("aria-current"));
    assertTrue(
        driver.findElements(By.cssSelector("[id='group:members'] select")).isEmpty(),
        "no role menus on the group's page");
    Browser.screenshot(driver, "02-group-fr");

    // A lead manages the group on a page of its own, linked from the group's page.
    Pf.navigate(driver, wait, By.id("manage-link"));
    assertEquals(
        "Gérer le groupe · Évaluation des CUCS", heading("Gérer le groupe · Évaluation des CUCS"));
    assertTrue(driver.findElement(By.id("manage:requests")).isDisplayed(), "a lead sees requests");
    assertTrue(
        driver.findElement(By.id("manage:members")).getText().contains("Rodolphe Célestine"));
    Browser.screenshot(driver, "02b-group-manage-fr");
    Pf.navigate(driver, wait, By.id("back-to-group"));
    heading("Évaluation des CUCS");

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
    Pf.navigate(driver, wait, By.id("manage-link"));
    heading("Gérer le groupe · Réussite éducative et CLAS");

    // The member picker is a search: type part of the name, pick from what the server offers.
    driver.findElement(By.id("manage:new-member_input")).sendKeys(name);
    wait.until(
            ExpectedConditions.elementToBeClickable(
                By.cssSelector("#manage\\:new-member_panel li[data-item-label^='" + name + "']")))
        .click();
    wait.until(
        ExpectedConditions.attributeContains(By.id("manage:new-member_input"), "value", name));
    Pf.clickAndWait(driver, wait, By.id("manage:add-member"));
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Membre ajouté"));
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("manage:members"), name));
    Browser.screenshot(driver, "04-admin-added-member");

    // And it holds: a fresh load shows her in the group.
    driver.get(url("group.xhtml?g=reussite-educative-et-clas"));
    heading("Réussite éducative et CLAS");
    assertTrue(driver.findElement(By.id("group:members")).getText().contains(name));
  }

  /**
   * A group of one more than a page of members: twenty on the first page, the last on the second,
   * previous and next links, a page number out of range or not a number shows a page that exists,
   * and a role changed on the second page is that person's (the rows there are the list's 21st
   * onwards, not its first).
   */
  @Test
  void aGroupOfMoreThanAPageOfMembersIsListedAPageAtATime() throws SQLException {
    String unique = Long.toString(System.nanoTime(), 36);
    int count = GroupViewBean.MEMBERS_PAGE + 1;
    List<Long> members = new ArrayList<>();
    String slug = "pager-" + unique;
    try (Connection db = Databases.suite()) {
      long group;
      try (PreparedStatement insert =
          db.prepareStatement(
              "INSERT INTO working_group (slug, name, theme_id, visibility, join_policy)"
                  + " SELECT ?, ?, MIN(id), 'NETWORK', 'OPEN' FROM theme",
              Statement.RETURN_GENERATED_KEYS)) {
        insert.setString(1, slug);
        insert.setString(2, "Groupe à pages " + unique);
        insert.executeUpdate();
        group = Databases.generatedKey(insert);
      }
      // Members made for this test, listed in the order they joined (all of one role).
      for (int i = 1; i <= count; i++) {
        try (PreparedStatement insert =
            db.prepareStatement(
                "INSERT INTO member (full_name, email) VALUES (?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
          insert.setString(1, memberName(unique, i));
          insert.setString(2, "pager-" + unique + "-" + i + "@example.org");
          insert.executeUpdate();
          members.add(Databases.generatedKey(insert));
        }
        try (PreparedStatement insert =
            db.prepareStatement(
                "INSERT INTO membership (group_id, member_id, role) VALUES (?, ?, 'CONTRIBUTOR')")) {
          insert.setLong(1, group);
          insert.setLong(2, members.get(i - 1));
          insert.executeUpdate();
        }
      }
    }

    signIn("jvalcin", "group.xhtml?id=" + slug);
    heading("Groupe à pages " + unique);
    String first = driver.findElement(By.id("group:members")).getText();
    assertTrue(first.contains(memberName(unique, 1)), first);
    assertTrue(first.contains(memberName(unique, GroupViewBean.MEMBERS_PAGE)), first);
    assertTrue(!first.contains(memberName(unique, count)), first);
    assertTrue(first.contains("Page 1 sur 2"), first);
    assertTrue(
        driver.findElements(By.id("members-previous")).isEmpty(), "no page before the first");
    assertEquals("Membres (" + count + ")", driver.findElement(By.id("members-title")).getText());

    Pf.navigate(driver, wait, By.id("members-next"));
    heading("Groupe à pages " + unique);
    String second = driver.findElement(By.id("group:members")).getText();
    assertTrue(second.contains(memberName(unique, count)), second);
    assertTrue(!second.contains(memberName(unique, 1)), second);
    assertTrue(second.contains("Page 2 sur 2"), second);
    assertTrue(driver.findElements(By.id("members-next")).isEmpty(), "no page after the last");
    Browser.screenshot(driver, "05-group-members-page-2");

    // The last one's role, changed on the second page of the management page, is hers and no one
    // else's.
    open("group-manage.xhtml?id=" + slug + "&mp=2");
    String managed = driver.findElement(By.id("manage:members")).getText();
    assertEquals(
        1,
        driver.findElements(By.cssSelector("[id='manage:members'] select")).size(),
        "the management page's second page has the last member's role menu");
    assertTrue(managed.contains(memberName(unique, count)), managed);
    assertTrue(!managed.contains(memberName(unique, 1)), managed);
    new Select(
            driver.findElement(
                By.cssSelector("select[aria-label$='" + memberName(unique, count) + "']")))
        .selectByValue("LEAD");
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Rôle modifié"));
    assertEquals(List.of("LEAD"), roles(members.subList(count - 1, count)));
    assertEquals(
        List.of("CONTRIBUTOR"), roles(members.subList(0, count - 1)).stream().distinct().toList());

    // Out of range: the last page; not a number: the first.
    open("group.xhtml?id=" + slug + "&mp=99");
    assertTrue(
        driver.findElement(By.id("group:members")).getText().contains("Page 2 sur 2"),
        "a page past the end shows the last");
    open("group.xhtml?id=" + slug + "&mp=deux");
    assertTrue(
        driver.findElement(By.id("group:members")).getText().contains("Page 1 sur 2"),
        "a page that is not a number shows the first");
  }

  private static String memberName(String unique, int i) {
    return String.format("Pager %s %02d", unique, i);
  }

  /** The roles of these members in the order given (each is in one group only). */
  private static List<String> roles(List<Long> memberIds) throws SQLException {
    List<String> roles = new ArrayList<>();
    try (Connection db = Databases.suite();
        PreparedStatement select =
            db.prepareStatement("SELECT role FROM membership WHERE member_id = ?")) {
      for (long id : memberIds) {
        select.setLong(1, id);
        try (ResultSet rs = select.executeQuery()) {
          assertTrue(rs.next(), "a membership of member " + id);
          roles.add(rs.getString(1));
        }
      }
    }
    return roles;
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
