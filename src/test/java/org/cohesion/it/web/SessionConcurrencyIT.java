package org.cohesion.it.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.cohesion.it.Demo;
import org.cohesion.it.WebClient;
import org.junit.jupiter.api.Test;

/**
 * Many pages opened at once on one session (tabs, a burst of links) overflow Faces' per-session
 * view maps, which can hand a page still being built a fresh bean (see ViewParameters); every page
 * must still render, with its own content, for the signed-in member: a members-only group of hers
 * included. Before that was handled, the group pages here answered 404 a few times a round.
 */
class SessionConcurrencyIT extends HttpTestBase {

  // Enough requests in flight at once that views created meanwhile push out the beans of a page
  // still being built (Faces keeps those of 4 views a session, web.xml).
  private static final int THREADS = 64;
  private static final int ROUNDS = 4;
  private static final int REQUESTS_PER_ROUND = 250;

  @Test
  void manyPagesAtOnceOnOneSessionAllRender() throws Exception {
    WebClient client = new WebClient(base, HttpClient.Version.HTTP_1_1);
    assertEquals(302, client.login("manselme", Demo.PASSWORD).statusCode());
    // Each page and a text only that page shows: a page that renders someone else's view, or
    // renders for a caller who is not her, fails as surely as an error status.
    Map<String, String> pages = new LinkedHashMap<>();
    pages.put("group.xhtml?g=evaluation-des-cucs", "Évaluation des CUCS");
    pages.put("group.xhtml?g=observation-des-territoires", "Observation des territoires");
    pages.put(
        "group.xhtml?g=preparation-de-la-programmation-2009",
        "Préparation de la programmation 2009");
    pages.put("groups.xhtml", "Groupes de travail");
    pages.put("index.xhtml", "Préparation de la programmation 2009");
    List<String> paths = List.copyOf(pages.keySet());
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    StringBuilder failures = new StringBuilder();
    try {
      for (int round = 0; round < ROUNDS; round++) {
        List<Future<HttpResponse<String>>> responses = new ArrayList<>();
        for (int i = 0; i < REQUESTS_PER_ROUND; i++) {
          String page = paths.get(i % paths.size());
          responses.add(pool.submit(() -> client.get(page)));
        }
        for (int i = 0; i < responses.size(); i++) {
          String page = paths.get(i % paths.size());
          HttpResponse<String> response = responses.get(i).get();
          if (response.statusCode() != 200) {
            failures.append(page).append(": ").append(response.statusCode()).append('\n');
          } else if (!response.body().contains(pages.get(page))) {
            failures.append(page).append(": 200 without ").append(pages.get(page)).append('\n');
          }
        }
      }
    } finally {
      pool.shutdownNow();
    }
    assertEquals("", failures.toString());
  }
}
