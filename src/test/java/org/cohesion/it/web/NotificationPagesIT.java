package org.cohesion.it.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.cohesion.it.Demo;
import org.cohesion.it.WebClient;
import org.junit.jupiter.api.Test;

/** The notifications page and the bell, over HTTP: signed out → sign in first; signed in → 200. */
class NotificationPagesIT extends HttpTestBase {

  // null = not signed in; flarcher = member of the network; plordinot = staff; jvalcin = admin.
  private static final List<String> CALLERS =
      Arrays.asList(null, "flarcher", "plordinot", "jvalcin");

  @Test
  void theNotificationsPageAnswersEachCallerAsDesigned() throws Exception {
    int[] expected = {302, 200, 200, 200};
    StringBuilder failures = new StringBuilder();
    for (int c = 0; c < CALLERS.size(); c++) {
      WebClient client = signedIn(CALLERS.get(c));
      HttpResponse<String> response = client.get("notifications.xhtml");
      if (response.statusCode() != expected[c]) {
        failures.append(
            String.format(
                "notifications.xhtml as %s: expected %d, got %d%n",
                CALLERS.get(c), expected[c], response.statusCode()));
      }
      if (CALLERS.get(c) == null) {
        assertTrue(
            response.headers().firstValue("Location").orElse("").contains("login.xhtml"),
            "signed out: sent to sign in");
      }
      assertFalse(response.body().contains("Caused by:") || response.body().contains(".java:"));
    }
    assertEquals("", failures.toString());
  }

  @Test
  void theBellIsInTheHeaderOfSignedInPagesOnly() throws Exception {
    String home = signedIn("flarcher").get("index.xhtml").body();
    assertTrue(home.contains("id=\"bell\""), "the bell is in the header");
    assertTrue(home.contains("notifications.xhtml"), "it links to the notifications");
    String login = client().get("login.xhtml").body();
    assertFalse(login.contains("id=\"bell\""), "no bell before signing in");
    String page = signedIn("flarcher").get("notifications.xhtml").body();
    assertTrue(page.contains("id=\"notifications:list\""), page);
  }

  @Test
  void aNotificationIsCountedListedAndOpenedOnce() throws Exception {
    WebClient admin = signedIn("jvalcin");
    HttpResponse<String> sent = admin.post("api/it/notices");
    assertEquals(200, sent.statusCode(), sent.body());
    String[] lines = sent.body().split("\n");
    String token = lines[0];
    WebClient reader = client();
    assertEquals(302, reader.login(lines[3], lines[4]).statusCode(), "sign-in of the new member");
    // A one-time password: the account page comes first.
    assertEquals(
        302, reader.chooseOwnPassword(lines[4], "une phrase choisie par moi").statusCode());

    String home = reader.get("index.xhtml").body();
    assertTrue(home.matches("(?s).*class=\"bell-count\"[^>]*>1<.*"), "the bell counts one unread");

    String page = reader.get("notifications.xhtml").body();
    assertTrue(page.contains("Notification d’essai : " + token), "in the reader's language");
    assertTrue(page.contains("notification-unread"), "highlighted while unread");
    HttpResponse<String> opened =
        reader.postForm(
            "notifications.xhtml",
            page,
            Map.of(
                "notifications",
                "notifications",
                "notifications:list:0:open",
                "notifications:list:0:open"));
    assertEquals(302, opened.statusCode(), opened.body());
    assertTrue(
        opened
            .headers()
            .firstValue("Location")
            .orElse("")
            .endsWith("/notifications.xhtml?from=" + token),
        "follows the notice's link");

    assertFalse(reader.get("index.xhtml").body().contains("bell-count"), "nothing unread");
    assertFalse(reader.get("notifications.xhtml").body().contains("notification-unread"));
  }

  @Test
  void markAllAsReadEmptiesTheBell() throws Exception {
    HttpResponse<String> sent = signedIn("jvalcin").post("api/it/notices");
    assertEquals(200, sent.statusCode(), sent.body());
    String[] lines = sent.body().split("\n");
    WebClient reader = client();
    assertEquals(302, reader.login(lines[3], lines[4]).statusCode());
    assertEquals(
        302, reader.chooseOwnPassword(lines[4], "une phrase choisie par moi").statusCode());
    String page = reader.get("notifications.xhtml").body();
    assertTrue(page.contains("notifications:mark-all"), "offered while something is unread");

    HttpResponse<String> marked =
        reader.postForm(
            "notifications.xhtml",
            page,
            Map.of(
                "jakarta.faces.partial.ajax", "true",
                "jakarta.faces.source", "notifications:mark-all",
                "jakarta.faces.partial.execute", "notifications:mark-all",
                "jakarta.faces.partial.render", "notifications header",
                "notifications:mark-all", "notifications:mark-all",
                "notifications", "notifications"));
    assertEquals(200, marked.statusCode());
    assertTrue(marked.body().contains("<partial-response"), marked.body());
    assertFalse(marked.body().contains("<error>"), marked.body());
    assertFalse(reader.get("index.xhtml").body().contains("bell-count"), "nothing unread");
  }

  private WebClient signedIn(String login) throws Exception {
    WebClient client = client();
    if (login != null) {
      assertEquals(302, client.login(login, Demo.PASSWORD).statusCode(), "sign-in of " + login);
    }
    return client;
  }
}
