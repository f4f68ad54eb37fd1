package org.cohesion.it.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Many pages opened at once on one session (tabs, a burst of links) overflow Faces' per-session
 * view maps; every page must still render, never the error page.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SessionConcurrencyIT {

  @ArquillianResource URL base;

  @Test
  void manyPagesAtOnceOnOneSessionAllRender() throws Exception {
    WebClient client = new WebClient(base);
    assertEquals(302, client.login("manselme", "cohesion-demo-2008").statusCode());
    List<String> pages =
        List.of(
            "group.xhtml?g=evaluation-des-cucs",
            "group.xhtml?g=observation-des-territoires",
            "group.xhtml?g=preparation-de-la-programmation-2009",
            "groups.xhtml",
            "index.xhtml");
    ExecutorService pool = Executors.newFixedThreadPool(40);
    try {
      List<Future<HttpResponse<String>>> responses = new ArrayList<>();
      for (int i = 0; i < 160; i++) {
        String page = pages.get(i % pages.size());
        responses.add(pool.submit(() -> client.get(page)));
      }
      StringBuilder failures = new StringBuilder();
      for (int i = 0; i < responses.size(); i++) {
        HttpResponse<String> response = responses.get(i).get();
        if (response.statusCode() != 200) {
          failures
              .append(pages.get(i % pages.size()))
              .append(": ")
              .append(response.statusCode())
              .append('\n');
        }
      }
      assertEquals("", failures.toString());
    } finally {
      pool.shutdownNow();
    }
  }
}
