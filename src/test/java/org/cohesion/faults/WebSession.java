package org.cohesion.faults;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One browser's cookies and the form posts a browser would send (Faces view state, PrimeFaces' CSP
 * nonce, Ajax headers), over plain HTTP against one bundle.
 */
final class WebSession {
  private static final Pattern VIEW_STATE =
      Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
  private static final Pattern PARTIAL_VIEW_STATE =
      Pattern.compile("jakarta.faces.ViewState:\\d+\"><!\\[CDATA\\[([^\\]]+)\\]\\]>");
  private static final Pattern NONCE = Pattern.compile("nonce=\"([^\"]+)\"");
  private static final Pattern COOKIE = Pattern.compile("^([^=;]+)=([^;]*)");
  private static final Pattern INPUT = Pattern.compile("<input\\b([^>]*)>", Pattern.DOTALL);
  private static final Pattern TEXTAREA =
      Pattern.compile("<textarea\\b([^>]*)>(.*?)</textarea>", Pattern.DOTALL);
  private static final Pattern ATTRIBUTE = Pattern.compile("([a-zA-Z_:-]+)=\"([^\"]*)\"");

  private final Bundle bundle;
  private final Duration timeout;
  private final Map<String, String> cookies = new ConcurrentHashMap<>();

  WebSession(Bundle bundle, Duration timeout) {
    this.bundle = bundle;
    this.timeout = timeout;
  }

  /** Signs in through the sign-in form; 302 when it worked. */
  int login(String login, String password) throws IOException, InterruptedException {
    HttpResponse<String> page = get("login.xhtml");
    Map<String, String> form = new LinkedHashMap<>();
    form.put("login", "login");
    form.put("login:username", login);
    form.put("login:password", password);
    form.put("login:submit", "");
    return post("login.xhtml", viewState(page.body()), form, false).statusCode();
  }

  HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return send(request(path).GET());
  }

  /** A PrimeFaces Ajax post of {@code fields}, with the page's view state and nonce. */
  HttpResponse<String> ajax(String path, String page, Map<String, String> fields)
      throws IOException, InterruptedException {
    Map<String, String> form = new LinkedHashMap<>(fields);
    form.put("jakarta.faces.partial.ajax", "true");
    form.put("primefaces.nonce", nonce(page));
    return post(path, viewState(page), form, true);
  }

  private HttpResponse<String> post(
      String path, String viewState, Map<String, String> fields, boolean ajax)
      throws IOException, InterruptedException {
    Map<String, String> form = new LinkedHashMap<>(fields);
    form.put("jakarta.faces.ViewState", viewState);
    String body =
        form.entrySet().stream()
            .map(
                e ->
                    URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                        + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    HttpRequest.Builder request =
        request(path)
            .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (ajax) {
      request.header("Faces-Request", "partial/ajax");
    }
    return send(request);
  }

  /** A PrimeFaces Ajax file upload: the fields and one file part, as multipart/form-data. */
  HttpResponse<String> upload(
      String path,
      String page,
      Map<String, String> fields,
      String filePart,
      String fileName,
      byte[] content)
      throws IOException, InterruptedException {
    Map<String, String> form = new LinkedHashMap<>(fields);
    form.put("jakarta.faces.partial.ajax", "true");
    form.put("primefaces.nonce", nonce(page));
    form.put("jakarta.faces.ViewState", viewState(page));
    String boundary = "----cohesion" + UUID.randomUUID().toString().replace("-", "");
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    for (Map.Entry<String, String> e : form.entrySet()) {
      body.writeBytes(
          ("--"
                  + boundary
                  + "\r\nContent-Disposition: form-data; name=\""
                  + e.getKey()
                  + "\"\r\n\r\n"
                  + e.getValue()
                  + "\r\n")
              .getBytes(StandardCharsets.UTF_8));
    }
    body.writeBytes(
        ("--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\""
                + filePart
                + "\"; filename=\""
                + fileName
                + "\"\r\nContent-Type: text/csv\r\n\r\n")
            .getBytes(StandardCharsets.UTF_8));
    body.writeBytes(content);
    body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    HttpRequest.Builder request =
        request(path)
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .header("Faces-Request", "partial/ajax")
            .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
    return send(request);
  }

  private HttpRequest.Builder request(String path) {
    HttpRequest.Builder request = HttpRequest.newBuilder(bundle.uri(path)).timeout(timeout);
    if (!cookies.isEmpty()) {
      request.header(
          "Cookie",
          cookies.entrySet().stream()
              .map(c -> c.getKey() + "=" + c.getValue())
              .collect(Collectors.joining("; ")));
    }
    return request;
  }

  private HttpResponse<String> send(HttpRequest.Builder request)
      throws IOException, InterruptedException {
    HttpResponse<String> response =
        Bundle.HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    for (String cookie : response.headers().allValues("Set-Cookie")) {
      Matcher m = COOKIE.matcher(cookie);
      if (m.find()) {
        cookies.put(m.group(1).trim(), m.group(2));
      }
    }
    return response;
  }

  static String viewState(String page) {
    Matcher m = VIEW_STATE.matcher(page);
    if (!m.find()) {
      throw new IllegalStateException("No view state on the page");
    }
    return m.group(1);
  }

  /**
   * The page as a browser holds it after a partial response: the view state the response carries,
   * if any, replacing the page's.
   */
  static String afterPartial(String page, String partial) {
    Matcher m = PARTIAL_VIEW_STATE.matcher(partial);
    if (!m.find()) {
      return page;
    }
    return VIEW_STATE
        .matcher(page)
        .replaceFirst(
            Matcher.quoteReplacement(
                "name=\"jakarta.faces.ViewState\" value=\"" + m.group(1) + "\""));
  }

  static String nonce(String page) {
    Matcher m = NONCE.matcher(page);
    if (!m.find()) {
      throw new IllegalStateException("No CSP nonce on the page");
    }
    return m.group(1);
  }

  /** The fields of the form {@code formId} as a browser would post them (text, hidden, checked). */
  static Map<String, String> formFields(String page, String formId) {
    int start = page.indexOf("<form id=\"" + formId + "\"");
    if (start < 0) {
      throw new IllegalStateException("No form " + formId + " on the page");
    }
    int end = page.indexOf("</form>", start);
    String form = page.substring(start, end < 0 ? page.length() : end);
    Map<String, String> fields = new LinkedHashMap<>();
    Matcher input = INPUT.matcher(form);
    while (input.find()) {
      Map<String, String> attributes = attributes(input.group(1));
      String name = attributes.get("name");
      String type = attributes.getOrDefault("type", "text");
      if (name == null
          || name.equals("jakarta.faces.ViewState")
          || type.equals("submit")
          || type.equals("button")
          || type.equals("file")
          || ((type.equals("checkbox") || type.equals("radio"))
              && !input.group(1).contains("checked"))) {
        continue;
      }
      fields.put(name, attributes.getOrDefault("value", ""));
    }
    Matcher textarea = TEXTAREA.matcher(form);
    while (textarea.find()) {
      String name = attributes(textarea.group(1)).get("name");
      if (name != null) {
        fields.put(name, unescape(textarea.group(2)));
      }
    }
    return fields;
  }

  private static Map<String, String> attributes(String tag) {
    Map<String, String> attributes = new LinkedHashMap<>();
    Matcher m = ATTRIBUTE.matcher(tag);
    while (m.find()) {
      attributes.put(m.group(1), unescape(m.group(2)));
    }
    return attributes;
  }

  static String unescape(String html) {
    StringBuilder out = new StringBuilder(html.length());
    Matcher m = Pattern.compile("&(#x[0-9a-fA-F]+|#\\d+|amp|lt|gt|quot|apos);").matcher(html);
    while (m.find()) {
      String entity = m.group(1);
      String replacement =
          switch (entity) {
            case "amp" -> "&";
            case "lt" -> "<";
            case "gt" -> ">";
            case "quot" -> "\"";
            case "apos" -> "'";
            default ->
                new String(
                    Character.toChars(
                        entity.startsWith("#x")
                            ? Integer.parseInt(entity.substring(2), 16)
                            : Integer.parseInt(entity.substring(1))));
          };
      m.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    m.appendTail(out);
    return out.toString();
  }
}
