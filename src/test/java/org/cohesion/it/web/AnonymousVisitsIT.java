package org.cohesion.it.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cohesion.it.Demo;
import org.cohesion.it.WebClient;
import org.junit.jupiter.api.Test;

/**
 * Someone not signed in costs the server no session: the sign-in page and a protected page's
 * redirect to it set no cookie (a flood of anonymous requests once filled the heap with one session
 * each), the page asked for travels in the sign-in page's address and opens after sign-in, and that
 * address can send no one to another site.
 */
class AnonymousVisitsIT extends HttpTestBase {

  private static void assertNoSession(HttpResponse<String> response) {
    List<String> cookies = response.headers().allValues("Set-Cookie");
    assertTrue(
        cookies.stream().noneMatch(c -> c.startsWith("JSESSIONID=")),
        response.uri() + " opened a session: " + cookies);
  }

  private static String location(HttpResponse<String> response) {
    return response.headers().firstValue("Location").orElse("");
  }

  @Test
  void aProtectedPageSendsToTheSignInPageWithItsAddressAndNoSession() throws Exception {
    String page = "/group.xhtml?id=evaluation-des-cucs&mp=2";
    for (int i = 0; i < 3; i++) {
      HttpResponse<String> redirect = client().get(page.substring(1));
      assertEquals(302, redirect.statusCode());
      assertTrue(
          location(redirect)
              .endsWith("/login.xhtml?next=" + URLEncoder.encode(page, StandardCharsets.UTF_8)),
          location(redirect));
      assertNoSession(redirect);
    }
    HttpResponse<String> login = client().get("login.xhtml?next=" + encode(page));
    assertEquals(200, login.statusCode());
    assertNoSession(login);
    assertTrue(
        login.body().contains("name=\"next\" value=\"" + page.replace("&", "&amp;") + "\""),
        "the form carries the page asked for");
  }

  /**
   * The war's root entries that tell Payara which jars its class model skips (ClassModelSkipsIT)
   * are not content: they would list the libraries and their versions. Like any path, they send
   * someone not signed in to the sign-in page, with no session; a member gets 404.
   */
  @Test
  void theWarsDeploymentEntriesAreNotServed() throws Exception {
    String entry;
    try (java.util.zip.ZipFile war =
        new java.util.zip.ZipFile(System.getProperty("cohesion.war", "target/cohesion.war"))) {
      entry =
          war.stream()
              .map(java.util.zip.ZipEntry::getName)
              .filter(n -> n.startsWith("WEB-INF__lib__"))
              .findFirst()
              .orElseThrow();
    }
    HttpResponse<String> anonymous = client().get(entry);
    assertEquals(302, anonymous.statusCode(), entry);
    assertTrue(location(anonymous).contains("/login.xhtml?next="), location(anonymous));
    assertNoSession(anonymous);
    WebClient member = client();
    assertEquals(302, signIn(member, "/").statusCode());
    assertEquals(404, member.get(entry).statusCode(), "signed in: " + entry);
    assertEquals(404, member.get("./" + entry).statusCode(), "signed in: ./" + entry);
  }

  @Test
  void signingInOpensThePageAskedFor() throws Exception {
    String page = "/group.xhtml?id=evaluation-des-cucs&mp=1";
    WebClient client = client();
    HttpResponse<String> signedIn = signIn(client, page);
    assertEquals(302, signedIn.statusCode());
    assertTrue(location(signedIn).endsWith(page), location(signedIn));
    assertEquals(200, client.get(page.substring(1)).statusCode(), "signed in: the page itself");
  }

  @Test
  void theSignInPageSendsNoOneToAnotherSite() throws Exception {
    for (String next : List.of("//evil.example/", "https://evil.example/", "/\\evil.example")) {
      HttpResponse<String> signedIn = signIn(client(), next);
      assertEquals(302, signedIn.statusCode());
      URI target = URI.create(location(signedIn));
      assertEquals(base.getHost(), target.getHost(), next + " → " + target);
      assertEquals(base.getPort(), target.getPort(), next + " → " + target);
      assertTrue(target.getRawPath().endsWith("/"), next + " → home, not " + target);
    }
  }

  @Test
  void aVisitorWhoChoosesEnglishGetsASessionForItAndTheSignInPageInEnglish() throws Exception {
    WebClient client = client();
    String login = client.get("login.xhtml").body();
    assertTrue(login.contains("lang=\"fr\""), "French first");
    Map<String, String> english = new LinkedHashMap<>();
    english.put("header", "header");
    english.put("header:lang-en", "header:lang-en");
    HttpResponse<String> switched = client.postForm("login.xhtml", login, english);
    assertEquals(302, switched.statusCode(), switched.body());
    assertTrue(client.sessionId() != null, "the choice is kept in a session of its own");
    HttpResponse<String> again = client.get("login.xhtml");
    assertTrue(again.body().contains("lang=\"en\""), again.body());
    assertTrue(again.body().contains("Sign in"), "the sign-in page in English");
  }

  /** Signs in through the form of the sign-in page opened with this {@code next}. */
  private HttpResponse<String> signIn(WebClient client, String next) throws Exception {
    String path = "login.xhtml?next=" + encode(next);
    Map<String, String> fields = client.open(path).fields("login");
    assertEquals(next, fields.get("next"), "the hidden field holds the page asked for");
    fields.put("login:username", "manselme");
    fields.put("login:password", Demo.PASSWORD);
    fields.put("login:submit", "");
    return client.postRaw("login.xhtml", fields);
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
