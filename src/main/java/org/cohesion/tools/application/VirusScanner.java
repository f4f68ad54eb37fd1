package org.cohesion.tools.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.Optional;
import org.cohesion.tools.infrastructure.Clamd;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * ClamAV's clamd, when {@code cohesion.clamav.host} names one (off by default: no host, no scan).
 * Holds only its settings: every scan opens its own connection, so any node scans any file.
 */
@ApplicationScoped
public class VirusScanner {

  @Inject
  @ConfigProperty(name = "cohesion.clamav.host")
  Optional<String> host;

  @Inject
  @ConfigProperty(name = "cohesion.clamav.port", defaultValue = "3310")
  int port;

  @Inject
  @ConfigProperty(name = "cohesion.clamav.timeout-ms", defaultValue = "15000")
  int timeoutMillis;

  public boolean enabled() {
    return host.filter(h -> !h.isBlank()).isPresent();
  }

  /**
   * What clamd says of the content.
   *
   * @throws IOException clamd could not be reached or did not answer: the file stays in quarantine
   */
  public Clamd.Verdict scan(byte[] content) throws IOException {
    return new Clamd(host.orElseThrow().strip(), port, timeoutMillis).scan(content);
  }
}
