package org.cohesion.cluster;

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
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One Payara Micro JVM of the test cluster. Each start is a new process with a fresh root directory
 * and log (target/cluster-it/node-x-N.log); waits are on conditions (the log, an HTTP answer), each
 * bounded.
 */
final class ClusterNode {
  private static final Pattern MEMBERS =
      Pattern.compile("Payara Data Grid State: .* DG Size: (\\d+)");
  private static final Duration START_TIMEOUT = Duration.ofMinutes(5);
  // A condition is checked this often: short enough to add little to a restart (tens of ms).
  private static final long POLL_MS = 100;

  final String name;
  final int httpPort;
  final int hzPort;
  private final Path dir;
  private final List<String> command;
  private final HttpClient http;
  private Process process;
  private Path log;
  private int starts;
  private long startedAt;

  /**
   * @param properties -D options of the application (database, mail), the same on every node
   * @param members every member's Hazelcast address, host:port, this one's included
   */
  ClusterNode(
      String name,
      int hzPort,
      Path dir,
      List<String> properties,
      String cluster,
      String members,
      HttpClient http) {
    this.name = name;
    this.httpPort = freePort();
    this.hzPort = hzPort;
    this.dir = dir;
    this.http = http;
    List<String> c = new ArrayList<>();
    c.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    c.add("-Xmx512m");
    // A node of this test lives for one or two minutes and serves a few dozen requests: C1 alone
    // and the serial collector leave more of two cores to the start itself. Measured on the shared
    // 2-core machine (load 17 to 40), start to /health/ready, medians of 3 alternated starts:
    // 184 s with the defaults, 63 s with these two (docs/operations.md). Not a production setting.
    c.add("-XX:TieredStopAtLevel=1");
    c.add("-XX:+UseSerialGC");
    c.addAll(properties);
    c.addAll(
        List.of(
            "-jar",
            System.getProperty("payara.microJar", "target/bundle/lib/payara-micro.jar"),
            "--deploy",
            System.getProperty("cohesion.war", "target/cohesion.war"),
            "--contextroot",
            "/",
            "--port",
            Integer.toString(httpPort),
            "--name",
            name,
            "--clustername",
            cluster,
            // An explicit member list, no multicast: as in production (docs/operations.md).
            "--clustermode",
            "tcpip:" + members,
            "--startport",
            Integer.toString(hzPort),
            "--interfaces",
            "127.0.0.1",
            // Both nodes share one address here: without this, Hazelcast would keep no backup.
            "--nohostaware",
            // Hazelcast's master waits 5 s by default for more members to join at once; the nodes
            // here start one at a time, so each restart would pay that wait for nothing.
            "--hzinitialjoinwait",
            "1"));
    this.command = List.copyOf(c);
  }

  URI uri(String path) {
    String relative = path.startsWith("/") ? path.substring(1) : path;
    return URI.create("http://127.0.0.1:" + httpPort + "/" + relative);
  }

  Path log() {
    return log;
  }

  void start() throws IOException {
    starts++;
    Path root = dir.resolve(name + "-root-" + starts);
    Path tmp = dir.resolve(name + "-tmp-" + starts);
    Files.createDirectories(tmp);
    log = dir.resolve(name + "-" + starts + ".log");
    List<String> c = new ArrayList<>(command);
    c.add(1, "-Djava.io.tmpdir=" + tmp);
    c.add("--rootdir");
    c.add(root.toString());
    startedAt = System.nanoTime();
    process = new ProcessBuilder(c).redirectErrorStream(true).redirectOutput(log.toFile()).start();
  }

  /** Seconds since the last start, for the timings the test prints. */
  double sinceStart() {
    return (System.nanoTime() - startedAt) / 1e9;
  }

  void awaitReady() {
    await(name + " ready on /health/ready", this::ready);
  }

  private boolean ready() {
    try {
      return http.send(
                  HttpRequest.newBuilder(uri("health/ready"))
                      .timeout(Duration.ofSeconds(10))
                      .build(),
                  HttpResponse.BodyHandlers.discarding())
              .statusCode()
          == 200;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Waits until the log of the current start has a line matching this. */
  void awaitLog(Pattern line, String what) {
    await(name + ": " + what, () -> line.matcher(readLog()).find());
  }

  /**
   * Payara logs the data grid (Hazelcast) state at every change of membership: the last one must
   * have this size.
   */
  void awaitMembers(int size) {
    await(name + " in a cluster of " + size, () -> lastMemberCount() == size);
  }

  private int lastMemberCount() {
    Matcher m = MEMBERS.matcher(readLog());
    int count = -1;
    while (m.find()) {
      count = Integer.parseInt(m.group(1));
    }
    return count;
  }

  private String readLog() {
    try {
      return Files.readString(log, StandardCharsets.ISO_8859_1);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void await(String what, BooleanSupplier condition) {
    long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
    while (!condition.getAsBoolean()) {
      if (!process.isAlive()) {
        throw new IllegalStateException(name + " ended before: " + what + "; see " + log);
      }
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("Timed out waiting for: " + what + "; see " + log);
      }
      try {
        Thread.sleep(POLL_MS); // the polling interval of a bounded wait on the condition
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }

  /** SIGKILL: no shutdown hook, no goodbye to the cluster, as in a crash. */
  void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor();
  }

  void stop() {
    if (process == null || !process.isAlive()) {
      return;
    }
    process.destroy();
    try {
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
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
      throw new UncheckedIOException(e);
    }
  }
}
