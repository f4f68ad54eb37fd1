package org.cohesion.launcher;

import fish.payara.micro.PayaraMicro;
import fish.payara.micro.PayaraMicroRuntime;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.Stream;

/**
 * Starts Cohésion: Payara Micro with the war at http://localhost:8080/. Without COHESION_DB_URL it
 * also starts an embedded MariaDB (data in ~/.cohesion/db, or COHESION_DATA_DIR) and selects the
 * demo profile; with it, it uses that external MariaDB. Ctrl-C or SIGTERM stops Payara, then
 * MariaDB.
 */
public final class Launcher {

  private Launcher() {}

  public static void main(String[] args) throws Exception {
    long started = System.nanoTime();
    int port = Integer.parseInt(orDefault(env("COHESION_HTTP_PORT"), "8080"));
    boolean cluster = Boolean.parseBoolean(orDefault(env("COHESION_CLUSTER"), "false"));
    Path war = locateWar();

    // The embedded MariaDB starts while Payara Micro boots: the two are the bulk of the start-up,
    // and only the deployment of the war needs the database.
    CompletableFuture<EmbeddedMariaDb> database = null;
    if (env("COHESION_DB_URL") == null) {
      Path dataDir =
          env("COHESION_DATA_DIR") == null
              ? EmbeddedMariaDb.defaultDataDir()
              : Path.of(env("COHESION_DATA_DIR"));
      database =
          CompletableFuture.supplyAsync(
              () -> {
                try {
                  EmbeddedMariaDb db = EmbeddedMariaDb.start(dataDir);
                  log("Embedded MariaDB on port " + db.port() + ", data in " + dataDir);
                  return db;
                } catch (Exception e) {
                  throw new IllegalStateException("The embedded MariaDB did not start", e);
                }
              });
    }

    Path rootDir = Files.createTempDirectory("cohesion-payara-");
    PayaraMicro micro =
        PayaraMicro.getInstance()
            .setHttpPort(port)
            .setNoCluster(!cluster)
            .setRootDir(rootDir.toFile());
    CompletableFuture<EmbeddedMariaDb> db = database;
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  try {
                    micro.shutdown();
                  } catch (Exception e) {
                    System.err.println("Payara Micro did not stop cleanly: " + e.getMessage());
                  }
                  if (db != null) {
                    db.thenAccept(EmbeddedMariaDb::stop).exceptionally(e -> null).join();
                  }
                  deleteQuietly(rootDir);
                },
                "cohesion-shutdown"));
    PayaraMicroRuntime runtime = micro.bootStrap();

    if (database != null) {
      EmbeddedMariaDb embedded;
      try {
        embedded = database.join();
      } catch (CompletionException e) {
        System.err.println("[cohesion] " + e.getCause().getMessage());
        System.exit(1);
        return;
      }
      System.setProperty("cohesion.db.url", embedded.jdbcUrl());
      System.setProperty("cohesion.db.user", EmbeddedMariaDb.APP);
      System.setProperty("cohesion.db.password", embedded.appPassword());
      System.setProperty("cohesion.db.migration-user", EmbeddedMariaDb.OWNER);
      System.setProperty("cohesion.db.migration-password", embedded.ownerPassword());
      if (env("COHESION_PROFILE") == null) {
        System.setProperty("cohesion.profile", "demo");
      }
      // The local demo run is plain HTTP on localhost, where a Secure cookie would never be sent
      // back: only there are cookies not Secure (a system property outranks the environment, so
      // an explicit COHESION_SECURE_COOKIES is left to decide).
      if (env("COHESION_SECURE_COOKIES") == null) {
        System.setProperty("cohesion.secure-cookies", "false");
      }
    }
    if (!runtime.deploy("cohesion", "/", war.toFile())) {
      System.err.println("[cohesion] The application did not deploy: see the log above.");
      System.exit(1);
    }
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
