package org.cohesion.it.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.Map;
import org.cohesion.it.Demo;
import org.cohesion.it.WebClient;
import org.cohesion.it.WebClient.Page;
import org.junit.jupiter.api.Test;

/**
 * Over HTTP, as a browser would: someone who signs in with the one-time password an administrator
 * gave them reaches nothing but the account page until they have chosen their own password.
 */
class OneTimePasswordIT extends HttpTestBase {

  private String[] freshAccount() throws Exception {
    WebClient admin = client();
    assertEquals(302, admin.login("jvalcin", Demo.PASSWORD).statusCode());
    HttpResponse<String> created = admin.post("it/fresh-account");
    assertEquals(200, created.statusCode(), created.body());
    return created.body().strip().split(" ");
  }

  private static String location(HttpResponse<String> response) {
    return response.headers().firstValue("Location").orElse("");
  }

  @Test
  void aOneTimePasswordLeadsToTheAccountPageUntilItIsChanged() throws Exception {
    String[] account = freshAccount();
    WebClient member = client();
    HttpResponse<String> signIn = member.login(account[0], account[1]);
    assertEquals(302, signIn.statusCode());
    assertTrue(location(signIn).endsWith("/account.xhtml"), location(signIn));
    // The notice set before the sign-in's redirect shows on the page it leads to, once, and is gone
    // when that page is loaded again (kept in the session between the two: PendingMessages).
    assertEquals(1, shown(member.open("account.xhtml"), "usage unique"), "after the redirect");
    assertEquals(0, shown(member.open("account.xhtml"), "usage unique"), "on the next load");

    for (String page : new String[] {"", "index.xhtml", "groups.xhtml", "member.xhtml?id=1"}) {
      HttpResponse<String> refused = member.get(page);
      assertEquals(302, refused.statusCode(), page);
      assertTrue(location(refused).endsWith("/account.xhtml"), page + " → " + location(refused));
    }
    assertEquals(200, member.get("account.xhtml").statusCode());

    String chosen = "ma propre phrase de passe";
    HttpResponse<String> changed = member.chooseOwnPassword(account[1], chosen);
    assertEquals(302, changed.statusCode(), changed.body());
    assertEquals(200, member.get("index.xhtml").statusCode());
    assertEquals(200, member.get("groups.xhtml").statusCode());

    // And the new password signs in straight to the pages.
    WebClient again = client();
    HttpResponse<String> second = again.login(account[0], chosen);
    assertEquals(302, second.statusCode());
    assertTrue(!location(second).endsWith("/account.xhtml"), location(second));
    assertEquals(200, again.get("index.xhtml").statusCode());

    // Signing out ends the session; its message travels in the new one to the sign-in page.
    Page home = again.open("index.xhtml");
    Map<String, String> fields = home.fields("header");
    fields.put("header:logout", "header:logout");
    HttpResponse<String> out = again.postRaw(home.action("header"), fields);
    assertEquals(302, out.statusCode(), out.body());
    assertTrue(location(out).endsWith("/login.xhtml"), location(out));
    assertEquals(1, shown(again.open("login.xhtml"), "déconnecté"), "after signing out");
    assertEquals(0, shown(again.open("login.xhtml"), "déconnecté"), "on the next load");
    assertEquals(302, again.get("index.xhtml").statusCode(), "signed out");
  }

  /** How many of the page's global messages contain this text. */
  private static int shown(Page page, String text) {
    return (int)
        page.document().select("#messages li").stream()
            .filter(li -> li.text().contains(text))
            .count();
  }
}
