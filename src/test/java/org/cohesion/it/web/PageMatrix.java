package org.cohesion.it.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.cohesion.it.Demo;
import org.cohesion.it.WebClient;

/**
 * The shared loop of the page access matrices: every page requested as every caller, over HTTP,
 * each answer's status compared with the table, and no stack trace in any body.
 */
final class PageMatrix {

  private PageMatrix() {}

  /** A client signed in as {@code login}, or a signed-out one for {@code null}. */
  static WebClient signedIn(URL base, String login) throws Exception {
    WebClient client = new WebClient(base);
    if (login != null) {
      assertEquals(302, client.login(login, Demo.PASSWORD).statusCode(), "sign-in of " + login);
    }
    return client;
  }

  /**
   * Requests each page of {@code expected} as each caller (in the column order of its arrays) and
   * answers the mismatches, one a line: empty when every page answered as the table says.
   */
  static String mismatches(URL base, List<String> callers, Map<String, int[]> expected)
      throws Exception {
    StringBuilder failures = new StringBuilder();
    for (int c = 0; c < callers.size(); c++) {
      WebClient client = signedIn(base, callers.get(c));
      for (var entry : expected.entrySet()) {
        HttpResponse<String> response = client.get(entry.getKey());
        int want = entry.getValue()[c];
        if (response.statusCode() != want) {
          failures.append(
              String.format(
                  "%s as %s: expected %d, got %d%n",
                  entry.getKey(), callers.get(c), want, response.statusCode()));
        }
        assertFalse(
            response.body().contains("Caused by:") || response.body().contains(".java:"),
            entry.getKey() + " shows a stack trace");
      }
    }
    return failures.toString();
  }
}
