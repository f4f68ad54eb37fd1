package org.cohesion.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The address of the person behind a request, as sign-in throttling and the audit log see it.
 * {@code X-Forwarded-For} is believed only when the direct peer is one of the proxies listed in
 * {@code cohesion.proxy.trusted}: anyone else could write any address there and dodge the
 * per-address limit.
 */
@ApplicationScoped
public class ClientAddress {
  private static final Pattern IP = Pattern.compile("[0-9A-Fa-f:.]{2,45}");

  @Inject
  @ConfigProperty(name = "cohesion.proxy.trusted")
  Optional<String> trustedList;

  public String of(HttpServletRequest request) {
    return resolve(
        request.getRemoteAddr(), request.getHeaders("X-Forwarded-For"), trusted(trustedList));
  }

  static Set<String> trusted(Optional<String> list) {
    return list.stream()
        .flatMap(value -> Arrays.stream(value.split(",")))
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .collect(Collectors.toUnmodifiableSet());
  }

  /**
   * The peer itself, unless it is a trusted proxy: then the nearest address in X-Forwarded-For
   * (read from the right, as each proxy appends the address it saw) that is not itself a trusted
   * proxy. A malformed entry stops the walk at the last address known to be good.
   */
  static String resolve(String peer, Enumeration<String> forwarded, Set<String> trusted) {
    List<String> headers = forwarded == null ? List.of() : Collections.list(forwarded);
    return resolve(peer, headers, trusted);
  }

  static String resolve(String peer, List<String> forwardedHeaders, Set<String> trusted) {
    String client = peer == null ? "unknown" : peer;
    if (!trusted.contains(client)) {
      return client;
    }
    List<String> hops =
        forwardedHeaders.stream()
            .flatMap(header -> Arrays.stream(header.split(",")))
            .map(String::strip)
            .toList();
    for (int i = hops.size() - 1; i >= 0; i--) {
      String hop = hops.get(i);
      if (!IP.matcher(hop).matches()) {
        return client;
      }
      client = hop;
      if (!trusted.contains(hop)) {
        return hop;
      }
    }
    return client;
  }
}
