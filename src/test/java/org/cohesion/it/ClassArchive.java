package org.cohesion.it;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A class-data sharing archive (AppCDS) for the JVMs a test starts again and again with the same
 * java and the same {@code -jar}: a cluster node, the bundle. As the launcher does for production
 * (src/main/java/org/cohesion/launcher/JvmOptions.java), but written at once rather than at a clean
 * stop, which a test's nodes seldom reach before their next start (they are killed): the first
 * start records what it loads ({@code -XX:+RecordDynamicDumpInfo}) and, once ready, has {@code jcmd
 * VM.cds dynamic_dump} write the archive; every later start maps it ({@code -XX:SharedArchiveFile})
 * instead of parsing and verifying those classes again (docs/architecture.md, "Tests", for the
 * figures). A JVM that cannot map it (another classpath, another JDK) says so and runs without it:
 * the archive changes the cost of a start, never what the test sees.
 */
public final class ClassArchive {
  static final String RECORD = "-XX:+RecordDynamicDumpInfo";

  private final Path file;

  /** An archive at {@code file}; a run of the suite starts without one (target/ is cleaned). */
  public ClassArchive(Path file) {
    this.file = file;
  }

  /** The option of the next start: map the archive, or record for it while it is not written. */
  synchronized String option() {
    return Files.isRegularFile(file) ? "-XX:SharedArchiveFile=" + file : RECORD;
  }

  /**
   * Has the JVM {@code pid}, started with {@link #RECORD}, write the archive (the JVM logs the dump
   * in its own log, {@code name}). Written beside, then moved into place, so that no start maps
   * half of one. A failed dump leaves no archive, says so, and the next start records again.
   */
  synchronized void writeFrom(long pid, String name) {
    if (Files.isRegularFile(file)) {
      return;
    }
    Path part = file.resolveSibling(file.getFileName() + "." + pid + ".part");
    try {
      Process jcmd =
          new ProcessBuilder(
                  List.of(
                      Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                      Long.toString(pid),
                      "VM.cds",
                      "dynamic_dump",
                      part.toString()))
              .redirectErrorStream(true)
              .start();
      long started = System.nanoTime();
      String output = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      boolean done = jcmd.waitFor(5, TimeUnit.MINUTES);
      if (done && jcmd.exitValue() == 0 && Files.isRegularFile(part) && Files.size(part) > 0) {
        Files.move(part, file, StandardCopyOption.ATOMIC_MOVE);
        System.out.printf(
            "[jvm-it] %s wrote the class archive %s (%d MB) in %.1f s%n",
            name, file, Files.size(file) >> 20, (System.nanoTime() - started) / 1e9);
      } else {
        Files.deleteIfExists(part);
        System.out.println("[jvm-it] no class archive from " + name + ": " + output.trim());
      }
    } catch (IOException e) {
      System.out.println("[jvm-it] no class archive from " + name + ": " + e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
