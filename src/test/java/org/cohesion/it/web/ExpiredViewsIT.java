package org.cohesion.it.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cohesion.it.Demo;
import org.cohesion.it.WebClient;
import org.junit.jupiter.api.Test;

/**
 * A form posted after its view is gone (session timed out, server restarted, a scanner's random
 * view state) answers the view-expired page with 410 in the member's language, never the 500 page;
 * the sign-in page is stateless and keeps working. The log side is checked in-container by
 * QuietErrorsIT.
 */
class ExpiredViewsIT extends HttpTestBase {

  private static final String UNKNOWN_STATE = "-4711471147114711471:1234567890123456789";

  private static Map<String, String> headerForm(String viewState) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("header", "header");
    form.put("header:lang-fr", "header:lang-fr");
    form.put("jakarta.faces.ViewState", viewState);
    return form;
  }

  @Test
  void anUnknownViewStateSignedInAnswersTheExpiredPageIn410InTheMembersLanguage() throws Exception {
    WebClient client = client();
    assertEquals(302, client.login("srosemond", Demo.PASSWORD).statusCode());

    HttpResponse<String> french = client.postRaw("index.xhtml", headerForm(UNKNOWN_STATE));
    assertEquals(410, french.statusCode(), french.body());
    assertTrue(french.body().contains("id=\"error-view-expired\""), french.body());
    assertTrue(french.body().contains("Page expirée"), french.body());

    // The member switches to English (saved on their account): the same page, in English.
    String home = client.get("index.xhtml").body();
    Map<String, String> english = new LinkedHashMap<>();
    english.put("header", "header");
    english.put("header:lang-en", "header:lang-en");
    try {
      assertEquals(302, client.postForm("index.xhtml", home, english).statusCode());
      HttpResponse<String> expired = client.postRaw("index.xhtml", headerForm(UNKNOWN_STATE));
      assertEquals(410, expired.statusCode());
      assertTrue(expired.body().contains("Page expired"), expired.body());
      assertTrue(expired.body().contains("lang=\"en\""), expired.body());
    } finally {
      String page = client.get("index.xhtml").body();
      Map<String, String> back = new LinkedHashMap<>();
      back.put("header", "header");
      back.put("header:lang-fr", "header:lang-fr");
      client.postForm("index.xhtml", page, back);
    }
  }

  @Test
  void anAjaxRequestWithAnUnknownViewStateGetsTheExpiredPageAsItsPartialResponse()
      throws Exception {
    WebClient client = client();
    assertEquals(302, client.login("srosemond", Demo.PASSWORD).statusCode());
    Map<String, String> ajax = new LinkedHashMap<>();
    ajax.put("jakarta.faces.partial.ajax", "true");
    ajax.put("jakarta.faces.source", "header:lang-fr");
    ajax.put("jakarta.faces.partial.execute", "@all");
    ajax.put("jakarta.faces.partial.render", "@all");
    ajax.put("header", "header");
    ajax.put("jakarta.faces.ViewState", UNKNOWN_STATE);
    HttpResponse<String> response =
        client.postRaw("index.xhtml", ajax, "Faces-Request", "partial/ajax");
    // Faces' Ajax script only reads a 200: the error page comes as the partial response.
    assertEquals(200, response.statusCode(), response.body());
    assertTrue(response.body().contains("<partial-response"), response.body());
    assertTrue(response.body().contains("error-view-expired"), response.body());
  }

  @Test
  void theSignInPageIsStatelessAndNeverAnswers500ToAnonymousGarbage() throws Exception {
    WebClient client = client();
    String page = client.get("login.xhtml").body();
    assertTrue(page.contains("value=\"stateless\""), "the sign-in view keeps no state");

    // A form left open for hours posts "stateless" and still signs in.
    Map<String, String> login = WebClient.loginFields("srosemond", Demo.PASSWORD);
    login.put("jakarta.faces.ViewState", "stateless");
    assertEquals(302, client().postRaw("login.xhtml", login).statusCode());

    // A random view state is an expired view, answered as such.
    Map<String, String> random = new LinkedHashMap<>(login);
    random.put("jakarta.faces.ViewState", UNKNOWN_STATE);
    HttpResponse<String> expired = client().postRaw("login.xhtml", random);
    assertEquals(410, expired.statusCode(), expired.body());
    assertTrue(expired.body().contains("error-view-expired"));

    // Garbage of every kind: never a 500, never a trace in the page.
    Map<String, String> junk = new LinkedHashMap<>();
    junk.put("jakarta.faces.ViewState", "%%%<script>");
    junk.put("jakarta.faces.partial.ajax", "true");
    junk.put("jakarta.faces.source", "no:such:component");
    junk.put("jakarta.faces.partial.execute", "@nothing");
    List<HttpResponse<String>> answers =
        List.of(
            client().postRaw("login.xhtml", junk),
            client().postRaw("login.xhtml", junk, "Faces-Request", "partial/ajax"),
            client().postRaw("login.xhtml", Map.of("jakarta.faces.ViewState", "")),
            client()
                .postRaw("login.xhtml", Map.of("login", "login"), "Faces-Request", "partial/ajax"));
    for (HttpResponse<String> r : answers) {
      assertNotEquals(500, r.statusCode(), r.body());
      // No stack trace in the page (PrimeFaces' own scripts name exception handlers, so look for
      // the frames of a trace rather than the word).
      assertFalse(r.body().contains("java.lang."), r.body());
      assertFalse(r.body().contains("at com.sun.faces"), r.body());
      assertFalse(r.body().contains("Une erreur est survenue"), r.body());
    }
  }

  @Test
  void aSignInPostedFromAnotherSiteIsRefused() throws Exception {
    Map<String, String> login = WebClient.loginFields("srosemond", Demo.PASSWORD);
    login.put("jakarta.faces.ViewState", "stateless");
    HttpResponse<String> forged =
        client().postRaw("login.xhtml", login, "Origin", "https://evil.example");
    assertEquals(200, forged.statusCode());
    assertTrue(forged.body().contains("id=\"login\""), "back on the form");
    String host = base.getHost() + ":" + base.getPort();
    HttpResponse<String> ours = client().postRaw("login.xhtml", login, "Origin", "http://" + host);
    assertEquals(302, ours.statusCode());
  }
}
