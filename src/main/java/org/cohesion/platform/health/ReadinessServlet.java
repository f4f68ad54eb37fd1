package org.cohesion.platform.health;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.health.Readiness;

/**
 * {@code /health/ready}, polled by load balancers and container health checks: 200 when the
 * database answers, 503 otherwise, with MicroProfile Health's JSON shape.
 *
 * <p>Payara's own endpoint (mapped to {@code /health/*} inside this war) builds its JSON with
 * {@code Json.create*()} at each call, which looks the provider up through a ServiceLoader scan of
 * every jar in WEB-INF/lib: about 70 requests a second here. This exact mapping takes precedence
 * over that prefix mapping, and answers with fixed bytes. {@code /health}, {@code /health/live} and
 * {@code /health/started} stay Payara's.
 */
@WebServlet(urlPatterns = "/health/ready", asyncSupported = true)
public class ReadinessServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  private static final byte[] UP =
      "{\"status\":\"UP\",\"checks\":[{\"name\":\"database\",\"status\":\"UP\"}]}"
          .getBytes(StandardCharsets.US_ASCII);
  private static final byte[] DOWN =
      "{\"status\":\"DOWN\",\"checks\":[{\"name\":\"database\",\"status\":\"DOWN\"}]}"
          .getBytes(StandardCharsets.US_ASCII);

  // @Readiness is a CDI qualifier: without it the bean is not found.
  @Inject @Readiness transient DatabaseReadiness readiness;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    boolean up = readiness.databaseAnswers();
    byte[] body = up ? UP : DOWN;
    response.setStatus(up ? HttpServletResponse.SC_OK : HttpServletResponse.SC_SERVICE_UNAVAILABLE);
    response.setContentType("application/json");
    response.setHeader("Cache-Control", "no-store");
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }
}
