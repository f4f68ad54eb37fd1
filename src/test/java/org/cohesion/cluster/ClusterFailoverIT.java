package org.cohesion.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.cohesion.launcher.EmbeddedMariaDb;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A real two-node cluster: two Payara Micro JVMs on loopback, Hazelcast with an explicit TCP/IP
 * member list (no multicast), one MariaDB. A member signs in on one node and opens a view-scoped
 * form there; that node is killed with SIGKILL and the form is posted to the other node in the same
 * session, which must save it. Each trial kills the node the previous trial restarted, so that
 * every trial costs one restart and both nodes take both parts.
 *
 * <p>Outside the Arquillian suite (which manages one node only): this class starts and stops its
 * own processes. The nodes' logs are under target/cluster-it/.
 */
class ClusterFailoverIT {
  private static final String ADMIN = "jvalcin";
  private static final String PASSWORD = "cohesion-demo-2008";
  private static final String GROUP_PAGE = "group.xhtml?g=evaluation-des-cucs";
  private static final int TRIALS = Integer.getInteger("cohesion.cluster.trials", 10);
  private static final Duration START_TIMEOUT = Duration.ofMinutes(5);
  // Hazelcast removes a dead member after its own failure detection; a request needing that
  // member's data waits for it meanwhile (a bounded wait: a lost session fails the trial instead).
  private static final Duration REQUEST_TIMEOUT = Duration.ofMinutes(3);
  private static final Pattern VIEW_STATE =
      Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
  // PrimeFaces' CSP nonce mode: an Ajax request sends the page's nonce, checked against the one
  // kept in the view map (so it also proves that the view's state reached the other node).
  private static final Pattern NONCE = Pattern.compile("nonce=\"([^\"]+)\"");
  private static final Pattern COOKIE = Pattern.compile("^([^=;]+)=([^;]*)");
  private static final Pattern MEMBERS =
      Pattern.compile("Payara Data Grid State: .* DG Size: (\\d+)");

  private static Path dir;
  private static EmbeddedMariaDb db;
  private static Node a;
  private static Node b;
  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .followRedirects(HttpClient.Redirect.NEVER)
          .connectTimeout(Duration.ofSeconds(10))
          .build();

  @BeforeAll
  static void startCluster() throws Exception {
    dir = Path.of(System.getProperty("cohesion.test.dir", "target"), "cluster-it").toAbsolutePath();
    deleteRecursively(dir);
    Files.createDirectories(dir);
    db = EmbeddedMariaDb.start(dir.resolve("db"));
    int hzA = freePort();
    int hzB = freePort();
    String members = "127.0.0.1:" + hzA + ",127.0.0.1:" + hzB;
    // A cluster name of its own: no other Payara on this machine (the suite's, a developer's)
    // joins.
    String cluster = "cohesion-it-" + UUID.randomUUID().toString().substring(0, 8);
    a = new Node("node-a", freePort(), hzA, members, cluster);
    b = new Node("node-b", freePort(), hzB, members, cluster);
    // One after the other: the first start migrates the schema and loads the demo data.
    a.start();
    a.awaitReady();
    b.start();
    b.awaitReady();
    a.awaitMembers(2);
    b.awaitMembers(2);
  }

  @AfterAll
  static void stopCluster() {
    for (Node node : new Node[] {a, b}) {
      if (node != null) {
        node.stop();
      }
    }
    if (db != null) {
      db.stop();
    }
  }

