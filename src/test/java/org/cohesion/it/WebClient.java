package org.cohesion.it;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.w3c.dom.NodeList;

/**
 * One browser over plain HTTP, for every HTTP test of the suite, the cluster and the fault tests:
 * its cookies, Faces pages read with jsoup, forms posted back as a browser posts them (every field,
 * the view state, PrimeFaces' CSP nonce), PrimeFaces Ajax requests and their partial answers
 * applied to the page held. The cookies belong to the browser, not to a server: {@link #on} sends
 * them to another node, as a load balancer would.
 */
public final class WebClient {
  private static final String VIEW_STATE = "jakarta.faces.ViewState";
  private static final String FORM = "application/x-www-form-urlencoded; charset=UTF-8";

  private final HttpClient http;
  private final Duration timeout;
  private final URI base;
  private final Map<String, String> cookies;

  /** A client of the suite's server ({@code @ArquillianResource URL}), over HTTP/2. */
  public WebClient(URL base) {
    this(base, HttpClient.Version.HTTP_2);
  }

  /** HTTP/1.1 opens a connection per request in flight, as many browser tabs do. */
  public WebClient(URL base, HttpClient.Version version) {
    this(
        HttpClient.newBuilder().version(version).followRedirects(HttpClient.Redirect.NEVER).build(),
        null,
        URI.create(base.toString()));
  }

  /**
   * A client sharing {@code http} (which must not follow redirects) with others, each request
   * bounded by {@code timeout} (null: none), talking to {@code base} until {@link #on} says other.
   */
  public WebClient(HttpClient http, Duration timeout, URI base) {
    this(http, timeout, base, new ConcurrentHashMap<>());
  }

  /** A client of a server that a test started itself (a cluster node, a bundle). */
  public WebClient(HttpClient http, Duration timeout, JvmProcess server) {
    this(http, timeout, server.uri(""));
  }

  private WebClient(HttpClient http, Duration timeout, URI base, Map<String, String> cookies) {
    this.http = http;
    this.timeout = timeout;
    String root = base.toString();
    this.base = URI.create(root.endsWith("/") ? root : root + "/");
    this.cookies = cookies;
  }

  /** The same browser (its cookies) talking to another server. */
  public WebClient on(JvmProcess server) {
    return new WebClient(http, timeout, server.uri(""), cookies);
  }

