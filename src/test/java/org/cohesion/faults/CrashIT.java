package org.cohesion.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cohesion.it.Databases;
import org.cohesion.it.Demo;
import org.cohesion.it.WebClient;
import org.cohesion.launcher.EmbeddedMariaDb;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * The JVM killed with SIGKILL while a write is in flight: an import's commit, a minutes save. The
 * bundle runs with its embedded MariaDB, as README's command does, so the kill leaves that server
 * behind as an orphan holding the data folder; the next start must stop it through its pid file and
 * come up by itself, and the write must be wholly absent, never half there.
 *
 * <p>To kill at a known point rather than by luck or after a delay, the test adds a trigger of its
 * own to its own database, fired by the write's last statement (the import's batch row, the
 * minutes' new revision): it takes a user-level lock that the test sees at once, then waits for a
 * second lock (the gate) that the test holds until the kill. The kill then falls when everything is
 * written and nothing can be committed, whatever the machine's speed. The triggers are dropped
 * after the restart.
 */
// Beside the one-Payara suite (its processes are its own), but never beside TwoNodeClusterIT or
// DatabaseRestartIT, which also restart JVMs: two of them at once would starve each other on two
// cores. Holding the lock, its methods run one after the other.
@Execution(ExecutionMode.CONCURRENT)
@ResourceLock("cohesion-own-jvms")
class CrashIT {
  private static final Pattern FILE_INPUT =
      Pattern.compile("<input[^>]*type=\"file\"[^>]*name=\"(import:file[^\"]*)\"");
  private static final Duration TIMEOUT = Duration.ofMinutes(2);

  /**
   * The gate: a user-level lock the test takes before the write and keeps until the kill. The
   * test's trigger waits for it, so the application's transaction cannot reach its commit while the
   * test holds it. User-level locks are not transactional: the trigger's first lock, taken on
   * entry, is visible to the test at once, and tells it that the write is in the trigger.
   */
  private static final String GATE = "faults_gate";

  private static final String INSIDE = "faults_inside";

  /** The trigger's wait for the gate, in seconds: only a bound, should the test die holding it. */
  private static final int GATE_WAIT_SECONDS = 300;

  private static Path dir;
  private static Path data;
  private static String monitor;
  private static Bundle bundle;

  @BeforeAll
  static void start() throws Exception {
    dir = Faults.freshDir("crash");
    data = dir.resolve("db");
    // The data folder is made first by the test, as the launcher would, to add the monitoring
    // account; the bundle then starts on it and keeps it.
    EmbeddedMariaDb first = Databases.start(data);
    try {
      monitor = Faults.createMonitor(first);
    } finally {
      first.stop();
    }
    bundle = new Bundle("crash", dir, Map.of("COHESION_DATA_DIR", data.toString()));
    long ready = bundle.start();
    System.out.printf(
        "[faults-it] bundle with its embedded MariaDB ready in %d ms (%.1f CPU s)%n",
        ready, bundle.cpuAtReady());
  }

  @AfterAll
  static void stop() {
    if (bundle != null) {
      bundle.stop();
    }
  }

