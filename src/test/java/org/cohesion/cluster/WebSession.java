package org.cohesion.cluster;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.w3c.dom.NodeList;

/**
 * One browser: its cookies, sent to whichever node it talks to, as behind a load balancer; Faces
 * forms read from the page and posted back as a browser would (every field of the form, its view
 * state and PrimeFaces' CSP nonce), Ajax updates applied to the page it holds.
 */
final class WebSession {
  private static final Pattern COOKIE = Pattern.compile("^([^=;]+)=([^;]*)");
  private static final String VIEW_STATE = "jakarta.faces.ViewState";

  private final HttpClient http;
  private final Duration timeout;
  private final Map<String, String> cookies = new LinkedHashMap<>();

  WebSession(HttpClient http, Duration timeout) {
    this.http = http;
    this.timeout = timeout;
  }

  /** Signs in through the login form; answers the status of the form's POST (302 when right). */
  int login(ClusterNode node, String user, String password) throws Exception {
    Page login = open(node, "login.xhtml");
    Map<String, String> fields = login.fields("login");
    fields.put("login:username", user);
    fields.put("login:password", password);
    fields.put("login:submit", "");
    return post(node, "login.xhtml", fields, false).statusCode();
  }

  HttpResponse<String> get(ClusterNode node, String path) throws IOException, InterruptedException {
    return send(request(node, path).GET());
  }

  /** GETs a page that must answer 200. */
  Page open(ClusterNode node, String path) throws IOException, InterruptedException {
    HttpResponse<String> response = get(node, path);
    if (response.statusCode() != 200) {
      throw new IllegalStateException(
          "GET "
              + path
              + " on "
              + node.name
              + ": "
              + response.statusCode()
              + " "
              + response.headers().firstValue("Location").orElse(""));
    }
    return new Page(path, response.body());
  }

