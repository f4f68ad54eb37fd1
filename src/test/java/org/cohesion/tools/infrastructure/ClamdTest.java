package org.cohesion.tools.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.cohesion.it.server.ClamdProcess;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The INSTREAM client against a real clamd (Debian's, started with its own configuration and an
 * EICAR signature): a clean file is clean, the EICAR file is found whatever surrounds it and across
 * chunks, and a clamd that is not there is an error, never "clean". Skipped only where clamd is not
 * installed, unless {@code -Dcohesion.clamd.required=true}.
 */
class ClamdTest {

  private static final Path DIR = Path.of("target", "clamd-unit");
  private static int port;

  @BeforeAll
  static void start() throws Exception {
    if (!ClamdProcess.installed()) {
      Assumptions.assumeFalse(
          Boolean.getBoolean("cohesion.clamd.required"), "clamd is required and missing");
      Assumptions.abort("clamd is not installed (apt-get install clamav-daemon)");
    }
    port = ClamdProcess.start(DIR);
  }

  @AfterAll
  static void stop() throws IOException {
    ClamdProcess.stop(DIR);
  }

  private static Clamd client() {
    return new Clamd("127.0.0.1", port, 5000);
  }

  @Test
  void aCleanFileIsClean() throws IOException {
    Clamd.Verdict v =
        client().scan("Guide de la concertation, édition 2024.".getBytes(StandardCharsets.UTF_8));
    assertFalse(v.infected());
  }

  @Test
  void theEicarFileIsFoundEvenInsideALargerFileAndAcrossChunks() throws IOException {
    Clamd.Verdict plain = client().scan(ClamdProcess.eicar());
    assertTrue(plain.infected());
    assertEquals("Cohesion.Test.EICAR.UNOFFICIAL", plain.signature());

    byte[] padding = "x".repeat(64 * 1024 - 10).getBytes(StandardCharsets.US_ASCII);
    byte[] eicar = ClamdProcess.eicar();
    byte[] mixed = new byte[padding.length + eicar.length];
    System.arraycopy(padding, 0, mixed, 0, padding.length);
    System.arraycopy(eicar, 0, mixed, padding.length, eicar.length);
    assertTrue(client().scan(mixed).infected());
  }

  @Test
  void noClamdIsAnErrorNeverClean() throws IOException {
    int free;
    try (ServerSocket s = new ServerSocket(0)) {
      free = s.getLocalPort();
    }
    Clamd absent = new Clamd("127.0.0.1", free, 1000);
    assertThrows(IOException.class, () -> absent.scan(ClamdProcess.eicar()));
    assertFalse(absent.ping());
  }

  @Test
  void anAnswerThatIsNeitherCleanNorFoundIsAnError() {
    assertThrows(IOException.class, () -> Clamd.verdict("INSTREAM size limit exceeded. ERROR"));
  }
}
