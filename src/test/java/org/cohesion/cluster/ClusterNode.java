package org.cohesion.cluster;

import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cohesion.it.JvmProcess;

/**
 * One Payara Micro JVM of the test cluster. Each start is a new process with a fresh root directory
 * and log (target/cluster-it/node-x-N.log), and the node's search index folder of its previous
 * starts; waits are on conditions (the log, an HTTP answer), each bounded.
 */
final class ClusterNode extends JvmProcess {
  private static final Pattern MEMBERS =
      Pattern.compile("Payara Data Grid State: .* DG Size: (\\d+)");
  // Only a bound on a start that went wrong: on the shared machine at load 30, with the suite
  // running beside this test, a first start took over 5 minutes.
  private static final Duration START_TIMEOUT = Duration.ofMinutes(10);

  final int hzPort;
  private final List<String> arguments;

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
    super(name, dir, http);
    this.hzPort = hzPort;
    List<String> c = new ArrayList<>();
    c.add("-Xmx512m");
    // A node of this test lives for one or two minutes and serves a few dozen requests: C1 alone
    // and the serial collector leave more of two cores to the start itself. Measured on the shared
    // 2-core machine (load 17 to 40), start to /health/ready, medians of 3 alternated starts:
    // 184 s with the defaults, 63 s with these two (docs/operations.md). Not a production setting.
    c.add("-XX:TieredStopAtLevel=1");
    c.add("-XX:+UseSerialGC");
    c.addAll(properties);
    // The node's own search index folder, kept across its restarts as in production
    // (docs/operations.md): a restart after SIGKILL resumes the index from the outbox instead of
    // rebuilding it (8.7 % of a start's CPU, docs/performance.md). Unused in the OpenSearch mode.
    c.add("-Dcohesion.search.directory=" + dir.resolve(name + "-search"));
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
    this.arguments = List.copyOf(c);
  }

  void start() throws IOException {
    int n = nextStart();
    List<String> c = new ArrayList<>(arguments);
    c.add(0, "-Djava.io.tmpdir=" + startFolder("tmp"));
    // A root folder per start: a kept one would redeploy the previous start's application.
    c.add("--rootdir");
    c.add(dir.resolve(name + "-root-" + n).toString());
    launch(c, Map.of());
  }

  void awaitReady() {
    awaitReady(START_TIMEOUT);
  }

  /**
   * Payara logs the data grid (Hazelcast) state at every change of membership: the last one must
   * have this size.
   */
  void awaitMembers(int size) {
    await("in a cluster of " + size, () -> lastMemberCount() == size, START_TIMEOUT);
  }

  private int lastMemberCount() {
    Matcher m = MEMBERS.matcher(log());
    int count = -1;
    while (m.find()) {
      count = Integer.parseInt(m.group(1));
    }
    return count;
  }

  void stop() {
    stop(Duration.ofSeconds(60));
  }
}
