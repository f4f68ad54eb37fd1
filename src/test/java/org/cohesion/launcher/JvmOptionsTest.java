package org.cohesion.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class JvmOptionsTest {

  @Test
  void aJvmWithoutAHeapOptionGetsTheDefault() {
    assertTrue(JvmOptions.heapUnset(List.of()));
    assertTrue(JvmOptions.heapUnset(List.of("-Djava.io.tmpdir=/srv/tmp", "-Xms64m", "-Xss1m")));
  }

  @Test
  void anyHeapChoiceOfTheCommandLineIsKept() {
    for (String option :
        List.of(
            "-Xmx1g",
            "-XX:MaxHeapSize=2147483648",
            "-XX:MaxRAMPercentage=75",
            "-XX:MaxRAMFraction=2",
            "-XX:MaxRAM=4g")) {
      assertFalse(JvmOptions.heapUnset(List.of("-Dx=y", option)), option);
    }
  }

  @Test
  void theSecondJvmRunsTheSameJarWithTheSameOptionsAndTheDefaultHeap() {
    assertEquals(
        List.of(
            "/usr/bin/java",
            "-Djava.io.tmpdir=/srv/tmp",
            JvmOptions.DEFAULT_HEAP,
            "-XX:ReservedCodeCacheSize=128m",
            "-XX:CICompilerCount=2",
            "-XX:G1PeriodicGCInterval=60000",
            "-XX:MaxHeapFreeRatio=30",
            "-XX:MinHeapFreeRatio=10",
            "-XX:SharedArchiveFile=/srv/cds/cohesion-1.jsa",
            "-Dcohesion.launcher.parent=42",
            "-jar",
            "/opt/cohesion/cohesion.jar",
            "an-argument"),
        JvmOptions.relaunchCommand(
            "/usr/bin/java",
            List.of("-Djava.io.tmpdir=/srv/tmp"),
            "/opt/cohesion/cohesion.jar",
            42,
            List.of("an-argument"),
            Optional.of(archive(true))));
  }

  @Test
  void aMissingArchiveIsWrittenAtExitUnderAPendingName() {
    List<String> command =
        JvmOptions.relaunchCommand(
            "java", List.of(), "cohesion.jar", 1, List.of(), Optional.of(archive(false)));
    assertTrue(command.contains("-XX:ArchiveClassesAtExit=/srv/cds/cohesion-1.jsa.7.part"));
  }

  @Test
  void theCommandLinesOwnChoicesWin() {
    List<String> own = List.of("-XX:ReservedCodeCacheSize=64m", "-Xshare:off");
    List<String> command =
        JvmOptions.relaunchCommand(
            "java", own, "cohesion.jar", 1, List.of(), Optional.of(archive(true)));
    assertFalse(command.contains("-XX:ReservedCodeCacheSize=128m"));
    assertTrue(command.stream().noneMatch(a -> a.startsWith("-XX:SharedArchiveFile=")));
  }

  private static JvmOptions.CdsArchive archive(boolean exists) {
    return new JvmOptions.CdsArchive(
        Path.of("/srv/cds/cohesion-1.jsa"), Path.of("/srv/cds/cohesion-1.jsa.7.part"), exists);
  }
}
