package org.cohesion.it.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cohesion.it.Demo;
import org.cohesion.it.WebClient;
import org.junit.jupiter.api.Test;

/**
 * Every page of the foundation, for every kind of caller, over HTTP as a browser would ask. The
 * demo data set provides the callers (README.md): a lead, a reader, a non-member, an administrator,
 * and nobody signed in. Expected: 200 allowed, 403 refused, 404 hidden, 302 sign in first.
 */
class PageAccessMatrixIT extends HttpTestBase {
  private static final String NETWORK_GROUP = "group.xhtml?id=evaluation-des-cucs";
  private static final String MEMBERS_ONLY = "group.xhtml?id=preparation-de-la-programmation-2009";
  private static final String MEMBERS_ONLY_NAME = "Préparation de la programmation 2009";

  private static final java.util.regex.Pattern STACK_TRACE =
      java.util.regex.Pattern.compile("\\bat [a-z]+\\.[\\w.$]+\\(|Caused by:|\\.java:\\d+\\)");

  // Callers: null = not signed in; manselme = lead of Évaluation and member of the members-only
  // group; flarcher = reader of Évaluation, not in the members-only group; srosemond = in neither;
  // jvalcin = administrator.
  private static final List<String> CALLERS =
      java.util.Arrays.asList(null, "manselme", "flarcher", "srosemond", "jvalcin");

  private static final Map<String, int[]> EXPECTED =
      Map.ofEntries(
          // page                        anon  lead  reader other admin
          Map.entry("index.xhtml", new int[] {302, 200, 200, 200, 200}),
          Map.entry("groups.xhtml", new int[] {302, 200, 200, 200, 200}),
          Map.entry("bodies.xhtml", new int[] {302, 200, 200, 200, 200}),
          Map.entry("account.xhtml", new int[] {302, 200, 200, 200, 200}),
          Map.entry("member.xhtml?id=1", new int[] {302, 200, 200, 200, 200}),
          Map.entry("member.xhtml?id=999999", new int[] {302, 404, 404, 404, 404}),
          Map.entry("member.xhtml?id=abc", new int[] {302, 404, 404, 404, 404}),
          Map.entry(NETWORK_GROUP, new int[] {302, 200, 200, 200, 200}),
          Map.entry(MEMBERS_ONLY, new int[] {302, 200, 404, 404, 200}),
          Map.entry("group.xhtml?id=no-such-group", new int[] {302, 404, 404, 404, 404}),
          Map.entry("group.xhtml?id=%27%20OR%201%3D1", new int[] {302, 404, 404, 404, 404}),
          // The parameter's name before issue 11, in links already sent: the same page, the same
          // rights.
          Map.entry("group.xhtml?g=evaluation-des-cucs", new int[] {302, 200, 200, 200, 200}),
          Map.entry(
              "group.xhtml?g=preparation-de-la-programmation-2009",
              new int[] {302, 200, 404, 404, 200}),
          Map.entry("group.xhtml?g=no-such-group", new int[] {302, 404, 404, 404, 404}),
          // The management page: the group's leads and the administrators; those who only see
          // the group are refused (403), those who do not see it find nothing (404).
          Map.entry(
              "group-manage.xhtml?id=evaluation-des-cucs", new int[] {302, 200, 403, 403, 200}),
          Map.entry(
              "group-manage.xhtml?id=preparation-de-la-programmation-2009",
              new int[] {302, 403, 404, 404, 200}),
          Map.entry("group-manage.xhtml?id=no-such-group", new int[] {302, 404, 404, 404, 404}),
          Map.entry("group-manage.xhtml", new int[] {302, 404, 404, 404, 404}),
          Map.entry("admin/members.xhtml", new int[] {302, 403, 403, 403, 200}),
          Map.entry("admin/member.xhtml", new int[] {302, 403, 403, 403, 200}),
          Map.entry("admin/member.xhtml?id=2", new int[] {302, 403, 403, 403, 200}),
          Map.entry("admin/groups.xhtml", new int[] {302, 403, 403, 403, 200}),
          Map.entry("admin/group.xhtml", new int[] {302, 403, 403, 403, 200}),
          Map.entry("admin/group.xhtml?id=1", new int[] {302, 403, 403, 403, 200}),
          Map.entry("admin/audit.xhtml", new int[] {302, 403, 403, 403, 200}),
          Map.entry("admin/bodies.xhtml", new int[] {302, 403, 403, 403, 200}),
          Map.entry("admin/themes.xhtml", new int[] {302, 403, 403, 403, 200}),
          Map.entry("admin/networks.xhtml", new int[] {302, 403, 403, 403, 200}),
          Map.entry("admin/member.xhtml?id=abc", new int[] {302, 403, 403, 403, 404}),
          Map.entry("admin/group.xhtml?id=999999", new int[] {302, 403, 403, 403, 404}),
          Map.entry("no-such-page.xhtml", new int[] {302, 404, 404, 404, 404}));

  @Test
  void everyPageAnswersEachCallerAsDesigned() throws Exception {
    StringBuilder failures = new StringBuilder();
    for (int c = 0; c < CALLERS.size(); c++) {
      String caller = CALLERS.get(c);
      WebClient client = signedIn(caller);
      for (var entry : EXPECTED.entrySet()) {
        HttpResponse<String> response = client.get(entry.getKey());
        int expected = entry.getValue()[c];
        if (response.statusCode() != expected) {
          failures.append(
              String.format(
                  "%s as %s: expected %d, got %d%n",
                  entry.getKey(), caller, expected, response.statusCode()));
        }
        if (expected == 302) {
          assertTrue(
              response.headers().firstValue("Location").orElse("").contains("login.xhtml"),
              entry.getKey() + " should send to the sign-in page");
        }
        assertNoStackTrace(response.body(), entry.getKey());
      }
    }
    assertEquals("", failures.toString());
  }

