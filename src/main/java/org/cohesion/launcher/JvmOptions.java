package org.cohesion.launcher;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The JVM options the launcher adds when it starts Cohésion in a JVM of its own: a heap limit,
 * unless the command line already chose one, memory settings measured to keep the resident set
 * small, and a class-data sharing archive.
 *
 * <p>Without a limit the JVM may grow its heap to a quarter of the machine's memory and, after some
 * load, keeps it (1.5 GB of RSS was measured after the page benchmark on a 24 GB machine). Options
 * cannot be set from inside a running JVM, so the launcher starts a second one with them; {@code
 * java -Xmx1g -jar cohesion.jar} (or the same in JDK_JAVA_OPTIONS or JAVA_TOOL_OPTIONS) keeps its
 * own choice and runs in the first JVM, without any of these defaults.
 *
 * <p>The archive (AppCDS, docs/performance.md): the first start in a second JVM writes the classes
 * it loaded into it when it stops ({@code -XX:ArchiveClassesAtExit}, JDK 13 and later, so also on
 * 17); the next starts map them ({@code -XX:SharedArchiveFile}) instead of parsing and verifying
 * them again: about 30 % less CPU to readiness, measured. The first JVM moves the archive into
 * place only after a clean stop, so a crashed or concurrent start never leaves a half-written one.
 */
final class JvmOptions {
  /**
   * The heap given when none was chosen (docs/operations.md, "Memory"): the live set after a full
   * collection was 123 MB under the page benchmark, so this leaves 2.6 times that. After the
   * benchmark the RSS was 882 MiB with 512 MB (the heap stayed committed in full) and 587 MiB with
   * 320 MB, at the same throughput (docs/performance.md).
   */
  static final String DEFAULT_HEAP = "-Xmx320m";

  /**
   * Added after the command line's own options, each unless that one names the same option
   * (docs/performance.md, "Memory", for the figures behind them).
   */
  static final List<String> DEFAULT_MEMORY =
      List.of(
          // Compiled code of Payara and the war stays well under this; the default reserves 240 MB.
          "-XX:ReservedCodeCacheSize=128m",
          // One thread per core for the JIT (the default takes more on larger machines).
          "-XX:CICompilerCount=2",
          // After the page benchmark the heap stayed committed in full (502 of 512 MB, Native
          // Memory Tracking, with the former 512 MB default): once idle for a minute, G1 collects
          // and gives back what is free beyond 30 % of the heap in use, instead of keeping up to
          // 70 % free.
          "-XX:G1PeriodicGCInterval=60000",
          "-XX:MaxHeapFreeRatio=30",
          "-XX:MinHeapFreeRatio=10");

  /**
   * glibc gives each thread that allocates its own 64 MB malloc arena, up to 8 per core: with
   * Payara's hundred threads that is resident memory no heap option limits.
   */
  static final Map<String, String> DEFAULT_ENVIRONMENT = Map.of("MALLOC_ARENA_MAX", "2");

  private JvmOptions() {}

  /** Whether these JVM arguments (as the running JVM reports them) leave the heap size open. */
  static boolean heapUnset(List<String> jvmArguments) {
    return jvmArguments.stream()
        .noneMatch(
            a ->
                a.startsWith("-Xmx")
                    || a.startsWith("-XX:MaxHeapSize=")
                    || a.startsWith("-XX:MaxRAMPercentage=")
                    || a.startsWith("-XX:MaxRAMFraction=")
                    || a.startsWith("-XX:MaxRAM="));
  }

  /**
   * The command that runs the same launcher jar again in a JVM with the default heap: the same
   * java, the same JVM arguments, the defaults they leave open, the class-data sharing option when
   * {@code cds} is given, then the launcher's own arguments.
   */
  static List<String> relaunchCommand(
      String java,
      List<String> jvmArguments,
      String jar,
      long parentPid,
      List<String> args,
      Optional<CdsArchive> cds) {
    List<String> command = new ArrayList<>();
    command.add(java);
    command.addAll(jvmArguments);
    command.add(DEFAULT_HEAP);
    for (String option : DEFAULT_MEMORY) {
      String name = option.substring(0, option.indexOf('=') + 1);
      if (jvmArguments.stream().noneMatch(a -> a.startsWith(name))) {
        command.add(option);
      }
    }
    if (cds.isPresent() && sharingOpen(jvmArguments)) {
      command.add(cds.get().option());
    }
    command.add("-D" + Launcher.PARENT_PROPERTY + "=" + parentPid);
    // -jar, not -cp: only an executable jar's manifest Add-Opens lines take effect.
    command.add("-jar");
    command.add(jar);
    command.addAll(args);
    return command;
  }

  /** Whether the command line left class-data sharing to the launcher. */
  static boolean sharingOpen(List<String> jvmArguments) {
    return jvmArguments.stream()
        .noneMatch(
            a ->
                a.startsWith("-Xshare:off")
                    || a.startsWith("-XX:SharedArchiveFile=")
                    || a.startsWith("-XX:ArchiveClassesAtExit=")
                    || a.startsWith("-XX:+AutoCreateSharedArchive"));
  }

  /**
   * The archive of one build on one JDK: {@code archive} if it exists, else it is written to {@code
   * pending} at exit, which the first JVM then renames.
   */
  record CdsArchive(Path archive, Path pending, boolean exists) {
    String option() {
      return exists ? "-XX:SharedArchiveFile=" + archive : "-XX:ArchiveClassesAtExit=" + pending;
    }
  }
}
