package org.cohesion.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ClientAddressTest {
  private static final Set<String> PROXIES =
      ClientAddress.trusted(Optional.of("10.0.0.1, 10.0.0.2"));

  @Test
  void withoutATrustedPeerTheHeaderIsIgnored() {
    assertEquals(
        "203.0.113.9", ClientAddress.resolve("203.0.113.9", List.of("198.51.100.1"), PROXIES));
    assertEquals(
        "203.0.113.9", ClientAddress.resolve("203.0.113.9", List.of("198.51.100.1"), Set.of()));
  }

  @Test
  void behindATrustedProxyTheNearestUntrustedHopIsTheClient() {
    assertEquals(
        "198.51.100.7", ClientAddress.resolve("10.0.0.1", List.of("198.51.100.7"), PROXIES));
    // A client may put anything on the left; only what the trusted proxies appended counts.
    assertEquals(
        "198.51.100.7",
        ClientAddress.resolve("10.0.0.1", List.of("1.2.3.4, 198.51.100.7, 10.0.0.2"), PROXIES));
    assertEquals(
        "198.51.100.7",
        ClientAddress.resolve("10.0.0.1", List.of("1.2.3.4", "198.51.100.7"), PROXIES));
    assertEquals("2001:db8::1", ClientAddress.resolve("10.0.0.1", List.of("2001:db8::1"), PROXIES));
  }

  @Test
  void aMissingOrMalformedHeaderLeavesTheLastGoodAddress() {
    assertEquals("10.0.0.1", ClientAddress.resolve("10.0.0.1", List.of(), PROXIES));
    assertEquals(
        "10.0.0.2", ClientAddress.resolve("10.0.0.1", List.of("evil<script>, 10.0.0.2"), PROXIES));
  }
}
