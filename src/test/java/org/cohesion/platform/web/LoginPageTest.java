package org.cohesion.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Where the sign-in page may send someone: a page of this application, never another site. */
class LoginPageTest {

  @Test
  void aPathOfThisApplicationIsOpenedWithItsQuery() {
    assertEquals(
        "/group.xhtml?id=evaluation-des-cucs&mp=2",
        LoginPage.nextPage("/group.xhtml?id=evaluation-des-cucs&mp=2"));
    assertEquals("/decisions/register.xhtml", LoginPage.nextPage("/decisions/register.xhtml"));
  }

  @Test
  void anythingElseOpensHome() {
    for (String next :
        new String[] {
          null,
          "",
          "index.xhtml",
          "//evil.example/x",
          "/\\evil.example",
          "https://evil.example/",
          "javascript:alert(1)",
          "/index.xhtml\r\nSet-Cookie: x=y",
          "/login.xhtml",
          "/login.xhtml?next=/x",
          "/" + "a".repeat(1000),
          "/a b"
        }) {
      assertEquals("/", LoginPage.nextPage(next), String.valueOf(next));
    }
  }
}