  @Test
  void aKillDuringAnImportCommitLeavesNoValueOfIt() throws Exception {
    WebClient lead = new WebClient(Bundle.HTTP, TIMEOUT, bundle);
    assertEquals(302, lead.login("flarcher", Demo.PASSWORD).statusCode());
    HttpResponse<String> page = lead.get("observation/import.xhtml");
    assertEquals(200, page.statusCode(), "the import page");

    String csv;
    int values;
    try (Connection c = db()) {
      // Years before 2000, which the demo data has none of: every value is new.
      assertEquals(0, Faults.longValue(c, "SELECT COUNT(*) FROM observation WHERE year < 2000"));
      List<List<Object>> territories =
          Faults.rows(c, "SELECT code FROM territory ORDER BY id LIMIT 20");
      List<List<Object>> indicators =
          Faults.rows(c, "SELECT code FROM indicator ORDER BY id LIMIT 6");
      StringBuilder file = new StringBuilder("territoire;indicateur;periode;valeur\n");
      int n = 0;
      for (List<Object> territory : territories) {
        for (List<Object> indicator : indicators) {
          for (int year = 1980; year < 2000; year++) {
            for (int quarter = 0; quarter <= 4; quarter++) {
              file.append(territory.get(0))
                  .append(';')
                  .append(indicator.get(0))
                  .append(';')
                  .append(year)
                  .append(quarter == 0 ? "" : "-T" + quarter)
                  .append(';')
                  .append(++n % 100) // within 0-100: some indicators are percentages
                  .append('\n');
            }
          }
        }
      }
      csv = file.toString();
      values = n;
    }

    Matcher input = FILE_INPUT.matcher(page.body());
    assertTrue(input.find(), "the file input of the import form");
    // PrimeFaces' advanced upload posts the file under the component's id, not the input's name.
    String part = input.group(1).replace("_input", "");
    Map<String, String> upload = new LinkedHashMap<>();
    upload.put("import", "import");
    upload.put("jakarta.faces.source", "import:file");
    upload.put("jakarta.faces.partial.execute", "import:file");
    upload.put("jakarta.faces.partial.render", "import");
    // PrimeFaces' script sends how many files the upload holds; FileUpload reads it.
    upload.put(part + "_totalFilesCount", "1");
    HttpResponse<String> staged =
        lead.upload(
            "observation/import.xhtml",
            page.body(),
            upload,
            part,
            "faults.csv",
            csv.getBytes(StandardCharsets.UTF_8));
    assertTrue(
        staged.body().contains("import:commit"), "a valid file, ready to commit: " + staged.body());
    String form = WebClient.afterPartial(page.body(), staged.body());
    long batch;
    try (Connection c = db()) {
      batch = Faults.longValue(c, "SELECT MAX(id) FROM import_batch WHERE status = 'STAGED'");
      // The batch row is written last, when the transaction commits: after every value.
      hold(c, "faults_hold_import", "AFTER UPDATE ON import_batch");
    }
    Connection gate = closeGate();

    Map<String, String> commit = new LinkedHashMap<>();
    commit.put("import", "import");
    commit.put("jakarta.faces.source", "import:commit");
    commit.put("jakarta.faces.partial.execute", "import:commit import:source");
    commit.put("jakarta.faces.partial.render", "import");
    commit.put("import:commit", "import:commit");
    commit.put("import:source", "Faults test");
    CompletableFuture<HttpResponse<String>> inFlight = send(lead, form, commit);
    long written = awaitHeldTransaction(gate, inFlight);
    System.out.printf(
        "[faults-it] import of %d values: killed with %d rows written, uncommitted%n",
        values, written);
    assertTrue(written > values, "every value and the batch row written before the kill");
    crashAndRestart(gate, inFlight);

    try (Connection c = db()) {
      assertEquals(
          0,
          Faults.longValue(c, "SELECT COUNT(*) FROM observation WHERE year < 2000"),
          "values of the killed import");
      assertEquals(
          List.of(List.of("STAGED", 0)),
          Faults.rows(c, "SELECT status, rows_added FROM import_batch WHERE id = ?", batch),
          "the batch is still only staged");
    }
  }

  @Test
  void aKillDuringAMinutesSaveLeavesTheLastAcknowledgedRevision() throws Exception {
    WebClient author = new WebClient(Bundle.HTTP, TIMEOUT, bundle);
    assertEquals(302, author.login("manselme", Demo.PASSWORD).statusCode());
    long minutes;
    try (Connection c = db()) {
      minutes = Faults.draftMinutes(c);
    }
    String path = "minutes/edit.xhtml?id=" + minutes;
    HttpResponse<String> page = author.get(path);
    assertEquals(200, page.statusCode(), "the minutes editor");

    String kept = "Kept-" + System.nanoTime();
    HttpResponse<String> first =
        author.ajax(path, page.body(), Faults.saveFields(page.body(), "<p>" + kept + "</p>", "a"));
    assertTrue(Faults.saved(first.statusCode(), first.body()), "a first save: " + first.body());
    String form = WebClient.afterPartial(page.body(), first.body());
    long revisions;
    long head;
    try (Connection c = db()) {
      revisions =
          Faults.longValue(
              c, "SELECT COUNT(*) FROM minutes_revision WHERE minutes_id = ?", minutes);
      head = Faults.longValue(c, "SELECT head_revision_id FROM minutes WHERE id = ?", minutes);
      hold(c, "faults_hold_minutes", "AFTER INSERT ON minutes_revision");
    }
    Connection gate = closeGate();

    String lost = "Lost-" + System.nanoTime();
    CompletableFuture<HttpResponse<String>> inFlight =
        send(author, path, form, Faults.saveFields(form, "<p>" + lost + "</p>", "b"));
    long written = awaitHeldTransaction(gate, inFlight);
    System.out.printf(
        "[faults-it] minutes save: killed with %d rows written, uncommitted%n", written);
    assertTrue(written >= 1, "the new revision written before the kill");
    crashAndRestart(gate, inFlight);

    try (Connection c = db()) {
      assertEquals(
          revisions,
          Faults.longValue(
              c, "SELECT COUNT(*) FROM minutes_revision WHERE minutes_id = ?", minutes),
          "no revision of the killed save");
      assertEquals(
          head,
          Faults.longValue(c, "SELECT head_revision_id FROM minutes WHERE id = ?", minutes),
          "the head is the last acknowledged revision");
      assertEquals(
          1,
          Faults.longValue(
              c,
              "SELECT COUNT(*) FROM minutes_revision WHERE id = ? AND content LIKE ?",
              head,
              "%" + kept + "%"),
          "the acknowledged text is the head's");
      assertEquals(
          0,
          Faults.longValue(
              c, "SELECT COUNT(*) FROM minutes_revision WHERE content LIKE ?", "%" + lost + "%"),
          "the killed save's text");
    }
    // And the editor works again on the restarted bundle.
    WebClient again = new WebClient(Bundle.HTTP, TIMEOUT, bundle);
    assertEquals(302, again.login("manselme", Demo.PASSWORD).statusCode());
    HttpResponse<String> reopened = again.get(path);
    assertEquals(200, reopened.statusCode());
    assertTrue(reopened.body().contains(kept), "the editor shows the acknowledged text");
  }

