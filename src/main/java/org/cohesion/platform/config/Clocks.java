package org.cohesion.platform.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/**
 * One clock for the whole application, so that time can be read, and reasoned about, in one way.
 */
@ApplicationScoped
public class Clocks {

  @Produces
  public Clock clock() {
    return Clock.systemUTC();
  }
}
