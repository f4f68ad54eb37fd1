package org.cohesion.it.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cohesion.it.Demo;
import org.cohesion.it.WebClient;
import org.junit.jupiter.api.Test;

/**
 * The security headers on every kind of answer: Shiro's own redirect and 403 (the filter runs
 * before Shiro), a Faces page (PrimeFaces' policy with its nonce), a static resource, an export.
 */
class SecurityHeadersIT extends HttpTestBase {
  private static final Pattern NONCE = Pattern.compile("'nonce-([^']+)'");

  private WebClient signedIn(String login) throws Exception {
    WebClient client = client();
    client.login(login, Demo.PASSWORD);
    return client;
  }

  /** Exactly one policy, strict for scripts, with the directives that close the other doors. */
  private static String assertSecure(HttpResponse<String> response) {
    List<String> policies = response.headers().allValues("Content-Security-Policy");
    assertEquals(1, policies.size(), "one policy, not " + policies);
    String csp = policies.get(0);
    assertFalse(scriptSrc(csp).contains("unsafe-inline"), csp);
    assertFalse(csp.contains("unsafe-eval"), csp);
    for (String directive :
        List.of(
            "object-src 'none'",
            "base-uri 'none'",
            "frame-ancestors 'none'",
            "form-action 'self'",
            "script-src 'self'")) {
      assertTrue(csp.contains(directive), directive + " in " + csp);
    }
    assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElse(""));
    assertEquals("DENY", response.headers().firstValue("X-Frame-Options").orElse(""));
    assertEquals("same-origin", response.headers().firstValue("Referrer-Policy").orElse(""));
    // Plain HTTP and cohesion.hsts unset in the suite: no HSTS (it would pin a host to HTTPS).
    assertTrue(response.headers().firstValue("Strict-Transport-Security").isEmpty());
    return csp;
  }

  private static String scriptSrc(String csp) {
    for (String directive : csp.split(";")) {
      if (directive.trim().startsWith("script-src")) {
        return directive.trim();
      }
    }
    return "";
  }

  private static void assertNoStore(HttpResponse<String> response) {
    assertEquals(
        List.of("no-store"),
        response.headers().allValues("Cache-Control"),
        response.uri().toString());
  }

  @Test
  void shirosRedirectToTheSignInPageCarriesTheHeaders() throws Exception {
    HttpResponse<String> response = client().get("index.xhtml");
    assertEquals(302, response.statusCode());
    assertTrue(response.headers().firstValue("Location").orElse("").contains("login.xhtml"));
    String csp = assertSecure(response);
    assertFalse(csp.contains("'nonce-"), "no page, no nonce: " + csp);
    assertNoStore(response);
  }

  @Test
  void shirosForbiddenCarriesTheHeaders() throws Exception {
    HttpResponse<String> response = signedIn("manselme").get("admin/members.xhtml");
    assertEquals(403, response.statusCode());
    assertSecure(response);
    assertNoStore(response);
  }

  @Test
  void anAnonymousApiCallIsRefusedWithTheHeaders() throws Exception {
    HttpResponse<String> response = client().get("api/register/verification");
    assertEquals(401, response.statusCode());
    assertSecure(response);
    assertNoStore(response);
  }

  @Test
  void aPageHasOnePolicyWhoseNonceIsOnItsScriptsAndChangesEveryTime() throws Exception {
    WebClient client = signedIn("manselme");
    HttpResponse<String> first = client.get("index.xhtml");
    assertEquals(200, first.statusCode());
    String csp = assertSecure(first);
    Matcher nonce = NONCE.matcher(scriptSrc(csp));
    assertTrue(nonce.find(), "PrimeFaces' nonce in script-src: " + csp);
    assertTrue(
        first.body().contains("nonce=\"" + nonce.group(1) + "\""),
        "the page's inline scripts carry the nonce");
    assertNoStore(first);

    HttpResponse<String> second = client.get("index.xhtml");
    Matcher again = NONCE.matcher(assertSecure(second));
    assertTrue(again.find());
    assertNotEquals(nonce.group(1), again.group(1), "a nonce is never reused");
  }

  @Test
  void theSignInPageHasTheStrictPolicyToo() throws Exception {
    HttpResponse<String> response = client().get("login.xhtml");
    assertEquals(200, response.statusCode());
    assertTrue(NONCE.matcher(assertSecure(response)).find());
    assertNoStore(response);
    assertFalse(
        response.body().contains("Exception"), "no exception class names on the sign-in page");
  }

  @Test
  void exportsAreNeverStored() throws Exception {
    WebClient client = signedIn("manselme");
    HttpResponse<String> csv =
        client.get("api/observation/indicators/TCHOM/dashboard.csv?period=2008&t=97209");
    assertEquals(200, csv.statusCode());
    assertSecure(csv);
    assertNoStore(csv);
  }

  @Test
  void staticResourcesStayCacheable() throws Exception {
    WebClient client = client();
    HttpResponse<String> login = client.get("login.xhtml");
    Matcher script =
        Pattern.compile("src=\"[^\"]*/(jakarta\\.faces\\.resource/[^\"]+)\"").matcher(login.body());
    assertTrue(script.find(), "a script resource on the sign-in page");
    String path = script.group(1).replace("&amp;", "&");
    HttpResponse<String> resource = client.get(path);
    assertEquals(200, resource.statusCode(), path);
    assertFalse(
        resource.headers().allValues("Cache-Control").contains("no-store"),
        "static resources may be cached: " + resource.headers().map());
    assertEquals("nosniff", resource.headers().firstValue("X-Content-Type-Options").orElse(""));
  }

  /**
   * A post whose PrimeFaces nonce is not its page's (a stale or forged form): the view-expired page
   * (410) in full and for Ajax, never PrimeFaces' "CSP nonce mismatch" as a 500.
   */
  @Test
  void aPostCarryingAnotherNonceIsAnExpiredFormNotAServerError() throws Exception {
    WebClient client = signedIn("manselme");
    String page = client.get("account.xhtml").body();
    String otherNonce =
        Base64.getEncoder()
            .encodeToString(UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8));
    // Empty fields: the form comes back with its messages, so the page is rendered again, which
    // is when PrimeFaces compares the posted nonce with the view's (a redirect never checks it).
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("password", "password");
    fields.put("primefaces.nonce", otherNonce);
    fields.put("password:current", "");
    fields.put("password:next", "");
    fields.put("password:confirm", "");
    fields.put("password:change-password", "");

    HttpResponse<String> full = client.postForm("account.xhtml", page, fields);
    assertEquals(410, full.statusCode(), full.body());
    assertTrue(full.body().contains("id=\"error-view-expired\""), full.body());
    assertFalse(full.body().contains("CspException"), full.body());

    fields.clear();
    fields.put("language", "language");
    fields.put("primefaces.nonce", otherNonce);
    fields.put("jakarta.faces.partial.ajax", "true");
    // Nothing executed, the form rendered again: a partial response, whose scripts need the nonce.
    fields.put("jakarta.faces.source", "language");
    fields.put("jakarta.faces.partial.execute", "@none");
    fields.put("jakarta.faces.partial.render", "language");
    HttpResponse<String> ajax =
        client.postForm(
            "account.xhtml",
            client.get("account.xhtml").body(),
            fields,
            "Faces-Request",
            "partial/ajax");
    assertEquals(200, ajax.statusCode(), ajax.body());
    assertTrue(ajax.body().contains("<partial-response"), ajax.body());
    assertTrue(ajax.body().contains("error-view-expired"), ajax.body());
    assertFalse(ajax.body().contains("CspException"), ajax.body());
    assertFalse(ajax.body().contains("nonce mismatch"), ajax.body());
  }
}
