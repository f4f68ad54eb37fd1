package org.cohesion.it.server;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import org.cohesion.tools.infrastructure.Clamd;

/**
 * Debian's clamd for the tests: its own configuration in a folder under {@code target/}, TCP on a
 * free port, and a one-signature database that knows the EICAR test file (no freshclam: nothing can
 * be downloaded here, and a test must not depend on the day's signatures). Started by the unit
 * test, or once for the integration suite (then stopped and started again by {@code VirusScanIT}
 * from inside Payara, so it is known by the pid file in its folder, not by a {@link Process} object
 * of one JVM).
 */
public final class ClamdProcess {

  public static final Path CLAMD = Path.of("/usr/sbin/clamd");

  private ClamdProcess() {}

  /** The 68 bytes of the EICAR anti-virus test file, put together here rather than stored. */
  public static byte[] eicar() {
    String s = "X5O!P%@AP[4\\PZX54(P^)7CC)7}$" + "EICAR-STANDARD-ANTIVIRUS-TEST-FILE!" + "$H+H*";
    return s.getBytes(StandardCharsets.US_ASCII);
  }

  public static boolean installed() {
    return Files.isExecutable(CLAMD);
  }

  /** Writes a configuration in {@code dir} for a free port, starts clamd, answers the port. */
  public static int start(Path dir) throws IOException, InterruptedException {
    Path db = Files.createDirectories(dir.resolve("db"));
    // A body signature (ndb): any content holding the EICAR marker is "Cohesion.Test.EICAR".
    Files.writeString(
        db.resolve("cohesion-test.ndb"),
        "Cohesion.Test.EICAR:0:*:"
            + HexFormat.of()
                .formatHex("EICAR-STANDARD-ANTIVIRUS-TEST-FILE".getBytes(StandardCharsets.US_ASCII))
            + "\n");
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    Files.writeString(
        dir.resolve("clamd.conf"),
        String.join(
            "\n",
            "Foreground yes",
            "TCPSocket " + port,
            "TCPAddr 127.0.0.1",
            "DatabaseDirectory " + db.toAbsolutePath(),
            "LogFile " + dir.resolve("clamd.log").toAbsolutePath(),
            "PidFile " + dir.resolve("clamd.pid").toAbsolutePath(),
            "TemporaryDirectory " + Files.createDirectories(dir.resolve("tmp")).toAbsolutePath(),
            "StreamMaxLength 25M",
            ""));
    Files.writeString(dir.resolve("port"), Integer.toString(port));
    restart(dir);
    return port;
  }

  /** Starts clamd again with the configuration {@link #start} wrote in {@code dir}. */
  public static void restart(Path dir) throws IOException, InterruptedException {
    int port = port(dir);
    Process p =
        new ProcessBuilder(
                CLAMD.toString(), "--config-file=" + dir.resolve("clamd.conf").toAbsolutePath())
            .redirectErrorStream(true)
            .redirectOutput(
                java.lang.ProcessBuilder.Redirect.appendTo(dir.resolve("clamd.out").toFile()))
            .start();
    Files.writeString(dir.resolve("clamd.java-pid"), Long.toString(p.pid()));
    Clamd client = new Clamd("127.0.0.1", port, 2000);
    Instant until = Instant.now().plus(Duration.ofSeconds(60));
    while (!client.ping()) {
      if (!p.isAlive() || Instant.now().isAfter(until)) {
        p.destroy();
        throw new IOException("clamd did not start: " + Files.readString(dir.resolve("clamd.out")));
      }
      // Polls the condition (clamd answers PING), not a fixed wait.
      Thread.sleep(50);
    }
  }

  /** Stops the clamd started from {@code dir} (by its process id) and waits until it is gone. */
  public static void stop(Path dir) throws IOException {
    Path pid = dir.resolve("clamd.java-pid");
    if (!Files.exists(pid)) {
      return;
    }
    ProcessHandle.of(Long.parseLong(Files.readString(pid).strip()))
        .ifPresent(
            h -> {
              h.destroy();
              h.onExit().join();
            });
    Files.delete(pid);
  }

  public static int port(Path dir) throws IOException {
    return Integer.parseInt(Files.readString(dir.resolve("port")).strip());
  }
}
