package org.cohesion.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.cohesion.it.Databases;
import org.cohesion.it.Demo;
import org.cohesion.it.JvmProcess;
import org.cohesion.it.WebClient;
import org.cohesion.it.WebClient.Page;
import org.cohesion.it.WebClient.Partial;
import org.cohesion.launcher.EmbeddedMariaDb;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * A real two-node cluster: two Payara Micro JVMs on loopback, Hazelcast with an explicit TCP/IP
 * member list (no multicast), one MariaDB, one SMTP server (GreenMail, in this JVM). Each client is
 * a browser's worth of cookies sent to whichever node it is pointed at, as behind a load balancer
 * without sticky sessions.
 *
 * <ol>
 *   <li>Two people co-write the same minutes, one on each node: the merge and the conflict come out
 *       exactly as MinutesBrowserIT sees them on one node.
 *   <li>Mail is sent once: notifications queued on both nodes at once, and mail due when both
 *       nodes' minute timers fire together, each reach the SMTP server exactly once.
 *   <li>A meeting saved on one node is found by search on the other within 2 s.
 *   <li>The message of a request that redirects shows on the other node, which serves the page the
 *       redirect leads to: a meeting planned by Ajax, a sign-out (a full page, a new session).
 *   <li>A member signs in on one node and opens a view-scoped form there; that node is killed with
 *       SIGKILL and the form is posted to the other node in the same session, which must save it.
 *       Each trial kills the node the previous trial restarted, so that every trial costs one
 *       restart and both nodes take both parts.
 * </ol>
 *
 * <p>Outside the Arquillian suite (which manages one node only): this class starts and stops its
 * own processes. The nodes' logs and the timings are under target/cluster-it/.
 */
