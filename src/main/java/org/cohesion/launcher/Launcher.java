package org.cohesion.launcher;

import fish.payara.micro.PayaraMicro;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Starts Cohésion: Payara Micro with the war at http://localhost:8080/. Without COHESION_DB_URL it
 * first starts an embedded MariaDB (data in ~/.cohesion/db, or COHESION_DATA_DIR) and selects the
 * demo profile; with it, it uses that external MariaDB. Ctrl-C or SIGTERM stops Payara, then
 * MariaDB.
 */
public final class Launcher {

  private Launcher() {}

  public static void main(String[] args) throws Exception {
    long started = System.nanoTime();
    EmbeddedMariaDb db = null;
    if (env("COHESION_DB_URL") == null) {
      Path dataDir =
          env("COHESION_DATA_DIR") == null
              ? EmbeddedMariaDb.defaultDataDir()
              : Path.of(env("COHESION_DATA_DIR"));
      db = EmbeddedMariaDb.start(dataDir);
      System.setProperty("cohesion.db.url", db.jdbcUrl());
      System.setProperty("cohesion.db.user", "root");
      if (env("COHESION_PROFILE") == null) {
        System.setProperty("cohesion.profile", "demo");
      }
      log("Embedded MariaDB on port " + db.port() + ", data in " + dataDir);
    }
    int port = Integer.parseInt(orDefault(env("COHESION_HTTP_PORT"), "8080"));
    boolean cluster = Boolean.parseBoolean(orDefault(env("COHESION_CLUSTER"), "false"));

    // Payara Micro serves a war at "/" only when it is named ROOT.war.
    Path work = Files.createTempDirectory("cohesion-");
    Path war = work.resolve("ROOT.war");
    Files.copy(locateWar(), war, StandardCopyOption.REPLACE_EXISTING);
    Path rootDir = Files.createDirectory(work.resolve("payara"));

    PayaraMicro micro =
        PayaraMicro.getInstance()
            .setHttpPort(port)
            .setNoCluster(!cluster)
            .setRootDir(rootDir.toFile())
            .addDeploymentFile(war.toFile());
    EmbeddedMariaDb database = db;
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  try {
                    micro.shutdown();
                  } catch (Exception e) {
                    System.err.println("Payara Micro did not stop cleanly: " + e.getMessage());
                  }
                  if (database != null) {
                    database.stop();
                  }
                  deleteQuietly(work);
                },
                "cohesion-shutdown"));
    micro.bootStrap();
    log(
        "Cohésion is ready at http://localhost:"
            + port
            + "/ after "
            + (System.nanoTime() - started) / 1_000_000
            + " ms");
  }

  /** The war beside the launcher jar (the bundle), or target/cohesion.war in the source tree. */
  static Path locateWar() throws URISyntaxException {
    String configured = System.getProperty("cohesion.war");
    if (configured != null) {
      return Path.of(configured);
    }
    Path jar = Path.of(Launcher.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    Path beside = jar.resolveSibling("cohesion.war");
    if (Files.isRegularFile(beside)) {
      return beside;
    }
    throw new IllegalStateException("cohesion.war not found next to " + jar);
  }

  private static String env(String name) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? null : value;
  }

  private static String orDefault(String value, String fallback) {
    return value == null ? fallback : value;
  }

  private static void log(String message) {
    System.out.println("[cohesion] " + message);
  }

  private static void deleteQuietly(Path dir) {
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // A temporary folder left behind is harmless.
    }
  }
}
