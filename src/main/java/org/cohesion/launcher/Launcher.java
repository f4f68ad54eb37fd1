package org.cohesion.launcher;

import fish.payara.micro.ClusterCommandResult;
import fish.payara.micro.PayaraMicro;
import fish.payara.micro.PayaraMicroRuntime;
import fish.payara.micro.boot.AdminCommandRunner;
import fish.payara.micro.boot.PayaraMicroBoot;
import fish.payara.micro.boot.PayaraMicroLauncher;
import fish.payara.micro.boot.loader.ExplodedURLClassloader;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Starts Cohésion: Payara Micro with the war at http://localhost:8080/. Without COHESION_DB_URL it
 * also starts an embedded MariaDB (data in ~/.cohesion/db, or COHESION_DATA_DIR) and selects the
 * demo profile; with it, it uses that external MariaDB. Ctrl-C or SIGTERM stops Payara, then
 * MariaDB.
 *
 * <p>A JVM started without a heap limit runs Cohésion in a second JVM with {@link
 * JvmOptions#DEFAULT_HEAP}; the first one only waits for it, passes SIGTERM on, and the second one
 * stops if the first one dies.
 *
 * <p>One node runs without Hazelcast: with it, Payara Micro stores the whole HTTP session of a
 * {@code <distributable/>} application in Hazelcast after every request, even with no other member
 * (about 29 % of the CPU of a page). COHESION_CLUSTER_MEMBERS (a TCP/IP member list) or
 * COHESION_CLUSTER=true (multicast discovery) turn clustering on.
 */
public final class Launcher {
  /** The pid of the JVM that started this one to give it a heap limit. */
  static final String PARENT_PROPERTY = "cohesion.launcher.parent";

  private static final String ROOT_PREFIX = "cohesion-payara-";
  private static final Pattern ROOT_FOLDER = Pattern.compile(ROOT_PREFIX + "(\\d+)-.*");

  private Launcher() {}

  public static void main(String[] args) throws Exception {
    long started = System.nanoTime();
    List<String> jvmArguments = ManagementFactory.getRuntimeMXBean().getInputArguments();
    if (JvmOptions.heapUnset(jvmArguments) && System.getProperty(PARENT_PROPERTY) == null) {
      System.exit(relaunch(jvmArguments, args));
      return;
    }
    stopWithParent();
    int port = Integer.parseInt(orDefault(env("COHESION_HTTP_PORT"), "8080"));
    String members = env("COHESION_CLUSTER_MEMBERS");
    boolean cluster =
        members != null || Boolean.parseBoolean(orDefault(env("COHESION_CLUSTER"), "false"));
    Path war = locateWar();

    // The embedded MariaDB starts while Payara Micro boots: the two are the bulk of the start-up,
    // and only the deployment of the war needs the database.
    CompletableFuture<EmbeddedMariaDb> database = null;
    Path dataDir =
        env("COHESION_DATA_DIR") == null
            ? EmbeddedMariaDb.defaultDataDir()
            : Path.of(env("COHESION_DATA_DIR"));
    if (env("COHESION_DB_URL") == null) {
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

    // Payara's root folder holds its unpacked runtime (about 100 MB); a clean stop deletes it, and
    // a start deletes those of runs that did not stop cleanly (named by their JVM's pid).
    deleteLeftRootFolders();
    Path rootDir = Files.createTempDirectory(ROOT_PREFIX + ProcessHandle.current().pid() + "-");
    bootFromUnpackedJars(rootDir);
    PayaraMicro micro = PayaraMicro.getInstance().setHttpPort(port).setRootDir(rootDir.toFile());
    // Not setNoCluster: it leaves Hazelcast running, and the session store with it; and Payara
    // Micro ignores setNoHazelcast when it is set.
    micro.setNoHazelcast(!cluster);
    micro.setPreBootHandler(
        commands -> {
          if (!cluster) {
            // Without Hazelcast, a distributable war would still get Hazelcast's session store,
            // which then fails at every request: sessions stay in memory instead.
            set(
                commands,
                "configs.config.server-config.availability-service.web-container-availability"
                    + ".availability-enabled=false");
          } else if (members != null) {
            // What Payara Micro's --clustermode tcpip:<members> sets (the API has no setter).
            set(commands, "hazelcast-runtime-configuration.discovery-mode=tcpip");
            set(commands, "hazelcast-runtime-configuration.tcpip-members=" + members);
          }
        });
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
        for (Throwable cause = e.getCause().getCause(); cause != null; cause = cause.getCause()) {
          System.err.println("[cohesion]   because: " + cause);
        }
        System.exit(1);
        return;
      }
      System.setProperty("cohesion.db.url", embedded.jdbcUrl());
      System.setProperty("cohesion.db.user", EmbeddedMariaDb.APP);
      System.setProperty("cohesion.db.password", embedded.appPassword());
      System.setProperty("cohesion.db.migration-user", EmbeddedMariaDb.OWNER);
      System.setProperty("cohesion.db.migration-password", embedded.ownerPassword());
      // The search index beside the embedded database's data (~/.cohesion/search): a restart
      // resumes it from the outbox instead of rebuilding it from the database (docs/search.md).
      // A system property outranks the environment: an explicit COHESION_SEARCH_DIRECTORY decides.
      if (env("COHESION_SEARCH_DIRECTORY") == null
          && System.getProperty("cohesion.search.directory") == null) {
        System.setProperty(
            "cohesion.search.directory",
            dataDir.toAbsolutePath().resolveSibling("search").toString());
      }
      if (env("COHESION_PROFILE") == null) {
        System.setProperty("cohesion.profile", "demo");
        // No first page needs the demo data: it loads while the server already answers.
        if (env("COHESION_DEMO_BACKGROUND") == null) {
          System.setProperty("cohesion.demo.background", "true");
        }
      }
      // The local demo run is plain HTTP on localhost, where a Secure cookie would never be sent
      // back: only there are cookies not Secure (a system property outranks the environment, so
      // an explicit COHESION_SECURE_COOKIES is left to decide).
      if (env("COHESION_SECURE_COOKIES") == null) {
        System.setProperty("cohesion.secure-cookies", "false");
      }
    }
    // Payara Micro answers true for a war whose start-up failed (a refused migration, a missing
    // setting): only an answer from the application itself says it is there.
    if (!runtime.deploy("cohesion", "/", war.toFile()) || !answers(port)) {
      System.err.println(
          "[cohesion] The application did not deploy: it does not answer at http://localhost:"
              + port
              + "/health/ready. The first error in the log above says why.");
      System.exit(1);
    }
    log(
        "Cohésion is ready at http://localhost:"
            + port
            + "/ after "
            + (System.nanoTime() - started) / 1_000_000
            + " ms");
  }

  /**
   * Has Payara Micro load its runtime from jars unpacked into {@code rootDir}, as its own {@code
   * java -jar payara-micro.jar --rootdir} does, rather than out of the jars nested in
   * payara-micro.jar, which its API uses when nothing was booted first: with the nested jars every
   * class and resource lookup, and Faces' search of every jar for its configuration files, went
   * through Payara's nested-jar reader, and a start took about 75 CPU seconds against 41 for the
   * same war from Payara's command line (docs/performance.md, "Start-up: the jars CDI looks into").
   * The instance made here is the one that {@link PayaraMicro#getInstance()} then configures.
   */
  private static void bootFromUnpackedJars(Path rootDir) throws Exception {
    ExplodedURLClassloader loader = new ExplodedURLClassloader(rootDir.toFile());
    Thread.currentThread().setContextClassLoader(loader);
    Class<?> impl = loader.loadClass("fish.payara.micro.impl.PayaraMicroImpl");
    PayaraMicroLauncher.registerLaunchedInstance(
        (PayaraMicroBoot) impl.getDeclaredMethod("getInstance").invoke(null));
  }

  /** An asadmin {@code set} before boot; a failure is said, not hidden. */
  private static void set(AdminCommandRunner commands, String setting) {
    ClusterCommandResult result = commands.run("set", setting);
    if (result.getExitStatus() == ClusterCommandResult.ExitStatus.FAILURE) {
      System.err.println("[cohesion] Payara Micro refused " + setting + ": " + result.getOutput());
    }
  }

  /**
   * Runs this launcher again in a JVM with the default heap and waits for it; SIGTERM or Ctrl-C of
   * this JVM is passed on, and this JVM ends with that one's exit status.
   */
  private static int relaunch(List<String> jvmArguments, String[] args) throws Exception {
    String java =
        ProcessHandle.current()
            .info()
            .command()
            .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    Path jar = Path.of(Launcher.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    Optional<JvmOptions.CdsArchive> cds = cdsArchive(jar, java);
    ProcessBuilder builder =
        new ProcessBuilder(
                JvmOptions.relaunchCommand(
                    java,
                    jvmArguments,
                    jar.toString(),
                    ProcessHandle.current().pid(),
                    List.of(args),
                    cds))
            .inheritIO();
    // Their options are already among jvmArguments: read again, they would be given twice.
    builder.environment().remove("JDK_JAVA_OPTIONS");
    builder.environment().remove("JAVA_TOOL_OPTIONS");
    JvmOptions.DEFAULT_ENVIRONMENT.forEach(builder.environment()::putIfAbsent);
    Process child = builder.start();
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  child.destroy(); // SIGTERM: its own hook stops Payara, then MariaDB
                  try {
                    if (!child.waitFor(90, TimeUnit.SECONDS)) {
                      child.destroyForcibly();
                    } else {
                      // The JVM halts after its hooks: main may never reach its own keep.
                      cds.ifPresent(archive -> keep(archive, child.exitValue()));
                    }
                  } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                  }
                },
                "cohesion-relay"));
    int status = child.waitFor();
    cds.ifPresent(archive -> keep(archive, status));
    return status;
  }

  /**
   * The class-data sharing archive of this build on this JDK, in COHESION_CDS_DIR (default: beside
   * the data folder, or ~/.cohesion); none when COHESION_CDS_DIR is {@code off}. Its name holds the
   * JDK and the sizes and dates of the launcher, Payara Micro and the war, so that a rebuild or
   * another JDK makes a new one rather than mapping classes that changed.
   */
  private static Optional<JvmOptions.CdsArchive> cdsArchive(Path jar, String java) {
    String configured = env("COHESION_CDS_DIR");
    if ("off".equalsIgnoreCase(configured)) {
      return Optional.empty();
    }
    try {
      Path dir =
          configured != null
              ? Path.of(configured)
              : env("COHESION_DATA_DIR") != null
                  ? Path.of(env("COHESION_DATA_DIR")).toAbsolutePath().resolveSibling("cds")
                  : Path.of(System.getProperty("user.home"), ".cohesion", "cds");
      Files.createDirectories(dir);
      StringBuilder identity = new StringBuilder(java).append(System.getProperty("java.version"));
      for (Path part :
          List.of(
              jar,
              jar.resolveSibling("cohesion.war"),
              jar.resolveSibling("lib/payara-micro.jar"))) {
        if (Files.exists(part)) {
          identity.append(Files.size(part)).append(Files.getLastModifiedTime(part).toMillis());
        }
      }
      String name = "cohesion-" + Integer.toHexString(identity.toString().hashCode()) + ".jsa";
      Path archive = dir.resolve(name);
      Path pending = dir.resolve(name + "." + ProcessHandle.current().pid() + ".part");
      return Optional.of(new JvmOptions.CdsArchive(archive, pending, Files.isRegularFile(archive)));
    } catch (IOException | RuntimeException e) {
      System.err.println("[cohesion] No class-data sharing archive: " + e.getMessage());
      return Optional.empty();
    }
  }

  /**
   * After the second JVM stopped: an archive it wrote on a clean stop (0, or 143 for SIGTERM)
   * replaces the archives of older builds; any other is dropped.
   */
  private static synchronized void keep(JvmOptions.CdsArchive cds, int status) {
    try {
      if (!Files.isRegularFile(cds.pending())) {
        return;
      }
      if ((status == 0 || status == 143) && Files.size(cds.pending()) > 0) {
        Path folder = cds.archive().toAbsolutePath().getParent();
        if (folder != null) {
          try (Stream<Path> old = Files.list(folder)) {
            old.filter(p -> String.valueOf(p.getFileName()).matches("cohesion-[0-9a-f]+\\.jsa"))
                .forEach(p -> p.toFile().delete());
          }
        }
        Files.move(cds.pending(), cds.archive(), StandardCopyOption.ATOMIC_MOVE);
      } else {
        Files.delete(cds.pending());
      }
    } catch (IOException e) {
      System.err.println("[cohesion] The class-data sharing archive was not kept: " + e);
    }
  }

  /** Whether the application answers its readiness check within a minute. */
  private static boolean answers(int port) throws InterruptedException {
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    HttpRequest ready =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/health/ready"))
            .timeout(Duration.ofSeconds(10))
            .build();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    do {
      try {
        if (client.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          return true;
        }
      } catch (IOException e) {
        // Not answering yet: try again until the deadline.
      }
      Thread.sleep(500);
    } while (System.nanoTime() < deadline);
    return false;
  }

  /** In the second JVM: if the first one dies (even by SIGKILL), stop cleanly too. */
  private static void stopWithParent() {
    String parent = System.getProperty(PARENT_PROPERTY);
    if (parent == null) {
      return;
    }
    ProcessHandle.of(Long.parseLong(parent))
        .ifPresentOrElse(
            p ->
                p.onExit()
                    .thenRun(
                        () -> {
                          System.err.println("[cohesion] The launching JVM ended: stopping.");
                          System.exit(1);
                        }),
            () -> System.exit(1));
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

  /**
   * Deletes the Payara root folders in the temporary folder whose JVM is gone (killed, or crashed
   * before its shutdown hook).
   */
  private static void deleteLeftRootFolders() {
    try (Stream<Path> folders = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
      folders
          .filter(
              f -> {
                Matcher m = ROOT_FOLDER.matcher(String.valueOf(f.getFileName()));
                return m.matches()
                    && ProcessHandle.of(Long.parseLong(m.group(1)))
                        .map(p -> !p.isAlive())
                        .orElse(true);
              })
          .forEach(Launcher::deleteQuietly);
    } catch (IOException | RuntimeException e) {
      // What is left is only disk space: the start goes on.
    }
  }

  private static void deleteQuietly(Path dir) {
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // A temporary folder left behind is harmless.
    }
  }
}