  private static CompletableFuture<HttpResponse<String>> send(
      WebClient session, String form, Map<String, String> fields) {
    return send(session, "observation/import.xhtml", form, fields);
  }

  private static CompletableFuture<HttpResponse<String>> send(
      WebClient session, String path, String form, Map<String, String> fields) {
    return CompletableFuture.supplyAsync(
        () -> {
          try {
            return session.ajax(path, form, fields);
          } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
          }
        });
  }

  /**
   * A trigger of the test's own, fired by the write's last statement: it takes the INSIDE lock,
   * then waits for the gate, which the test holds until the kill. The transaction has then written
   * everything and cannot commit.
   */
  private static void hold(Connection c, String name, String event) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute("DROP TRIGGER IF EXISTS " + name);
      s.execute(
          "CREATE TRIGGER "
              + name
              + " "
              + event
              + " FOR EACH ROW DO GET_LOCK('"
              + INSIDE
              + "', 0), GET_LOCK('"
              + GATE
              + "', "
              + GATE_WAIT_SECONDS
              + ")");
    }
  }

  /** A connection holding the gate: keep it open until the kill. */
  private static Connection closeGate() throws SQLException {
    Connection gate = db();
    assertEquals(
        1L,
        Faults.longValue(gate, "SELECT GET_LOCK('" + GATE + "', 0)"),
        "the test takes the gate");
    return gate;
  }

  /**
   * Waits until the application's transaction is inside the test's trigger (it holds the INSIDE
   * lock); answers the rows it has written, from InnoDB's list of open transactions.
   */
  private static long awaitHeldTransaction(
      Connection gate, CompletableFuture<HttpResponse<String>> inFlight) throws Exception {
    long[] thread = new long[1];
    boolean inside =
        Faults.await(
            TIMEOUT.toMillis(),
            () -> {
              assertFalse(
                  inFlight.isDone(), "the write ended before the kill: " + result(inFlight));
              try {
                thread[0] =
                    Faults.longValue(gate, "SELECT COALESCE(IS_USED_LOCK('" + INSIDE + "'), 0)");
                return thread[0] != 0;
              } catch (SQLException e) {
                throw new IllegalStateException(e);
              }
            });
    assertTrue(inside, "the write's transaction, held in the trigger before its commit");
    return Faults.longValue(
        gate,
        "SELECT trx_rows_modified FROM information_schema.innodb_trx"
            + " WHERE trx_mysql_thread_id = ?",
        thread[0]);
  }

  private static String result(CompletableFuture<HttpResponse<String>> inFlight) {
    try {
      HttpResponse<String> r = inFlight.getNow(null);
      return r == null ? "none" : r.statusCode() + " " + r.body();
    } catch (RuntimeException e) {
      return e.toString();
    }
  }

  /**
   * SIGKILL, then the next start on the same data folder: it must stop the orphaned MariaDB and
   * come up by itself. The write in flight was never acknowledged.
   */
  private static void crashAndRestart(
      Connection gate, CompletableFuture<HttpResponse<String>> inFlight) throws Exception {
    bundle.kill();
    // The killed JVM can send no commit: the gate has done its work.
    try {
      gate.close();
    } catch (SQLException e) {
      System.out.println("[faults-it] the gate's connection: " + e);
    }
    Optional<ProcessHandle> orphan = orphan();
    System.out.println(
        "[faults-it] killed; embedded MariaDB left behind: "
            + orphan.map(p -> "yes, pid " + p.pid()).orElse("no"));
    assertTrue(inFlight.handle((r, e) -> r == null).get(), "the write in flight got no answer");
    long ready = bundle.start();
    System.out.printf(
        "[faults-it] next start ready by itself in %d ms (%.1f CPU s)%n",
        ready, bundle.cpuAtReady());
    if (orphan.isPresent()) {
      assertFalse(orphan.get().isAlive(), "the orphan was stopped");
      assertTrue(
          bundle.log().contains("that a previous run left behind"),
          "the log says the orphan was stopped; see " + bundle.logFile());
    }
    try (Connection c = db();
        Statement s = c.createStatement()) {
      s.execute("DROP TRIGGER IF EXISTS faults_hold_import");
      s.execute("DROP TRIGGER IF EXISTS faults_hold_minutes");
    }
  }

  private static Optional<ProcessHandle> orphan() throws IOException {
    Path pidFile = data.resolve("mariadbd.pid");
    if (!Files.exists(pidFile)) {
      return Optional.empty();
    }
    return ProcessHandle.of(Long.parseLong(Files.readString(pidFile).trim()))
        .filter(ProcessHandle::isAlive);
  }

  private static Connection db() throws SQLException {
    return Faults.connect(bundle.embeddedDatabasePort(), monitor);
  }
}