  HttpResponse<String> post(ClusterNode node, String path, Map<String, String> fields, boolean ajax)
      throws IOException, InterruptedException {
    String body =
        fields.entrySet().stream()
            .map(
                e ->
                    URLEncoder.encode(name(e.getKey()), StandardCharsets.UTF_8)
                        + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    HttpRequest.Builder request =
        request(node, path)
            .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (ajax) {
      request.header("Faces-Request", "partial/ajax");
    }
    return send(request);
  }

  /** A field's name: {@link Page#fields} suffixes the second and later values of one name. */
  private static String name(String key) {
    int cut = key.indexOf('\u0000');
    return cut < 0 ? key : key.substring(0, cut);
  }

  /**
   * A PrimeFaces Ajax request from a button of the page: the whole form, as PrimeFaces sends it,
   * and the page updated with the answer.
   */
  Partial ajax(
      ClusterNode node,
      Page page,
      String form,
      String source,
      String execute,
      String render,
      Map<String, String> values)
      throws IOException, InterruptedException {
    Map<String, String> fields = page.fields(form);
    fields.putAll(values);
    fields.put("jakarta.faces.partial.ajax", "true");
    fields.put("jakarta.faces.source", source);
    fields.put("jakarta.faces.partial.execute", execute);
    fields.put("jakarta.faces.partial.render", render);
    fields.put(source, source);
    HttpResponse<String> response = post(node, page.action(form), fields, true);
    Partial partial = Partial.of(response);
    page.apply(partial);
    return partial;
  }

  private HttpRequest.Builder request(ClusterNode node, String path) {
    HttpRequest.Builder request = HttpRequest.newBuilder(node.uri(path)).timeout(timeout);
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
        http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    for (String cookie : response.headers().allValues("Set-Cookie")) {
      Matcher m = COOKIE.matcher(cookie);
      if (m.find()) {
        cookies.put(m.group(1).trim(), m.group(2));
      }
    }
    return response;
  }

  /** A page as the browser holds it: its HTML, Ajax updates applied, its view state. */
  static final class Page {
    final String path;
    private final Document document;
    private final String nonce;
    private String viewState;

    Page(String path, String html) {
      this.path = path;
      this.document = Jsoup.parse(html);
      Element state = document.selectFirst("input[name=\"" + VIEW_STATE + "\"]");
      this.viewState = state == null ? null : state.val();
      // PrimeFaces' CSP mode: its script sends the page's nonce with every Ajax request, checked
      // against the one kept in the view (so it also proves the view reached the other node).
      Element script = document.selectFirst("script[nonce]");
      this.nonce = script == null ? null : script.attr("nonce");
    }

    Document document() {
      return document;
    }

    /** The text of the element with this id, or "" when there is none. */
    String text(String id) {
      Element e = document.getElementById(id);
      return e == null ? "" : e.text();
    }

    /** The page's path, to post a form to (the form's action, relative to the root). */
    String action(String form) {
      String action = form(form).attr("action");
      return action.isEmpty() ? path : action;
    }

    private Element form(String id) {
      Element form = document.getElementById(id);
      if (form == null || !form.normalName().equals("form")) {
        throw new IllegalStateException("No form " + id + " on " + path);
      }
      return form;
    }

    /** The form's fields as a browser submits them (no button: the caller names the source). */
    Map<String, String> fields(String formId) {
      Map<String, String> fields = new LinkedHashMap<>();
      for (Element e : form(formId).select("input[name], textarea[name], select[name]")) {
        if (e.hasAttr("disabled")) {
          continue;
        }
        String type = e.attr("type").toLowerCase(java.util.Locale.ROOT);
        String name = e.attr("name");
        switch (e.normalName()) {
          case "select" -> {
            Element selected = e.selectFirst("option[selected]");
            if (selected == null) {
              selected = e.selectFirst("option");
            }
            if (selected != null) {
              fields.put(
                  name, selected.hasAttr("value") ? selected.attr("value") : selected.text());
            }
          }
          case "textarea" -> fields.put(name, e.val());
          default -> {
            if (type.equals("submit")
                || type.equals("button")
                || type.equals("image")
                || type.equals("reset")
                || type.equals("file")) {
              continue;
            }
            if ((type.equals("checkbox") || type.equals("radio")) && !e.hasAttr("checked")) {
              continue;
            }
            // Several checked boxes of one name (a selectMany): joined by the caller's map would
            // lose all but one, so each gets its own entry with the same name.
            String key = fields.containsKey(name) ? name + "\u0000" + fields.size() : name;
            // A browser posts a box checked without a value as "on", an empty text field as "".
            boolean box = type.equals("checkbox") || type.equals("radio");
            fields.put(key, e.hasAttr("value") ? e.val() : box ? "on" : "");
          }
        }
      }
      if (viewState != null) {
        fields.put(VIEW_STATE, viewState);
      }
      if (nonce != null) {
        fields.put("primefaces.nonce", nonce);
      }
      return fields;
    }

    /** Applies an Ajax answer: each updated element replaced, the new view state kept. */
    void apply(Partial partial) {
      partial.updates.forEach(
          (id, html) -> {
            if (id.contains(VIEW_STATE)) {
              viewState = html;
              return;
            }
            Element old = document.getElementById(id);
            if (old == null) {
              return;
            }
            if (old.normalName().equals("form")) {
              // Mojarra sends a form's content again, its hidden fields included, but the form
              // element itself stays.
              Element parsed = Jsoup.parseBodyFragment(html).body().child(0);
              old.empty();
              parsed.childNodes().forEach(n -> old.appendChild(n.clone()));
            } else {
              old.before(html);
              old.remove();
            }
          });
    }
  }

  /** The answer to a Faces Ajax request: its updates by id, its redirect, its error. */
  record Partial(int status, String raw, Map<String, String> updates, String redirect) {
    static Partial of(HttpResponse<String> response) {
      Map<String, String> updates = new LinkedHashMap<>();
      String redirect = null;
      if (response.body().contains("<partial-response")) {
        try {
          DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
          factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
          org.w3c.dom.Document xml =
              factory
                  .newDocumentBuilder()
                  .parse(
                      new ByteArrayInputStream(response.body().getBytes(StandardCharsets.UTF_8)));
          NodeList list = xml.getElementsByTagName("update");
          for (int i = 0; i < list.getLength(); i++) {
            org.w3c.dom.Element update = (org.w3c.dom.Element) list.item(i);
            updates.put(update.getAttribute("id"), update.getTextContent());
          }
          NodeList redirects = xml.getElementsByTagName("redirect");
          if (redirects.getLength() > 0) {
            redirect = ((org.w3c.dom.Element) redirects.item(0)).getAttribute("url");
          }
        } catch (Exception e) {
          throw new IllegalStateException("Unreadable partial response: " + response.body(), e);
        }
      }
      return new Partial(response.statusCode(), response.body(), updates, redirect);
    }

    /** A partial response with neither an error nor a redirect (to an error page or sign-in). */
    boolean ok() {
      return status == 200
          && raw.contains("<partial-response")
          && !raw.contains("<error>")
          && redirect == null;
    }
  }
}