// Beside the one-Payara suite (its processes are its own), but never beside CrashIT, which also
// restarts JVMs again and again: the two at once would starve each other on two cores. Holding the
// lock, its methods run one after the other.
@Execution(ExecutionMode.CONCURRENT)
@ResourceLock("cohesion-own-jvms")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoNodeClusterIT {
  private static final String GROUP = "evaluation-des-cucs";
  private static final String GROUP_PAGE = "group.xhtml?g=" + GROUP;

  /** The group's management page, where its description is edited (a view-scoped form). */
  private static final String MANAGE_PAGE = "group-manage.xhtml?id=" + GROUP;

  private static final int TRIALS = Integer.getInteger("cohesion.cluster.trials", 10);
  // Hazelcast removes a dead member after its own failure detection; a request needing that
  // member's data waits for it meanwhile (a bounded wait: a lost session fails the trial instead).
  private static final Duration REQUEST_TIMEOUT = Duration.ofMinutes(3);
  private static final Pattern ID = Pattern.compile("[?&]id=(\\d+)");

  private static Path dir;
  private static EmbeddedMariaDb db;
  private static GreenMail smtp;
  private static ClusterNode a;
  private static ClusterNode b;
  private static final int TIMER_MAIL = 6;
  private static Instant timerTick;
  private static String timerToken;
  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .followRedirects(HttpClient.Redirect.NEVER)
          .connectTimeout(Duration.ofSeconds(10))
          .build();

  @BeforeAll
  static void startCluster() throws Exception {
    long started = System.nanoTime();
    dir = Path.of(System.getProperty("cohesion.test.dir", "target"), "cluster-it").toAbsolutePath();
    deleteRecursively(dir);
    Files.createDirectories(dir);
    smtp =
        new GreenMail(
            new ServerSetup(JvmProcess.freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    smtp.start();
    db = Databases.start(dir.resolve("db"));
    List<String> properties =
        List.of(
            "-Dcohesion.db.url=" + db.jdbcUrl(),
            "-Dcohesion.db.user=" + EmbeddedMariaDb.APP,
            "-Dcohesion.db.password=" + db.appPassword(),
            "-Dcohesion.db.migration-user=" + EmbeddedMariaDb.OWNER,
            "-Dcohesion.db.migration-password=" + db.ownerPassword(),
            "-Dcohesion.profile=demo",
            "-Dcohesion.mail.enabled=true",
            "-Dcohesion.mail.host=127.0.0.1",
            "-Dcohesion.mail.port=" + smtp.getSmtp().getPort(),
            "-Dcohesion.mail.base-url=http://cohesion.test",
            // Plain HTTP here: a Secure session cookie would never come back.
            "-Dcohesion.secure-cookies=false");
    String openSearch = System.getProperty("cohesion.test.search.url");
    if (openSearch != null) {
      // The opensearch profile: both nodes on the one OpenSearch its run started (TestDatabase).
      properties = new ArrayList<>(properties);
      properties.addAll(
          List.of(
              "-Dcohesion.search.backend=opensearch",
              "-Dcohesion.search.url=" + openSearch,
              "-Dcohesion.search.index=cluster"));
    }
    int hzA = JvmProcess.freePort();
    int hzB = JvmProcess.freePort();
    String members = "127.0.0.1:" + hzA + ",127.0.0.1:" + hzB;
    // A cluster name of its own: no other Payara on this machine (the suite's, a developer's)
    // joins.
    String cluster = "cohesion-it-" + UUID.randomUUID().toString().substring(0, 8);
    a = new ClusterNode("node-a", hzA, dir, properties, cluster, members, HTTP);
    b = new ClusterNode("node-b", hzB, dir, properties, cluster, members, HTTP);
    a.start();
    // The first start migrates the schema and seeds it (demo data, first administrator); two
    // nodes seeding an empty database at once would insert the same rows twice
    // (docs/operations.md, "Clustering"). The second starts once the first is ready.
    a.awaitReady();
    b.start();
    b.awaitReady();
    a.awaitMembers(2);
    b.awaitMembers(2);
    timing(
        "cluster up in %.1f s (database and SMTP included); node-a ready after %.1f s, %.1f CPU s;"
            + " node-b ready after %.1f s, %.1f CPU s",
        (System.nanoTime() - started) / 1e9,
        a.readyAfter(),
        a.cpuAtReady(),
        b.readyAfter(),
        b.cpuAtReady());
    queueTimerMail();
  }

  /**
   * Mail that only the timers can send: due at the next full minute, queued without waking a relay.
   * Queued as soon as both nodes are up, so that the wait for that minute runs beside the
   * co-writing test; mailIsSentOnce… checks it (both nodes are alive until then).
   */
  private static void queueTimerMail() throws SQLException {
    timerTick = Instant.now().plusSeconds(3).truncatedTo(ChronoUnit.MINUTES).plusSeconds(60);
    timerToken = UUID.randomUUID().toString();
    try (Connection c = connect();
        PreparedStatement insert =
            c.prepareStatement(
                "INSERT INTO mail_outbox (recipient, subject, body, next_attempt_at)"
                    + " VALUES (?, ?, ?, ?)")) {
      for (int i = 0; i < TIMER_MAIL; i++) {
        insert.setString(1, "timer" + i + "@cluster.invalid");
        insert.setString(2, "Minute " + timerToken + " " + i);
        insert.setString(3, "Sent by the minute timer of one node");
        insert.setTimestamp(4, Timestamp.from(timerTick));
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }

  @AfterAll
  static void stopCluster() {
    for (ClusterNode node : new ClusterNode[] {a, b}) {
      if (node != null) {
        node.stop();
      }
    }
    if (db != null) {
      db.stop();
    }
    if (smtp != null) {
      smtp.stop();
    }
  }

  /** As MinutesBrowserIT.twoPeopleCoWriteWithoutLosingAWord, with one person on each node. */
  @Test
  @Order(1)
  void twoPeopleCoWritingOneOnEachNodeMergeAsOnOneNode() throws Exception {
    long started = System.nanoTime();
    String unique = Long.toString(System.nanoTime(), 36);
    WebClient first = session();
    assertEquals(302, first.on(a).login("manselme", Demo.PASSWORD).statusCode());
    WebClient second = session();
    assertEquals(302, second.on(b).login("rcelestine", Demo.PASSWORD).statusCode());
    long meeting =
        scheduleMeeting(
            first, a, "Atelier indicateurs " + unique, "Indicateurs communs", "Calendrier");
    String editor = startMinutes(first, a, meeting);
    Page mine = first.on(a).open(editor);
    Page theirs = second.on(b).open(editor);
    // Who else is editing is kept in the database: each node sees the other's editor.
    assertTrue(
        theirs.text("minutes:presence").contains("Murielle Anselme"),
        theirs.text("minutes:presence"));

    save(first, a, mine, 0, "Tronc commun de douze indicateurs, proposé par Fort-de-France.");
    assertTrue(mine.text("messages").contains("Enregistré (version 2)"), mine.text("messages"));

    save(second, b, theirs, 1, "Premières évaluations en mars 2009.");
    assertTrue(theirs.text("messages").contains("fusionnées"), theirs.text("messages"));
    String merged = theirs.text("minutes:sections");
    assertTrue(merged.contains("Tronc commun de douze indicateurs"), merged);
    assertTrue(merged.contains("Premières évaluations en mars 2009."), merged);

    // Both rewrite the first paragraph; the second to save gets the conflict, keeping their text.
    save(first, a, mine, 0, "Tronc commun de dix indicateurs.");
    assertTrue(mine.text("messages").contains("Enregistré"), mine.text("messages"));
    save(second, b, theirs, 0, "Tronc commun de quinze indicateurs.");
    assertTrue(theirs.text("messages").contains("en conflit"), theirs.text("messages"));
    String conflict = theirs.text("minutes:conflicts");
    assertTrue(conflict.contains("Votre version"), conflict);
    assertTrue(conflict.contains("Tronc commun de quinze indicateurs."), conflict);
    assertTrue(conflict.contains("Tronc commun de dix indicateurs."), conflict);
    assertTrue(editorValue(theirs, 0).contains("quinze"), "my text stays in the editor");

    // Resolved: keep mine, save again; nothing of the other's is lost elsewhere.
    Element resolved = theirs.document().selectFirst("[id$=\":resolved\"]");
    assertTrue(resolved != null, "a button to mark the conflict resolved");
    Partial done =
        second.on(b).ajax(theirs, "minutes", resolved.id(), "minutes", "minutes", Map.of());
    assertTrue(done.ok(), done.raw());
    assertFalse(theirs.text("minutes:conflicts").contains("Votre version"), "conflict closed");
    save(second, b, theirs, -1, null);
    assertTrue(theirs.text("messages").contains("Enregistré (version"), theirs.text("messages"));
    String now = first.on(a).open(editor).text("minutes:sections");
    assertTrue(now.contains("quinze") && now.contains("mars 2009"), now);
    timing("co-writing across the nodes in %.1f s", (System.nanoTime() - started) / 1e9);
  }

  /**
   * Notifications queued on both nodes at the same moment: each commit wakes its own node's relay,
   * so both relays drain the one outbox together. Then mail due at the next full minute, when the
   * relay's timer fires on both nodes at the same second. Every row of the outbox reaches the SMTP
   * server exactly once.
   */
  @Test
  @Order(2)
  void mailIsSentOnceWhateverTheNodesThatQueueOrRelayIt() throws Exception {
    long started = System.nanoTime();
    int meetingsPerNode = 3;
    long before = count("SELECT COUNT(*) FROM mail_outbox");
    WebClient onA = session();
    assertEquals(302, onA.on(a).login("manselme", Demo.PASSWORD).statusCode());
    WebClient onB = session();
    assertEquals(302, onB.on(b).login("manselme", Demo.PASSWORD).statusCode());
    ExecutorService pool = Executors.newFixedThreadPool(2);
    List<Future<Integer>> planned = new ArrayList<>();
    try {
      for (ClusterNode node : new ClusterNode[] {a, b}) {
        WebClient person = node == a ? onA : onB;
        planned.add(
            pool.submit(
                () -> {
                  int told = 0;
                  for (int i = 0; i < meetingsPerNode; i++) {
                    told += invitedOthers(person, node);
                    scheduleMeeting(person, node, "Point mail " + node.name + " " + i, "Ordre");
                  }
                  return told;
                }));
      }
      int expected = 0;
      for (Future<Integer> f : planned) {
        expected += f.get(REQUEST_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
      }
      assertTrue(expected > 0, "the meetings invite someone");
      assertEquals(
          expected,
          count("SELECT COUNT(*) FROM mail_outbox") - before,
          "one email queued per invitee other than the planner");
    } finally {
      pool.shutdownNow();
    }

    long rows = count("SELECT COUNT(*) FROM mail_outbox");
    long deadline = System.nanoTime() + Duration.ofSeconds(150).toNanos();
    while (count("SELECT COUNT(*) FROM mail_outbox WHERE status <> 'SENT'") > 0
        || smtp.getReceivedMessages().length < rows) {
      assertTrue(System.nanoTime() < deadline, "the outbox did not empty: " + outbox());
      // GreenMail's own bounded wait for the next message is the poll.
      smtp.waitForIncomingEmail(1_000, smtp.getReceivedMessages().length + 1);
    }
    Map<String, Integer> copies = new HashMap<>();
    for (MimeMessage message : smtp.getReceivedMessages()) {
      copies.merge(message.getHeader("X-Cohesion-Outbox-Id", null), 1, Integer::sum);
    }
    List<String> ids = new ArrayList<>();
    try (Connection c = connect();
        ResultSet r = c.createStatement().executeQuery("SELECT id FROM mail_outbox ORDER BY id")) {
      while (r.next()) {
        ids.add(Long.toString(r.getLong(1)));
      }
    }
    Map<String, Integer> once = new LinkedHashMap<>();
    ids.forEach(id -> once.put(id, 1));
    assertEquals(once, new java.util.TreeMap<>(copies).equals(once) ? once : copies);
    assertEquals(rows, smtp.getReceivedMessages().length, "one message per row of the outbox");
    // The timers' mail left at or after the full minute: neither node sent it early.
    try (Connection c = connect();
        PreparedStatement early =
            c.prepareStatement(
                "SELECT COUNT(*) FROM mail_outbox WHERE subject LIKE ? AND sent_at < ?")) {
      early.setString(1, "Minute " + timerToken + "%");
      early.setTimestamp(2, Timestamp.from(timerTick));
      try (ResultSet r = early.executeQuery()) {
        r.next();
        assertEquals(0, r.getLong(1), "timer mail sent before its minute");
      }
    }
    timing(
        "mail: %d emails, each once, in %.1f s (the full minute included)",
        rows, (System.nanoTime() - started) / 1e9);
  }

  /**
   * Issue 12: a thing saved on one node is found on the other within 2 s. In the Lucene mode each
   * node applies the outbox to its own index (one pass a second); under the opensearch profile the
   * nodes share one OpenSearch and one of them applies it (docs/search.md). The time runs from the
   * save's answer (committed) to the first search on the other node that finds it.
   */
  @Test
  @Order(3)
  void searchReachesTheOtherNode() throws Exception {
    String unique = "repere" + Long.toString(System.nanoTime(), 36);
    WebClient planner = session();
    assertEquals(302, planner.on(a).login("manselme", Demo.PASSWORD).statusCode());
    WebClient reader = session();
    assertEquals(302, reader.on(b).login("rcelestine", Demo.PASSWORD).statusCode());
    String suggest = "api/search/suggest?q=" + unique;
    assertFalse(reader.on(b).get(suggest).body().contains(unique), "not found before it exists");
    scheduleMeeting(planner, a, "Atelier " + unique, "Ordre du jour");
    long saved = System.nanoTime();
    Duration bound = Duration.ofSeconds(30);
    double seconds = -1;
    while (System.nanoTime() - saved < bound.toNanos()) {
      if (reader.on(b).get(suggest).body().contains(unique)) {
        seconds = (System.nanoTime() - saved) / 1e9;
        break;
      }
      Thread.sleep(50); // the polling interval of a bounded wait on the condition
    }
    assertTrue(seconds >= 0, "node-b never found what node-a saved, within " + bound);
    timing(
        "search (%s): saved on node-a, found on node-b after %.2f s",
        System.getProperty("cohesion.test.search.url") == null ? "lucene" : "opensearch", seconds);
    assertTrue(seconds <= 2.0, "found on the other node after " + seconds + " s (at most 2 s)");
  }

  /**
   * Issue 10: the message of a request that redirects is kept in the replicated session, not in
   * Faces' flash cookie (whose key was each node's own): posted on one node, it shows on the other,
   * once. Both nodes are up, before the kills.
   */
  @Test
  @Order(4)
  void aMessageAfterARedirectShowsOnTheOtherNode() throws Exception {
    WebClient planner = session();
    assertEquals(302, planner.on(a).login("manselme", Demo.PASSWORD).statusCode());
    // An Ajax save on node-a answers a redirect to the meeting's page, which node-b serves.
    long meeting = scheduleMeeting(planner, a, "Point messages", "Ordre du jour");
    String page = "meetings/meeting.xhtml?id=" + meeting;
    assertEquals(1, shown(planner.on(b).open(page), "Réunion planifiée"), "on node-b");
    assertEquals(0, shown(planner.on(a).open(page), "Réunion planifiée"), "shown once");

    // Signing out on node-b ends the session (a full-page POST, then a redirect): its message
    // travels in the new session to the sign-in page on node-a.
    Page home = planner.on(b).open("index.xhtml");
    Map<String, String> fields = home.fields("header");
    fields.put("header:logout", "header:logout");
    HttpResponse<String> out = planner.on(b).postRaw(home.action("header"), fields);
    assertEquals(302, out.statusCode(), out.body());
    assertEquals(1, shown(planner.on(a).open("login.xhtml"), "déconnecté"), "on node-a");
    assertEquals(0, shown(planner.on(b).open("login.xhtml"), "déconnecté"), "shown once");
  }

  @Test
  @Order(5)
  void aFormOpenedOnAKilledNodeIsSavedOnTheOtherInTheSameSession() throws Exception {
    List<String> lost = new ArrayList<>();
    for (int trial = 1; trial <= TRIALS; trial++) {
      ClusterNode victim = trial % 2 == 1 ? a : b;
      ClusterNode survivor = victim == a ? b : a;
      long started = System.nanoTime();
      WebClient session = session();
      assertEquals(
          302,
          session.on(victim).login("jvalcin", Demo.PASSWORD).statusCode(),
          "sign-in on " + victim.name);
      Page form = session.on(victim).open(MANAGE_PAGE);
      assertTrue(form.document().getElementById("manage:description-edit") != null, "the editor");

      victim.kill();
      long killed = System.nanoTime();
      String text = "Cluster trial " + trial + " " + UUID.randomUUID();
      Partial saved =
          session
              .on(survivor)
              .ajax(
                  form,
                  "manage",
                  "manage:save-description",
                  "manage:description-edit manage:save-description",
                  "manage",
                  Map.of("manage:description-edit", text));
      long failover = (System.nanoTime() - killed) / 1_000_000;
      boolean ok = saved.ok() && saved.raw().contains(text);
      // Read back on the survivor, in the same session: the saved text, from the database.
      ok = ok && session.on(survivor).get(GROUP_PAGE).body().contains(text);
      if (!ok) {
        lost.add("trial " + trial + " (" + victim.name + " killed): " + saved.raw());
      }
      double restart = 0;
      double restartCpu = 0;
      if (trial < TRIALS) {
        // The survivor must have seen the death before the victim comes back under the same
        // address.
        survivor.awaitMembers(1);
        victim.start();
        victim.awaitReady();
        victim.awaitMembers(2);
        survivor.awaitMembers(2);
        restart = victim.sinceStart();
        restartCpu = victim.cpuAtReady();
      }
      timing(
          "trial %d: %s killed, post on %s %s after %d ms; restart %.1f s (%.1f CPU s to ready);"
              + " trial %.1f s",
          trial,
          victim.name,
          survivor.name,
          ok ? "saved" : "LOST",
          failover,
          restart,
          restartCpu,
          (System.nanoTime() - started) / 1e9);
    }
    assertEquals(List.of(), lost, "lost sessions in " + TRIALS + " trials");
  }

  /** How many of the page's global messages contain this text. */
  private static int shown(Page page, String text) {
    return (int)
        page.document().select("#messages li").stream()
            .filter(li -> li.text().contains(text))
            .count();
  }

  private static WebClient session() {
    return new WebClient(HTTP, REQUEST_TIMEOUT, a);
  }

  /** Schedules a meeting of the group through its form; answers the meeting's id. */
  private static long scheduleMeeting(
      WebClient person, ClusterNode node, String title, String... items) throws Exception {
    Page form = person.on(node).open("meetings/edit.xhtml?group=" + groupId());
    for (int i = 1; i < items.length; i++) {
      Partial added =
          person
              .on(node)
              .ajax(
                  form,
                  "meeting-form",
                  "meeting-form:add-item",
                  "meeting-form:agenda",
                  "meeting-form:agenda",
                  Map.of());
      assertTrue(added.ok(), added.raw());
    }
    Map<String, String> values = new LinkedHashMap<>();
    values.put("meeting-form:title", title);
    List<String> itemFields =
        form.document().select("input[name$=\":item-title\"]").eachAttr("name");
    assertEquals(items.length, itemFields.size(), "agenda rows");
    for (int i = 0; i < items.length; i++) {
      values.put(itemFields.get(i), items[i]);
    }
    Partial saved =
        person
            .on(node)
            .ajax(
                form, "meeting-form", "meeting-form:save", "meeting-form", "meeting-form", values);
    assertTrue(saved.redirect() != null, "a meeting saved opens its page: " + saved.raw());
    Matcher id = ID.matcher(saved.redirect());
    assertTrue(id.find(), saved.redirect());
    return Long.parseLong(id.group(1));
  }

  /**
   * How many people other than the planner a new meeting of the group invites: the form's "invite
   * everyone who may be" is on by default, and everyone who may be is the group's members.
   */
  private static int invitedOthers(WebClient person, ClusterNode node) throws Exception {
    Page form = person.on(node).open("meetings/edit.xhtml?group=" + groupId());
    assertEquals(
        1,
        form.document().select("input[name=\"meeting-form:invite-all_input\"][checked]").size(),
        "everyone who may be is invited by default");
    return (int) count("SELECT COUNT(*) FROM membership WHERE group_id = " + groupId()) - 1;
  }

  /** The meeting page's "write the minutes" button; answers the editor's path. */
  private static String startMinutes(WebClient person, ClusterNode node, long meeting)
      throws Exception {
    Page page = person.on(node).open("meetings/meeting.xhtml?id=" + meeting);
    Element button = page.document().selectFirst("button[id$=\":write-minutes\"]");
    assertTrue(button != null, "the write-minutes button");
    Element form = button.closest("form");
    Map<String, String> fields = page.fields(form.id());
    fields.put(button.attr("name"), "");
    HttpResponse<String> response = person.on(node).postRaw(page.action(form.id()), fields);
    assertEquals(302, response.statusCode(), response.body());
    String location = response.headers().firstValue("Location").orElseThrow();
    Matcher id = ID.matcher(location);
    assertTrue(id.find() && location.contains("minutes/edit.xhtml"), location);
    return "minutes/edit.xhtml?id=" + id.group(1);
  }

  /** Types this paragraph as the whole text of the n-th section (none: -1), then saves. */
  private static void save(
      WebClient person, ClusterNode node, Page editor, int section, String text) throws Exception {
    Map<String, String> values = new LinkedHashMap<>();
    if (section >= 0) {
      values.put(editorField(editor, section), "<p>" + text + "</p>");
    }
    Partial saved =
        person.on(node).ajax(editor, "minutes", "minutes:save", "minutes", "minutes", values);
    assertTrue(saved.ok(), saved.raw());
  }

  private static String editorField(Page editor, int section) {
    List<String> names =
        editor
            .document()
            .select("section.minutes-section input[type=hidden][name$=_input]")
            .eachAttr("name");
    assertTrue(section < names.size(), "section " + section + " of " + names);
    return names.get(section);
  }

  private static String editorValue(Page editor, int section) {
    return editor
        .document()
        .select("section.minutes-section input[type=hidden][name$=_input]")
        .get(section)
        .val();
  }

  private static long groupId() throws SQLException {
    try (Connection c = connect();
        PreparedStatement q = c.prepareStatement("SELECT id FROM working_group WHERE slug = ?")) {
      q.setString(1, GROUP);
      try (ResultSet r = q.executeQuery()) {
        assertTrue(r.next(), "the demo group " + GROUP);
        return r.getLong(1);
      }
    }
  }

  private static long count(String sql) throws SQLException {
    try (Connection c = connect();
        ResultSet r = c.createStatement().executeQuery(sql)) {
      r.next();
      return r.getLong(1);
    }
  }

  private static String outbox() throws SQLException {
    StringBuilder s = new StringBuilder();
    try (Connection c = connect();
        ResultSet r =
            c.createStatement()
                .executeQuery(
                    "SELECT id, status, attempts, next_attempt_at, last_error FROM mail_outbox"
                        + " WHERE status <> 'SENT'")) {
      while (r.next()) {
        s.append(r.getLong(1))
            .append(' ')
            .append(r.getString(2))
            .append(' ')
            .append(r.getInt(3))
            .append(' ')
            .append(r.getTimestamp(4))
            .append(' ')
            .append(r.getString(5))
            .append('\n');
      }
    }
    return s.toString();
  }

  /** The schema's owner: the test reads and seeds the outbox as a fixture, never as the app. */
  private static Connection connect() throws SQLException {
    return DriverManager.getConnection(db.jdbcUrl(), EmbeddedMariaDb.OWNER, db.ownerPassword());
  }

  private static void timing(String format, Object... args) throws IOException {
    String line = String.format(format, args) + System.lineSeparator();
    System.out.print("[cluster-it] " + line);
    Files.writeString(
        dir.resolve("timings.log"), line, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
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
