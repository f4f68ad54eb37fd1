package org.cohesion.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
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
            "-Dcohesion.launcher.parent=42",
            "-jar",
            "/opt/cohesion/cohesion.jar",
            "an-argument"),
        JvmOptions.relaunchCommand(
            "/usr/bin/java",
            List.of("-Djava.io.tmpdir=/srv/tmp"),
            "/opt/cohesion/cohesion.jar",
            42,
            List.of("an-argument")));
  }
}
