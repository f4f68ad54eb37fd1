package org.cohesion.it.web;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A plain HTTP client with its own cookies, signing in through the real login form. */
final class WebClient {
  private static final Pattern VIEW_STATE =
      Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
  // The page's CSP nonce, which PrimeFaces' script adds to every form as primefaces.nonce: a
  // browser sends it back with each post, and PrimeFaces refuses an Ajax post without it.
  private static final Pattern NONCE = Pattern.compile("<script[^>]* nonce=\"([^\"]+)\"");

  private final URI base;
  private final CookieManager cookies = new CookieManager();
  private final HttpClient http;

  WebClient(URL base) {
    this(base, HttpClient.Version.HTTP_2);
  }

  /** HTTP/1.1 opens a connection per request in flight, as many browser tabs do. */
  WebClient(URL base, HttpClient.Version version) {
    this.base = URI.create(base.toString().endsWith("/") ? base.toString() : base + "/");
    this.http =
        HttpClient.newBuilder()
            .version(version)
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(base.resolve(path)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** A POST without a body (REST endpoints). */
  HttpResponse<String> post(String path) throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(base.resolve(path))
            .POST(HttpRequest.BodyPublishers.noBody())
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** Posts a Faces form of the page just read, with its view state and these fields. */
  HttpResponse<String> postForm(String path, String page, Map<String, String> fields)
      throws IOException, InterruptedException {
    Matcher m = VIEW_STATE.matcher(page);
    if (!m.find()) {
      throw new IllegalStateException("No view state on the page");
    }
    Map<String, String> form = new LinkedHashMap<>(fields);
    form.put("jakarta.faces.ViewState", m.group(1));
    Matcher nonce = NONCE.matcher(page);
    if (nonce.find()) {
      form.putIfAbsent("primefaces.nonce", nonce.group(1));
    }
    String body =
        form.entrySet().stream()
            .map(
                e ->
                    URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                        + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    return http.send(
        HttpRequest.newBuilder(base.resolve(path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** Posts these fields as they are (no view state added), with extra headers in pairs. */
  HttpResponse<String> postRaw(String path, Map<String, String> fields, String... headers)
      throws IOException, InterruptedException {
    String body =
        fields.entrySet().stream()
            .map(
                e ->
                    URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                        + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    HttpRequest.Builder request =
        HttpRequest.newBuilder(base.resolve(path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    for (int i = 0; i + 1 < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** Posts the login form; answers the response to the POST. */
  HttpResponse<String> login(String user, String password) throws Exception {
    String page = get("login.xhtml").body();
    Matcher m = VIEW_STATE.matcher(page);
    if (!m.find()) {
      throw new IllegalStateException("No view state on the login page");
    }
    Map<String, String> form = new LinkedHashMap<>();
    form.put("login", "login");
    form.put("login:username", user);
    form.put("login:password", password);
    form.put("login:submit", "");
    form.put("jakarta.faces.ViewState", m.group(1));
    String body =
        form.entrySet().stream()
            .map(
                e ->
                    URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                        + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    return http.send(
        HttpRequest.newBuilder(base.resolve("login.xhtml"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /**
   * After a sign-in with a one-time password, chooses one's own on the account page (the only page
   * open until then); answers the response to the form's POST.
   */
  HttpResponse<String> chooseOwnPassword(String oneTime, String chosen)
      throws IOException, InterruptedException {
    String page = get("account.xhtml").body();
    return postForm(
        "account.xhtml",
        page,
        Map.of(
            "password", "password",
            "password:current", oneTime,
            "password:next", chosen,
            "password:confirm", chosen,
            "password:change-password", ""));
  }

  String sessionId() {
    return cookies.getCookieStore().getCookies().stream()
        .filter(c -> c.getName().equals("JSESSIONID"))
        .map(c -> c.getValue())
        .findFirst()
        .orElse(null);
  }
}
