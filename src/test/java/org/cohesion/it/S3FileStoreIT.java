package org.cohesion.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Random;
import java.util.UUID;
import org.cohesion.tools.infrastructure.BlobStore;
import org.cohesion.tools.infrastructure.FileStore;
import org.cohesion.tools.infrastructure.S3Store;
import org.flywaydb.core.Flyway;
import org.gaul.s3proxy.AuthenticationType;
import org.gaul.s3proxy.S3Proxy;
import org.jclouds.ContextBuilder;
import org.jclouds.blobstore.BlobStoreContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The document centre's S3 store ({@link FileStore} over {@link S3Store}) against a real S3 server
 * and the real schema: s3proxy on jclouds' in-memory blob store, in this test JVM (never in the
 * suite's Payara), and a database of its own on the suite's MariaDB migrated by Flyway to the
 * latest version. No server start: the store is configured here, as {@code FileStorage} would from
 * {@code cohesion.files.*}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class S3FileStoreIT {
  private static final String BUCKET = "cohesion-files";
  private static final String PREFIX = "files/";

  private final String schema = "s3_" + UUID.randomUUID().toString().substring(0, 8);
  private final Random random = new Random();
  private BlobStoreContext blobs;
  private S3Proxy proxy;
  private FileStore files;
  private Connection c;

  @BeforeAll
  void start() throws Exception {
    blobs =
        ContextBuilder.newBuilder("transient")
            .credentials("identity", "credential")
            .build(BlobStoreContext.class);
    blobs.getBlobStore().createContainerInLocation(null, BUCKET);
    int port = JvmProcess.freePort();
    proxy =
        S3Proxy.builder()
            .blobStore(blobs.getBlobStore())
            .endpoint(URI.create("http://127.0.0.1:" + port))
            .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, "test-access", "test-secret")
            .build();
    proxy.start();
    files = FileStore.s3(new S3Store(settings(port)));

    String url = System.getProperty("cohesion.test.jdbcUrl");
    String user = System.getProperty("cohesion.test.adminUser");
    String password = System.getProperty("cohesion.test.adminPassword");
    String base = url.substring(0, url.lastIndexOf('/') + 1);
    try (Connection admin = DriverManager.getConnection(base, user, password);
        Statement s = admin.createStatement()) {
      s.execute(
          "CREATE DATABASE `" + schema + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
    }
    Flyway.configure(S3FileStoreIT.class.getClassLoader())
        .dataSource(base + schema, user, password)
        .locations("classpath:db/migration")
        .load()
        .migrate();
    c = DriverManager.getConnection(base + schema, user, password);
    c.setAutoCommit(false);
  }

  @AfterAll
  void stop() throws Exception {
    if (c != null) {
      c.rollback();
      try (Statement s = c.createStatement()) {
        s.execute("DROP DATABASE `" + schema + "`");
      }
      c.close();
    }
    if (files != null) {
      files.close();
    }
    if (proxy != null) {
      proxy.stop();
    }
    if (blobs != null) {
      blobs.close();
    }
  }

  private static S3Store.Settings settings(int port) {
    return new S3Store.Settings(
        URI.create("http://127.0.0.1:" + port),
        "us-east-1",
        BUCKET,
        PREFIX,
        "test-access",
        "test-secret",
        true);
  }

  @Test
  void aFileComesBackByteForByteFromItsObjectAndItsRowSaysWhere() throws Exception {
    // Larger than a MariaDB chunk, and not a multiple of anything.
    byte[] content = content(2 * BlobStore.CHUNK + 12_345);
    String sha = files.put(c, content);
    c.commit();

    assertEquals(BlobStore.sha256(content), sha);
    assertTrue(objectExists(sha), "the object is in the bucket under the prefix and the SHA-256");
    assertEquals("s3", sql("SELECT location FROM stored_blob WHERE sha256 = ?", sha));
    assertEquals(
        (long) content.length, sql("SELECT size_bytes FROM stored_blob WHERE sha256 = ?", sha));
    assertEquals(0, sql("SELECT chunks FROM stored_blob WHERE sha256 = ?", sha));
    assertEquals(0L, sql("SELECT COUNT(*) FROM blob_chunk WHERE sha256 = ?", sha));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    assertEquals(content.length, files.copy(c, sha, out));
    assertArrayEquals(content, out.toByteArray());
    assertArrayEquals(content, files.read(c, sha));
  }

  @Test
  void theSameContentTwiceIsOneObjectAndOneRow() throws Exception {
    byte[] content = content(70_000);
    String sha = files.put(c, content);
    c.commit();
    java.util.Date first =
        blobs.getBlobStore().blobMetadata(BUCKET, PREFIX + sha).getLastModified();
    String etag = blobs.getBlobStore().blobMetadata(BUCKET, PREFIX + sha).getETag();
    assertEquals(sha, files.put(c, content.clone()));
    c.commit();

    assertEquals(1L, sql("SELECT COUNT(*) FROM stored_blob WHERE sha256 = ?", sha));
    long objects =
        blobs
            .getBlobStore()
            .list(
                BUCKET,
                org.jclouds.blobstore.options.ListContainerOptions.Builder.prefix(PREFIX + sha)
                    .recursive())
            .size();
    assertEquals(1, objects);
    var again = blobs.getBlobStore().blobMetadata(BUCKET, PREFIX + sha);
    assertEquals(first, again.getLastModified(), "the second upload wrote nothing");
    assertEquals(etag, again.getETag());
  }

  @Test
  void aRolledBackUploadLeavesNoRowOnlyAnOrphanThatTheSweepDeletes() throws Exception {
    byte[] content = content(5_000);
    String sha = files.put(c, content);
    assertTrue(objectExists(sha), "written before the commit");
    c.rollback();

    assertEquals(0L, sql("SELECT COUNT(*) FROM stored_blob WHERE sha256 = ?", sha));
    assertTrue(files.orphans(c).contains(sha));
    c.commit();

    byte[] kept = content(4_000);
    String keptSha = files.put(c, kept);
    c.commit();
    assertTrue(files.deleteOrphans(c) >= 1);
    assertFalse(objectExists(sha), "the orphan is gone");
    assertTrue(objectExists(keptSha), "an object a row names stays");
    assertFalse(files.orphans(c).contains(sha));
    assertArrayEquals(kept, files.read(c, keptSha));

    // The same content uploaded again after the sweep: its object is written anew.
    assertEquals(sha, files.put(c, content));
    c.commit();
    assertArrayEquals(content, files.read(c, sha));
  }

  @Test
  void anUploadTheBucketRefusesWritesNoRow() throws Exception {
    byte[] content = content(3_000);
    String sha = BlobStore.sha256(content);
    try (FileStore nowhere = FileStore.s3(new S3Store(settings(JvmProcess.freePort())))) {
      assertThrows(IOException.class, () -> nowhere.put(c, content));
    }
    c.rollback();
    assertEquals(0L, sql("SELECT COUNT(*) FROM stored_blob WHERE sha256 = ?", sha));
    assertFalse(objectExists(sha));
  }

  @Test
  void aMissingObjectIsAClearErrorBeforeAnyByteIsWritten() throws Exception {
    byte[] content = content(10_000);
    String sha = files.put(c, content);
    c.commit();
    blobs.getBlobStore().removeBlob(BUCKET, PREFIX + sha);

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    S3Store.MissingObjectException e =
        assertThrows(S3Store.MissingObjectException.class, () -> files.copy(c, sha, out));
    assertTrue(e.getMessage().contains(PREFIX + sha), e.getMessage());
    assertTrue(e.getMessage().contains(BUCKET), e.getMessage());
    assertEquals(0, out.size());

    // A bucket that does not answer: the same refusal, before any byte.
    try (FileStore nowhere = FileStore.s3(new S3Store(settings(JvmProcess.freePort())))) {
      assertThrows(S3Store.MissingObjectException.class, () -> nowhere.copy(c, sha, out));
    }
    assertEquals(0, out.size());
  }

  @Test
  void filesWrittenToMariaDbStayReadableOnceTheStoreIsS3() throws Exception {
    byte[] content = content(BlobStore.CHUNK + 1);
    String sha = FileStore.database().put(c, content);
    c.commit();
    assertEquals("db", sql("SELECT location FROM stored_blob WHERE sha256 = ?", sha));
    assertEquals(2L, sql("SELECT COUNT(*) FROM blob_chunk WHERE sha256 = ?", sha));

    assertArrayEquals(content, files.read(c, sha));
    // Uploaded again in S3 mode: still the one row in MariaDB, no object.
    assertEquals(sha, files.put(c, content));
    c.commit();
    assertFalse(objectExists(sha));
    assertArrayEquals(content, files.read(c, sha));
  }

  private boolean objectExists(String sha) {
    return blobs.getBlobStore().blobExists(BUCKET, PREFIX + sha);
  }

  private byte[] content(int size) {
    byte[] b = new byte[size];
    random.nextBytes(b);
    return b;
  }

  private Object sql(String query, String sha) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(query)) {
      ps.setString(1, sha);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getObject(1);
      }
    }
  }
}
