package org.cohesion.it.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.cohesion.platform.demo.DemoSeed;
import org.junit.jupiter.api.Test;

/**
 * Expired views and garbage posted to the sign-in page write one line each to the server's log,
 * never a stack trace. Runs inside Payara: a handler on the root logger sees what the request
 * threads log while this test sends requests to its own server.
 */
class QuietErrorsIT extends ServerTestBase {

  @Inject HttpServletRequest runner;

  private HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

  private URI base() {
    return URI.create(
        runner.getScheme()
            + "://"
            + runner.getLocalAddr()
            + ":"
            + runner.getLocalPort()
            + runner.getContextPath()
            + "/");
  }

  private int post(String path, Map<String, String> fields, String... headers) throws Exception {
    String body =
        fields.entrySet().stream()
            .map(
                e ->
                    URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                        + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    HttpRequest.Builder request =
        HttpRequest.newBuilder(base().resolve(path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    for (int i = 0; i + 1 < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
  }

  @Test
  void expiredViewsAndGarbageLeaveOneLineAndNoStackTrace() throws Exception {
    List<LogRecord> records = Collections.synchronizedList(new ArrayList<>());
    Handler capture =
        new Handler() {
          @Override
          public void publish(LogRecord record) {
            records.add(record);
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        };
    capture.setLevel(Level.ALL);
    Logger root = Logger.getLogger("");
    root.addHandler(capture);
    List<Integer> statuses = new ArrayList<>();
    try {
      Map<String, String> login = new LinkedHashMap<>();
      login.put("login", "login");
      login.put("login:username", "srosemond");
      login.put("login:password", DemoSeed.PASSWORD);
      login.put("login:submit", "");
      login.put("jakarta.faces.ViewState", "-1:-2");
      statuses.add(post("login.xhtml", login));
      login.put("jakarta.faces.ViewState", "garbage");
      statuses.add(post("login.xhtml", login, "Faces-Request", "partial/ajax"));
      Map<String, String> ajax = new LinkedHashMap<>();
      ajax.put("jakarta.faces.partial.ajax", "true");
      ajax.put("jakarta.faces.source", "no:such");
      ajax.put("jakarta.faces.ViewState", "");
      statuses.add(post("login.xhtml", ajax, "Faces-Request", "partial/ajax"));
      // Signed in ("stateless" is the sign-in page's own view state), then an unknown view.
      login.put("jakarta.faces.ViewState", "stateless");
      statuses.add(post("login.xhtml", login));
      Map<String, String> header = new LinkedHashMap<>();
      header.put("header", "header");
      header.put("header:lang-fr", "header:lang-fr");
      header.put("jakarta.faces.ViewState", "42:42");
      statuses.add(post("index.xhtml", header));
    } finally {
      root.removeHandler(capture);
    }
    assertEquals(List.of(410, 200, 200, 302, 410), statuses);
    List<LogRecord> traces;
    long lines;
    synchronized (records) {
      traces =
          records.stream()
              .filter(
                  r -> r.getThrown() != null || r.getLevel().intValue() >= Level.SEVERE.intValue())
              .toList();
      lines =
          records.stream()
              .filter(r -> String.valueOf(r.getMessage()).startsWith("View expired: "))
              .count();
    }
    assertEquals(
        List.of(),
        traces.stream()
            .map(r -> r.getLevel() + " " + r.getMessage() + " " + r.getThrown())
            .toList());
    // The handler did see the request threads: one line per expired view.
    assertEquals(4, lines);
  }
}
