package org.cohesion.it.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.Map;
import org.cohesion.it.Demo;
import org.cohesion.it.WebClient;
import org.junit.jupiter.api.Test;

/**
 * A megabyte period on the map page, which once held a thread for hours in a backtracking regex, is
 * refused at once with a 4xx and a readable page, never a 500.
 */
class BoundedInputIT extends HttpTestBase {

  private static final String HUGE = "2008" + " ".repeat(1024 * 1024) + "x";

  @Test
  void aMegabytePeriodPostedToTheMapIsRefusedWithTheBadRequestPage() throws Exception {
    WebClient client = client();
    assertEquals(302, client.login("srosemond", Demo.PASSWORD).statusCode());
    long start = System.nanoTime();
    HttpResponse<String> response =
        client.postRaw("observation/map.xhtml", Map.of("indicator", "TCHOM", "period", HUGE));
    System.out.println(
        "Map page, 1 MB period posted: "
            + response.statusCode()
            + " in "
            + (System.nanoTime() - start) / 1_000_000
            + " ms");
    assertEquals(400, response.statusCode());
    assertTrue(response.body().contains("id=\"error-bad-request\""), response.body());
    assertTrue(response.body().contains("Demande illisible"), response.body());
  }

  @Test
  void anUnreadablePeriodIsA400OnThePagesAndTheApiAndAGoodOneStillWorks() throws Exception {
    WebClient client = client();
    assertEquals(302, client.login("srosemond", Demo.PASSWORD).statusCode());
    assertEquals(
        400, client.get("observation/map.xhtml?indicator=TCHOM&period=2008x").statusCode());
    assertEquals(
        400, client.get("observation/indicator.xhtml?code=TCHOM&period=20080").statusCode());
    assertEquals(
        400,
        client.get("api/observation/indicators/TCHOM/dashboard.csv?period=2008-T9").statusCode());
    assertEquals(
        400,
        client
            .get("api/observation/indicators/TCHOM/dashboard.csv?t=" + "9".repeat(200))
            .statusCode());
    assertEquals(200, client.get("observation/map.xhtml?indicator=TCHOM&period=2008").statusCode());
    assertEquals(
        200, client.get("observation/indicator.xhtml?code=TCHOM&period=2008").statusCode());
  }
}
