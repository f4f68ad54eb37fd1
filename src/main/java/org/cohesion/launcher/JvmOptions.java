package org.cohesion.launcher;

import java.util.ArrayList;
import java.util.List;

/**
 * The JVM options the launcher adds when it starts Cohésion in a JVM of its own: a heap limit,
 * unless the command line already chose one.
 *
 * <p>Without a limit the JVM may grow its heap to a quarter of the machine's memory and, after some
 * load, keeps it (1.5 GB of RSS was measured after the page benchmark on a 24 GB machine). Options
 * cannot be set from inside a running JVM, so the launcher starts a second one with them; {@code
 * java -Xmx1g -jar cohesion.jar} (or the same in JDK_JAVA_OPTIONS or JAVA_TOOL_OPTIONS) keeps its
 * own choice and runs in the first JVM.
 */
final class JvmOptions {
  /** The heap given when none was chosen: the figure measured to be enough (docs/operations.md). */
  static final String DEFAULT_HEAP = "-Xmx512m";

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
   * java, the same JVM arguments, then the launcher's own arguments.
   */
  static List<String> relaunchCommand(
      String java, List<String> jvmArguments, String jar, long parentPid, List<String> args) {
    List<String> command = new ArrayList<>();
    command.add(java);
    command.addAll(jvmArguments);
    command.add(DEFAULT_HEAP);
    command.add("-D" + Launcher.PARENT_PROPERTY + "=" + parentPid);
    // -jar, not -cp: only an executable jar's manifest Add-Opens lines take effect.
    command.add("-jar");
    command.add(jar);
    command.addAll(args);
    return command;
  }
}
