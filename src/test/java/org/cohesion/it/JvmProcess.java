package org.cohesion.it;

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
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * A JVM that a test starts as its own process and serves HTTP on a free loopback port: a node of
 * the test cluster, the runnable bundle. Each start is a new process with a log of its own ({@code
 * <name>-<start>.log} under the test's folder); every wait is on a condition (the log, an HTTP
 * answer) and bounded, and fails at once if the process has ended.
 */
public abstract class JvmProcess {
  // A condition is checked this often: short enough to add little to a start (tens of ms).
  private static final long POLL_MS = 100;

  public final String name;
  public final int httpPort;
  protected final Path dir;
  private final HttpClient http;
  private Process process;
  private Path log;
  private int starts;
  private long startedAt;
  private double readyAfter;
  private double cpuAtReady;

  protected JvmProcess(String name, Path dir, HttpClient http) {
    this.name = name;
    this.dir = dir;
    this.http = http;
    this.httpPort = freePort();
  }

  public URI uri(String path) {
    String relative = path.startsWith("/") ? path.substring(1) : path;
    return URI.create("http://127.0.0.1:" + httpPort + "/" + relative);
  }

  /** The number of the start being prepared, which names its folders and its log. */
  protected final int nextStart() {
    starts++;
    log = dir.resolve(name + "-" + starts + ".log");
    return starts;
  }

  /** A folder of this start's own, e.g. its temporary files: {@code <name>-<kind>-<start>}. */
  protected final Path startFolder(String kind) throws IOException {
    return Files.createDirectories(dir.resolve(name + "-" + kind + "-" + starts));
  }

  /** Starts the process of {@link #nextStart()}: this JVM's java, these arguments. */
  protected final void launch(List<String> arguments, Map<String, String> environment)
      throws IOException {
    List<String> command = new java.util.ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(arguments);
    ProcessBuilder builder =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
    builder.environment().putAll(environment);
    startedAt = System.nanoTime();
    process = builder.start();
  }

  /** Seconds since the last start. */
  public double sinceStart() {
    return (System.nanoTime() - startedAt) / 1e9;
  }

  /** Whether /health/ready answers 200. */
  public boolean ready() {
    return readiness() == 200;
  }

  /** The status of /health/ready, or -1 when nothing answers. */
  public int readiness() {
    try {
      return http.send(
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

  /** Waits until /health/ready answers 200. */
  public void awaitReady(Duration timeout) {
    await("ready on /health/ready", this::ready, timeout);
    readyAfter = sinceStart();
    cpuAtReady = cpuSeconds();
  }

  /** Seconds from the last start to its readiness. */
  public double readyAfter() {
    return readyAfter;
  }

  /** CPU seconds the last start's JVM had used when it was ready: what a start costs. */
  public double cpuAtReady() {
    return cpuAtReady;
  }

  /**
   * CPU seconds the current start's JVM has used (user and system, its own threads only): far less
   * sensitive to the machine's load than wall time, so the figure to compare starts by.
   */
  public double cpuSeconds() {
    return process
        .toHandle()
        .info()
        .totalCpuDuration()
        .map(d -> d.toMillis() / 1000.0)
        .orElse(-1.0);
  }

  /**
   * Waits until the condition holds; fails when the process ends first or the time is out, naming
   * the log to read.
   */
  public void await(String what, BooleanSupplier condition, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!condition.getAsBoolean()) {
      if (!process.isAlive()) {
        throw new IllegalStateException(name + " ended before: " + what + "; see " + log);
      }
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException(
            name + ": timed out after " + timeout + " waiting for: " + what + "; see " + log);
      }
      try {
        Thread.sleep(POLL_MS); // the polling interval of a bounded wait on the condition
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }

  /** The current start's log. */
  public String log() {
    try {
      return Files.readString(log, StandardCharsets.ISO_8859_1);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public Path logFile() {
    return log;
  }

  /** SIGKILL, as in a crash: no shutdown hook runs, no goodbye to a cluster. */
  public void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor();
  }

  /** SIGTERM, as a service manager stops it; SIGKILL if it has not ended within the grace. */
  public void stop(Duration grace) {
    if (process == null || !process.isAlive()) {
      return;
    }
    process.destroy();
    try {
      if (!process.waitFor(grace.toSeconds(), TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
    }
  }

  /** A TCP port free on loopback now. */
  public static int freePort() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException("No free port", e);
    }
  }
}