  public HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return send(request(path).GET());
  }

  /** GETs a page that must answer 200. */
  public Page open(String path) throws IOException, InterruptedException {
    HttpResponse<String> response = get(path);
    if (response.statusCode() != 200) {
      throw new IllegalStateException(
          "GET "
              + base.resolve(path)
              + ": "
              + response.statusCode()
              + " "
              + response.headers().firstValue("Location").orElse(""));
    }
    return new Page(path, response.body());
  }

  /** A POST without a body (REST endpoints). */
  public HttpResponse<String> post(String path) throws IOException, InterruptedException {
    return send(request(path).POST(HttpRequest.BodyPublishers.noBody()));
  }

  /** Posts these fields as they are (no view state added), with extra headers in pairs. */
  public HttpResponse<String> postRaw(String path, Map<String, String> fields, String... headers)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        request(path)
            .header("Content-Type", FORM)
            .POST(HttpRequest.BodyPublishers.ofString(encode(fields)));
    for (int i = 0; i + 1 < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    return send(request);
  }

  /**
   * Posts a Faces form of the page just read ({@code html}) with these fields, the page's view
   * state and its nonce (unless the fields name one), and extra headers in pairs (e.g. {@code
   * Faces-Request: partial/ajax}).
   */
  public HttpResponse<String> postForm(
      String path, String html, Map<String, String> fields, String... headers)
      throws IOException, InterruptedException {
    Page page = new Page(path, html);
    Map<String, String> form = new LinkedHashMap<>(fields);
    form.put(VIEW_STATE, page.viewState());
    if (page.nonce != null) {
      form.putIfAbsent("primefaces.nonce", page.nonce);
    }
    return postRaw(path, form, headers);
  }

  /** A PrimeFaces Ajax post of {@code fields} from the page just read, as {@link #postForm}. */
  public HttpResponse<String> ajax(String path, String html, Map<String, String> fields)
      throws IOException, InterruptedException {
    Map<String, String> form = new LinkedHashMap<>(fields);
    form.put("jakarta.faces.partial.ajax", "true");
    return postForm(path, html, form, "Faces-Request", "partial/ajax");
  }

  /**
   * A PrimeFaces Ajax request from a button of the page: the whole form as PrimeFaces sends it,
   * these values over it, and the page updated with the answer.
   */
  public Partial ajax(
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
    Partial partial =
        Partial.of(postRaw(page.action(form), fields, "Faces-Request", "partial/ajax"));
    page.apply(partial);
    return partial;
  }

  /** A PrimeFaces Ajax file upload: the fields and one file part, as multipart/form-data. */
  public HttpResponse<String> upload(
      String path,
      String html,
      Map<String, String> fields,
      String filePart,
      String fileName,
      byte[] content)
      throws IOException, InterruptedException {
    Page page = new Page(path, html);
    Map<String, String> form = new LinkedHashMap<>(fields);
    form.put("jakarta.faces.partial.ajax", "true");
    form.put("primefaces.nonce", page.nonce);
    form.put(VIEW_STATE, page.viewState());
    String boundary = "----cohesion" + UUID.randomUUID().toString().replace("-", "");
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    for (Map.Entry<String, String> e : form.entrySet()) {
      body.writeBytes(
          ("--"
                  + boundary
                  + "\r\nContent-Disposition: form-data; name=\""
                  + name(e.getKey())
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
    return send(
        request(path)
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .header("Faces-Request", "partial/ajax")
            .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
  }

  /**
   * Signs in through the login form, every field as the page holds it; answers the response to the
   * POST (302 when right). An HTTP client is then sent to the login page again, unlike a browser
   * (STACK.md): GET the page wanted.
   */
  public HttpResponse<String> login(String user, String password)
      throws IOException, InterruptedException {
    Page login = open("login.xhtml");
    Map<String, String> fields = login.fields("login");
    fields.put("login:username", user);
    fields.put("login:password", password);
    fields.put("login:submit", "");
    return postRaw("login.xhtml", fields);
  }

  /** The sign-in form's fields as a person fills them in, without the view state. */
  public static Map<String, String> loginFields(String user, String password) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("login", "login");
    fields.put("login:username", user);
    fields.put("login:password", password);
    fields.put("login:submit", "");
    return fields;
  }

  /**
   * After a sign-in with a one-time password, chooses one's own on the account page (the only page
   * open until then); answers the response to the form's POST.
   */
  public HttpResponse<String> chooseOwnPassword(String oneTime, String chosen)
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

  /** The session cookie, or null before the server gave one. */
  public String sessionId() {
    return cookies.get("JSESSIONID");
  }

  /**
   * The HTML of a page as a browser holds it after a partial response to a request from it: the
   * updated elements and view state replaced.
   */
  public static String afterPartial(String html, String partial) {
    Page page = new Page("", html);
    page.apply(Partial.parse(200, partial));
    return page.document.outerHtml();
  }

  private HttpRequest.Builder request(String path) {
    HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path));
    if (timeout != null) {
      request.timeout(timeout);
    }
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
    for (String header : response.headers().allValues("Set-Cookie")) {
      List<HttpCookie> parsed;
      try {
        parsed = HttpCookie.parse(header);
      } catch (IllegalArgumentException unreadable) {
        continue; // as a browser ignores it
      }
      for (HttpCookie cookie : parsed) {
        // A cookie sent expired (Max-Age=0, as Shiro's "deleteMe") is one the browser drops.
        if (cookie.hasExpired()) {
          cookies.remove(cookie.getName());
        } else {
          cookies.put(cookie.getName(), cookie.getValue());
        }
      }
    }
    return response;
  }

  private static String encode(Map<String, String> fields) {
    return fields.entrySet().stream()
        .map(
            e ->
                URLEncoder.encode(name(e.getKey()), StandardCharsets.UTF_8)
                    + "="
                    + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }

  /** A field's name: {@link Page#fields} suffixes the second and later values of one name. */
  private static String name(String key) {
    int cut = key.indexOf('\u0000');
    return cut < 0 ? key : key.substring(0, cut);
  }

  /** A page as the browser holds it: its HTML, Ajax updates applied, its view state. */
  public static final class Page {
    public final String path;
    private final Document document;
    private final String nonce;
    private String viewState;

    public Page(String path, String html) {
      this.path = path;
      this.document = Jsoup.parse(html);
      Element state = document.selectFirst("input[name=\"" + VIEW_STATE + "\"]");
      this.viewState = state == null ? null : state.val();
      // PrimeFaces' CSP mode: its script sends the page's nonce with every Ajax request, checked
      // against the one kept in the view (so it also proves the view reached another node).
      Element script = document.selectFirst("script[nonce]");
      this.nonce = script == null ? null : script.attr("nonce");
    }

    public Document document() {
      return document;
    }

    /** The page's view state; a page without one has no Faces form to post. */
    public String viewState() {
      if (viewState == null) {
        throw new IllegalStateException("No view state on " + path);
      }
      return viewState;
    }

    /** The text of the element with this id, or "" when there is none. */
    public String text(String id) {
      Element e = document.getElementById(id);
      return e == null ? "" : e.text();
    }

    /** The page's path, to post a form to (the form's action, relative to the root). */
    public String action(String form) {
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

    /**
     * The form's fields as a browser submits them, with the view state and the nonce (no button:
     * the caller names the source). Several values of one name each get an entry of their own, the
     * name suffixed with {@code \u0000n}, which the client strips when it posts.
     */
    public Map<String, String> fields(String formId) {
      Map<String, String> fields = new LinkedHashMap<>();
      for (Element e : form(formId).select("input[name], textarea[name], select[name]")) {
        if (e.hasAttr("disabled")) {
          continue;
        }
        String type = e.attr("type").toLowerCase(Locale.ROOT);
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
            boolean box = type.equals("checkbox") || type.equals("radio");
            if (box && !e.hasAttr("checked")) {
              continue;
            }
            String key = fields.containsKey(name) ? name + "\u0000" + fields.size() : name;
            // A browser posts a box checked without a value as "on", an empty text field as "".
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
    public void apply(Partial partial) {
      partial.updates.forEach(
          (id, html) -> {
            if (id.contains(VIEW_STATE)) {
              viewState = html;
              // Every form's hidden field too, so that the HTML reads as the page now is.
              document.select("input[name=\"" + VIEW_STATE + "\"]").val(html);
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
  public record Partial(int status, String raw, Map<String, String> updates, String redirect) {
    public static Partial of(HttpResponse<String> response) {
      return parse(response.statusCode(), response.body());
    }

    static Partial parse(int status, String body) {
      Map<String, String> updates = new LinkedHashMap<>();
      String redirect = null;
      if (body.contains("<partial-response")) {
        try {
          DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
          factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
          org.w3c.dom.Document xml =
              factory
                  .newDocumentBuilder()
                  .parse(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
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
          throw new IllegalStateException("Unreadable partial response: " + body, e);
        }
      }
      return new Partial(status, body, updates, redirect);
    }

    /** A partial response with neither an error nor a redirect (to an error page or sign-in). */
    public boolean ok() {
      return status == 200
          && raw.contains("<partial-response")
          && !raw.contains("<error>")
          && redirect == null;
    }
  }
}