  @Test
  void aFormOpenedOnAKilledNodeIsSavedOnTheOtherInTheSameSession() throws Exception {
    List<String> lost = new ArrayList<>();
    for (int trial = 1; trial <= TRIALS; trial++) {
      Node victim = trial % 2 == 1 ? a : b;
      Node survivor = victim == a ? b : a;
      long started = System.nanoTime();
      Session session = new Session();
      assertEquals(302, session.login(victim), "sign-in on " + victim.name);
      HttpResponse<String> form = session.get(victim, GROUP_PAGE);
      assertEquals(
          200,
          form.statusCode(),
          "the group page on " + victim.name + ": " + form.headers().firstValue("Location"));
      assertTrue(form.body().contains("group:description-edit"), "the description editor");

      victim.kill();
      String text = "Cluster trial " + trial + " " + UUID.randomUUID();
      Map<String, String> fields = new LinkedHashMap<>();
      fields.put("jakarta.faces.partial.ajax", "true");
      fields.put("jakarta.faces.source", "group:save-description");
      fields.put("jakarta.faces.partial.execute", "group:description-edit group:save-description");
      fields.put("jakarta.faces.partial.render", "group");
      fields.put("group:save-description", "group:save-description");
      fields.put("group", "group");
      fields.put("group:description-edit", text);
      Matcher nonce = NONCE.matcher(form.body());
      assertTrue(nonce.find(), "a CSP nonce on the page");
      fields.put("primefaces.nonce", nonce.group(1));
      long killed = System.nanoTime();
      HttpResponse<String> saved = session.postForm(survivor, GROUP_PAGE, form.body(), fields);
      long failover = (System.nanoTime() - killed) / 1_000_000;
      String body = saved.body();
      boolean ok =
          saved.statusCode() == 200
              && body.contains("<partial-response")
              && !body.contains("<error>")
              && !body.contains("<redirect")
              && body.contains(text);
      // Read back on the survivor, in the same session: the saved text, from the database.
      ok = ok && session.get(survivor, GROUP_PAGE).body().contains(text);
      if (!ok) {
        lost.add("trial " + trial + " (" + victim.name + " killed): " + saved.statusCode() + body);
      }
      // The survivor must have seen the death before the victim comes back under the same address.
      survivor.awaitMembers(1);
      victim.start();
      victim.awaitReady();
      victim.awaitMembers(2);
      survivor.awaitMembers(2);
      String line =
          String.format(
              "trial %d: %s killed, post on %s %s after %d ms; trial with restart %d s%n",
              trial,
              victim.name,
              survivor.name,
              ok ? "saved" : "LOST",
              failover,
              (System.nanoTime() - started) / 1_000_000_000);
      System.out.print("[cluster-it] " + line);
      Files.writeString(
          dir.resolve("trials.log"), line, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }
    assertEquals(List.of(), lost, "lost sessions in " + TRIALS + " trials");
  }

  /** One browser: its cookies, sent to whichever node it talks to, as behind a balancer. */
  private static final class Session {
    private final Map<String, String> cookies = new LinkedHashMap<>();

    int login(Node node) throws Exception {
      HttpResponse<String> page = get(node, "login.xhtml");
      Map<String, String> form = new LinkedHashMap<>();
      form.put("login", "login");
      form.put("login:username", ADMIN);
      form.put("login:password", PASSWORD);
      form.put("login:submit", "");
      return postForm(node, "login.xhtml", page.body(), form).statusCode();
    }

    HttpResponse<String> get(Node node, String path) throws IOException, InterruptedException {
      return send(request(node, path).GET());
    }

    HttpResponse<String> postForm(Node node, String path, String page, Map<String, String> fields)
        throws IOException, InterruptedException {
      Matcher m = VIEW_STATE.matcher(page);
      if (!m.find()) {
        throw new IllegalStateException("No view state on the page");
      }
      Map<String, String> form = new LinkedHashMap<>(fields);
      form.put("jakarta.faces.ViewState", m.group(1));
      String body =
          form.entrySet().stream()
              .map(
                  e ->
                      URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                          + "="
                          + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
              .collect(Collectors.joining("&"));
      HttpRequest.Builder request =
          request(node, path)
              .header("Content-Type", "application/x-www-form-urlencoded")
              .POST(HttpRequest.BodyPublishers.ofString(body));
      if (fields.containsKey("jakarta.faces.partial.ajax")) {
        request.header("Faces-Request", "partial/ajax");
      }
      return send(request);
    }

    private HttpRequest.Builder request(Node node, String path) {
      HttpRequest.Builder request = HttpRequest.newBuilder(node.uri(path)).timeout(REQUEST_TIMEOUT);
      if (!cookies.isEmpty()) {
        request.header(
            "Cookie",
            cookies.entrySet().stream()
                .map(c -> c.getKey() + "=" + c.getValue())
                .collect(Collectors.joining("; ")));
      }
      return request;
    }

    private HttpResponse<String> send(HttpRequest.Builder request)
        throws IOException, InterruptedException {
      HttpResponse<String> response =
          HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
      for (String cookie : response.headers().allValues("Set-Cookie")) {
        Matcher m = COOKIE.matcher(cookie);
        if (m.find()) {
          cookies.put(m.group(1).trim(), m.group(2));
        }
      }
      return response;
    }
  }

  /** One Payara Micro JVM; each start is a new process with a fresh root directory and log. */
  private static final class Node {
    final String name;
    final int httpPort;
    final int hzPort;
    final String members;
    final String cluster;
    private Process process;
    private Path log;
    private int starts;

    Node(String name, int httpPort, int hzPort, String members, String cluster) {
      this.name = name;
      this.httpPort = httpPort;
      this.hzPort = hzPort;
      this.members = members;
      this.cluster = cluster;
    }

    URI uri(String path) {
      return URI.create("http://127.0.0.1:" + httpPort + "/" + path);
    }

    void start() throws IOException {
      starts++;
      Path root = dir.resolve(name + "-root-" + starts);
      Path tmp = dir.resolve(name + "-tmp-" + starts);
      Files.createDirectories(tmp);
      log = dir.resolve(name + "-" + starts + ".log");
      List<String> command =
          List.of(
              Path.of(System.getProperty("java.home"), "bin", "java").toString(),
              "-Xmx512m",
              "-Djava.io.tmpdir=" + tmp,
              "-Dcohesion.db.url=" + db.jdbcUrl(),
              "-Dcohesion.db.user=" + EmbeddedMariaDb.APP,
              "-Dcohesion.db.password=" + db.appPassword(),
              "-Dcohesion.db.migration-user=" + EmbeddedMariaDb.OWNER,
              "-Dcohesion.db.migration-password=" + db.ownerPassword(),
              "-Dcohesion.profile=demo",
              // Plain HTTP here: a Secure session cookie would never come back.
              "-Dcohesion.secure-cookies=false",
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
              "--clustermode",
              "tcpip:" + members,
              "--startport",
              Integer.toString(hzPort),
              "--interfaces",
              "127.0.0.1",
              "--nohostaware",
              "--rootdir",
              root.toString());
      process =
          new ProcessBuilder(command)
              .redirectErrorStream(true)
              .redirectOutput(log.toFile())
              .start();
    }

    void awaitReady() {
      await(
          name + " ready on /health/ready",
          () -> {
            try {
              return HTTP.send(
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
          });
    }

    /**
     * Payara logs the data grid (Hazelcast) state at every change: the last must have this size.
     */
    void awaitMembers(int size) {
      await(name + " in a cluster of " + size, () -> lastMemberCount() == size);
    }

    private int lastMemberCount() {
      try {
        Matcher m = MEMBERS.matcher(Files.readString(log, StandardCharsets.ISO_8859_1));
        int count = -1;
        while (m.find()) {
          count = Integer.parseInt(m.group(1));
        }
        return count;
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
          Thread.sleep(250); // the polling interval of a bounded wait on the condition
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
        if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
          process.destroyForcibly().waitFor(10, java.util.concurrent.TimeUnit.SECONDS);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        process.destroyForcibly();
      }
    }
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void deleteRecursively(Path path) throws IOException {
    if (!Files.exists(path)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(path)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }
}
