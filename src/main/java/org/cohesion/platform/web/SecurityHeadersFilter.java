package org.cohesion.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Secure response headers on every response, Shiro's redirects and 401/403 included: it is declared
 * in web.xml before the ShiroFilter (web.xml mapping order is filter order), and runs again on
 * error dispatches.
 *
 * <p>There is one content security policy, the context-param {@code primefaces.CSP_POLICY}. On a
 * Faces page PrimeFaces (CSP mode) writes it with the nonce of its inline scripts appended to
 * {@code script-src}; on every other response (redirects, errors before Faces, REST, downloads)
 * this filter writes the same policy without a nonce. The header PrimeFaces adds replaces this
 * filter's, so a response never carries two policies (browsers would enforce both, and the one
 * without the nonce would block PrimeFaces).
 *
 * <p>Everything but static resources is {@code Cache-Control: no-store}: signed-in pages and
 * exports must not be kept by a browser or a proxy. HSTS is sent over TLS ({@code
 * request.isSecure()}) or, behind a TLS-terminating proxy, when {@code cohesion.hsts=true}.
 *
 * <p>A Faces form post that does not carry PrimeFaces' nonce field ({@code primefaces.nonce}, which
 * PrimeFaces' script adds to every form of a page it rendered) gets a fresh server-made one: a
 * forged or scripted post, or one whose view has expired, is then answered with its own page (the
 * view-expired page, 410) instead of PrimeFaces refusing to render anything ("Missing CSP nonce", a
 * 500 and a stack trace). PrimeFaces reads the nonce of a post from that field, and from a
 * forwarded request only would it make one itself; an error dispatch is not a forward.
 */
public class SecurityHeadersFilter extends HttpFilter {
  private static final long serialVersionUID = 1L;

  static final String CSP = "Content-Security-Policy";
  static final String POLICY_PARAM = "primefaces.CSP_POLICY";
  static final String HSTS = "max-age=31536000; includeSubDomains";
  static final String NO_STORE = "no-store";

  /** Paths whose answers are the same for everyone and should stay cacheable. */
  private static final String[] STATIC = {"/jakarta.faces.resource/", "/webjars/", "/favicon.ico"};

  private String policy;
  private boolean hsts;

  @Override
  public void init() throws ServletException {
    String configured = getServletContext().getInitParameter(POLICY_PARAM);
    if (configured == null || configured.isBlank()) {
      throw new ServletException("The context-param " + POLICY_PARAM + " is missing from web.xml");
    }
    policy = configured.trim() + ";";
    hsts =
        ConfigProvider.getConfig().getOptionalValue("cohesion.hsts", Boolean.class).orElse(false);
  }

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    boolean cacheable = isStatic(request);
    boolean tls = hsts || request.isSecure();
    Runnable headers =
        () -> {
          response.setHeader("X-Content-Type-Options", "nosniff");
          response.setHeader("X-Frame-Options", "DENY");
          response.setHeader("Referrer-Policy", "same-origin");
          String current = response.getHeader(CSP);
          // An error page dispatched after PrimeFaces wrote its policy keeps that policy's nonce.
          if (current == null || !current.contains("'nonce-")) {
            response.setHeader(CSP, policy);
          }
          response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
          if (tls) {
            response.setHeader("Strict-Transport-Security", HSTS);
          }
          if (!cacheable) {
            response.setHeader("Cache-Control", NO_STORE);
          }
        };
    headers.run();
    chain.doFilter(withNonce(request), new Headers(response, cacheable, headers));
  }

  static final String NONCE_FIELD = "primefaces.nonce";

  private static HttpServletRequest withNonce(HttpServletRequest request) {
    if (!"POST".equals(request.getMethod())
        || !request.getRequestURI().endsWith(".xhtml")
        || request.getParameter(NONCE_FIELD) != null) {
      return request;
    }
    String nonce =
        Base64.getEncoder()
            .encodeToString(UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8));
    return new NonceRequest(request, nonce);
  }

  /** The request's parameters plus a nonce field of the server's making. */
  static final class NonceRequest extends HttpServletRequestWrapper {
    private final Map<String, String[]> parameters;

    NonceRequest(HttpServletRequest request, String nonce) {
      super(request);
      Map<String, String[]> all = new LinkedHashMap<>(request.getParameterMap());
      all.put(NONCE_FIELD, new String[] {nonce});
      parameters = Collections.unmodifiableMap(all);
    }

    @Override
    public String getParameter(String name) {
      String[] values = parameters.get(name);
      return values == null || values.length == 0 ? null : values[0];
    }

    @Override
    public Map<String, String[]> getParameterMap() {
      return parameters;
    }

    @Override
    public Enumeration<String> getParameterNames() {
      return Collections.enumeration(parameters.keySet());
    }

    @Override
    public String[] getParameterValues(String name) {
      return parameters.get(name);
    }
  }

  private static boolean isStatic(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    for (String prefix : STATIC) {
      if (path.startsWith(prefix)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Keeps one policy (PrimeFaces' {@code addHeader} replaces the filter's) and keeps {@code
   * no-store} on private answers whatever a download component sets; a reset (an error page
   * rendered in place of a half-written answer) puts the headers back.
   */
  static final class Headers extends HttpServletResponseWrapper {
    private final boolean cacheable;
    private final Runnable headers;

    Headers(HttpServletResponse response, boolean cacheable, Runnable headers) {
      super(response);
      this.cacheable = cacheable;
      this.headers = headers;
    }

    @Override
    public void reset() {
      super.reset();
      headers.run();
    }

    @Override
    public void addHeader(String name, String value) {
      if (CSP.equalsIgnoreCase(name)) {
        super.setHeader(name, value);
      } else if (!keepsNoStore(name)) {
        super.addHeader(name, value);
      }
    }

    @Override
    public void setHeader(String name, String value) {
      if (!keepsNoStore(name)) {
        super.setHeader(name, value);
      }
    }

    private boolean keepsNoStore(String name) {
      return !cacheable && "Cache-Control".equalsIgnoreCase(name);
    }
  }
}
