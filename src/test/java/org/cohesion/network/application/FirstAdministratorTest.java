package org.cohesion.network.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The first administrator's password is handed over without ever reaching the log. */
class FirstAdministratorTest {
  private static final String SECRET = "Zx7k-Qm2p-Wn4r-Tb9s";
  private final Logger log = Logger.getLogger(FirstAdministrator.class.getName());
  private final List<LogRecord> records = new ArrayList<>();
  private final Handler capture =
      new Handler() {
        @Override
        public void publish(LogRecord record) {
          records.add(record);
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
      };

  @BeforeEach
  void listen() {
    log.addHandler(capture);
  }

  @AfterEach
  void stop() {
    log.removeHandler(capture);
  }

  private String logged() {
    StringBuilder all = new StringBuilder();
    records.forEach(r -> all.append(r.getMessage()).append('\n'));
    return all.toString();
  }

  @Test
  void aGeneratedPasswordGoesToAnOwnerOnlyFileWhosePathIsLogged(@TempDir Path dir)
      throws Exception {
    Path file = dir.resolve("secrets").resolve("first-admin-password");
    FirstAdministrator.handOver(SECRET, false, file);
    assertEquals(SECRET, Files.readString(file).strip());
    assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    assertEquals(
        "rwx------",
        PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent())));
    assertFalse(records.isEmpty());
    assertTrue(logged().contains(file.toAbsolutePath().toString()), logged());
    assertFalse(logged().contains(SECRET), logged());
  }

  @Test
  void aConfiguredPasswordIsNeitherLoggedNorWritten(@TempDir Path dir) {
    Path file = dir.resolve("first-admin-password");
    FirstAdministrator.handOver(SECRET, true, file);
    assertFalse(Files.exists(file));
    assertFalse(records.isEmpty());
    assertFalse(logged().contains(SECRET), logged());
  }
}
