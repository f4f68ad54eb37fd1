package org.cohesion.it.server;

import jakarta.enterprise.context.RequestScoped;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Test deployment only: what the caller's HTTP session costs to replicate. GET /api/it/session
 * answers, one a line, {@code total <bytes> <median µs to serialise>} then {@code <bytes> <name>
 * <class>} for each attribute, largest first. The session is serialised as Payara's Hazelcast store
 * does for a full session (Java serialisation of every attribute, in one stream, so that what
 * several attributes share counts once); the time is the median of 21 runs after 5 for warm-up.
 */
@Path("it/session")
@RequestScoped
public class SessionProbe {

  @Context HttpServletRequest request;

  @GET
  @Produces(MediaType.TEXT_PLAIN)
  public String measure() {
    HttpSession session = request.getSession(false);
    if (session == null) {
      return "total 0 0\n";
    }
    Map<String, Object> attributes = new LinkedHashMap<>();
    for (String name : Collections.list(session.getAttributeNames())) {
      attributes.put(name, session.getAttribute(name));
    }
    int total = serialised(attributes);
    List<Long> times = new ArrayList<>();
    for (int i = 0; i < 26; i++) {
      long started = System.nanoTime();
      serialised(attributes);
      if (i >= 5) {
        times.add((System.nanoTime() - started) / 1_000);
      }
    }
    Collections.sort(times);
    StringBuilder out = new StringBuilder();
    out.append("total ").append(total).append(' ').append(times.get(times.size() / 2)).append('\n');
    List<String> lines = new ArrayList<>();
    attributes.forEach(
        (name, value) ->
            lines.add(
                String.format(
                    "%d %s %s",
                    serialised(value), name, value == null ? "null" : value.getClass().getName())));
    lines.sort(
        (x, y) ->
            Integer.compare(
                Integer.parseInt(y.substring(0, y.indexOf(' '))),
                Integer.parseInt(x.substring(0, x.indexOf(' ')))));
    lines.forEach(l -> out.append(l).append('\n'));
    return out.toString();
  }

  private static int serialised(Object value) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(value);
    } catch (IOException e) {
      throw new UncheckedIOException("Not serialisable: " + value, e);
    }
    return bytes.size();
  }
}