  @Test
  void aGroupsToolsAndSheetsAnswerUnderTheirParameterAndItsOldName() throws Exception {
    // The group page links them with the group's number as "group"; "g" is the name links sent
    // before the rename carry.
    WebClient admin = signedIn("jvalcin");
    Map<String, int[]> expected = new java.util.LinkedHashMap<>();
    for (var group : Map.of(NETWORK_GROUP, true, MEMBERS_ONLY, false).entrySet()) {
      String body = admin.get(group.getKey()).body();
      int[] rights =
          group.getValue()
              ? new int[] {302, 200, 200, 200, 200}
              : new int[] {302, 200, 404, 404, 200};
      for (String page : List.of("tools/index.xhtml", "experience/index.xhtml")) {
        var link =
            java.util.regex.Pattern.compile(java.util.regex.Pattern.quote(page) + "\\?group=(\\d+)")
                .matcher(body);
        assertTrue(link.find(), group.getKey() + " has no link to " + page + "?group=");
        expected.put(page + "?group=" + link.group(1), rights);
        expected.put(page + "?g=" + link.group(1), rights);
      }
    }
    expected.put("tools/index.xhtml?group=999999", new int[] {302, 404, 404, 404, 404});
    expected.put("experience/index.xhtml?g=abc", new int[] {302, 404, 404, 404, 404});
    StringBuilder failures = new StringBuilder();
    for (int c = 0; c < CALLERS.size(); c++) {
      WebClient client = signedIn(CALLERS.get(c));
      for (var entry : expected.entrySet()) {
        HttpResponse<String> response = client.get(entry.getKey());
        if (response.statusCode() != entry.getValue()[c]) {
          failures.append(
              String.format(
                  "%s as %s: expected %d, got %d%n",
                  entry.getKey(), CALLERS.get(c), entry.getValue()[c], response.statusCode()));
        }
        assertNoStackTrace(response.body(), entry.getKey());
      }
    }
    assertEquals("", failures.toString());
  }

  @Test
  void aMembersOnlyGroupAppearsNowhereForANonMember() throws Exception {
    String murielle = memberIdOf("manselme");
    WebClient outsider = signedIn("srosemond");
    for (String page : List.of("index.xhtml", "groups.xhtml", "member.xhtml?id=" + murielle)) {
      String body = outsider.get(page).body();
      assertFalse(body.contains(MEMBERS_ONLY_NAME), page + " shows a members-only group");
    }
    // Her own profile lists it: the check above would see it if it leaked.
    assertTrue(
        signedIn("manselme").get("member.xhtml?id=" + murielle).body().contains(MEMBERS_ONLY_NAME));
  }

  @Test
  void anAjaxClickAfterTheSessionEndedIsSentToTheSignInPage() throws Exception {
    var http = java.net.http.HttpClient.newHttpClient();
    var response =
        http.send(
            java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "group.xhtml"))
                .header("Faces-Request", "partial/ajax")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("x=1"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(200, response.statusCode());
    assertTrue(
        response.body().contains("<redirect url=\"") && response.body().contains("login.xhtml"));
  }

  @Test
  void responsesCarrySecurityHeaders() throws Exception {
    HttpResponse<String> response = client().get("login.xhtml");
    assertEquals(200, response.statusCode());
    assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElse(""));
    assertTrue(
        response
            .headers()
            .firstValue("Content-Security-Policy")
            .orElse("")
            .contains("frame-ancestors 'none'"));
  }

  @Test
  void signingInGivesANewSessionIdAndAWrongPasswordAClearMessage() throws Exception {
    WebClient client = client();
    HttpResponse<String> wrong = client.login("flarcher", "not the password");
    assertEquals(200, wrong.statusCode());
    assertTrue(wrong.body().contains("Identifiant ou mot de passe incorrect"), wrong.body());
    assertNull(client.sessionId(), "a failed sign-in opens no session");
    // A visitor's session (opened by choosing a language) is not the signed-in one: a session id
    // seen before sign-in is worthless after it.
    String login = client.get("login.xhtml").body();
    Map<String, String> english = new LinkedHashMap<>();
    english.put("header", "header");
    english.put("header:lang-en", "header:lang-en");
    assertEquals(302, client.postForm("login.xhtml", login, english).statusCode());
    String before = client.sessionId();
    assertNotNull(before, "choosing a language opens a session");
    HttpResponse<String> right = client.login("flarcher", Demo.PASSWORD);
    assertEquals(302, right.statusCode());
    String after = client.sessionId();
    assertFalse(before.equals(after), "the session id must change at sign-in");
    assertEquals(200, client.get("index.xhtml").statusCode());
  }

  private WebClient signedIn(String login) throws Exception {
    WebClient client = client();
    if (login != null) {
      HttpResponse<String> response = client.login(login, Demo.PASSWORD);
      assertEquals(302, response.statusCode(), "sign-in of " + login + " failed");
    }
    return client;
  }

  /** The member id of a login, read from the "my profile" link of the header. */
  private String memberIdOf(String login) throws Exception {
    String body = signedIn(login).get("index.xhtml").body();
    var m = java.util.regex.Pattern.compile("member\\.xhtml\\?id=(\\d+)").matcher(body);
    assertTrue(m.find(), "no profile link");
    return m.group(1);
  }

  private static void assertNoStackTrace(String body, String page) {
    // The marks of a Java stack trace: "at org.x.Y.z(", "Caused by:", "(Foo.java:42)".
    assertFalse(STACK_TRACE.matcher(body).find(), page + " shows a stack trace");
  }
}
