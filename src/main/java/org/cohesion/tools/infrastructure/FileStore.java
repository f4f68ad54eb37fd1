package org.cohesion.tools.infrastructure;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a file's bytes go: MariaDB ({@link BlobStore}, the default) or an S3-compatible bucket
 * ({@link S3Store}). Either way the {@code stored_blob} row, keyed by the SHA-256, is in MariaDB
 * and says where its bytes are ({@code location}: {@code db} or {@code s3}), so a file is read from
 * where it was written whatever the store is now.
 *
 * <p>With S3 the object cannot join the database's transaction: it is written before the row's
 * transaction commits (after the row's insert, whose key lock the transaction holds), so a
 * committed row always has its object, and a rolled-back upload leaves at most an object no row
 * names: an orphan, harmless, that {@link #deleteOrphans} removes. Deleting a content no version
 * names deletes its row only; its object becomes such an orphan.
 */
public final class FileStore implements AutoCloseable {

  public static final String DATABASE = "db";
  public static final String S3 = "s3";

  private final S3Store s3;

  private FileStore(S3Store s3) {
    this.s3 = s3;
  }

  /** Files written to MariaDB (those already in a bucket are still read from it if one is set). */
  public static FileStore database() {
    return new FileStore(null);
  }

  /** Files written to this bucket. */
  public static FileStore s3(S3Store s3) {
    return new FileStore(s3);
  }

  /** Where new files go: {@link #DATABASE} or {@link #S3}. */
  public String location() {
    return s3 == null ? DATABASE : S3;
  }

  /**
   * Stores the content under its SHA-256 (once) and answers that address, on the caller's
   * transaction's connection.
   *
   * @throws IOException the bucket could not be written: the caller's transaction must roll back
   */
  public String put(Connection c, byte[] content) throws SQLException, IOException {
    if (s3 == null) {
      return BlobStore.put(c, content);
    }
    String sha = BlobStore.sha256(content);
    int inserted;
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT IGNORE INTO stored_blob (sha256, size_bytes, chunks, location)"
                + " VALUES (?, ?, 0, 's3')")) {
      ps.setString(1, sha);
      ps.setLong(2, content.length);
      inserted = ps.executeUpdate();
    }
    if (inserted > 0) {
      // This transaction holds the new row's key: no other one can name the content or sweep its
      // object (deleteOrphans locks the key) until it ends.
      s3.putOnce(sha, content);
    }
    return sha;
  }

  /** Writes the stored content to {@code out}: chunk by chunk from MariaDB, streamed from S3. */
  public long copy(Connection c, String sha, OutputStream out) throws SQLException, IOException {
    String location;
    int chunks;
    // Where the bytes are and, in MariaDB, in how many chunks: one read of the row.
    try (PreparedStatement ps =
        c.prepareStatement("SELECT location, chunks FROM stored_blob WHERE sha256 = ?")) {
      ps.setString(1, sha);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          throw new SQLException("No stored file " + sha);
        }
        location = rs.getString(1);
        chunks = rs.getInt(2);
      }
    }
    if (!S3.equals(location)) {
      return BlobStore.copy(c, sha, chunks, out);
    }
    if (s3 == null) {
      throw new S3Store.MissingObjectException(
          "File " + sha + " is in S3, and no S3 store is configured (cohesion.files.s3.*)");
    }
    return s3.copy(sha, out);
  }

  /** The whole content, for the virus scan's second look and the tests. */
  public byte[] read(Connection c, String sha) throws SQLException, IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    copy(c, sha, out);
    return out.toByteArray();
  }

  /**
   * Deletes a content no version names any more (its row, its chunks; an object in S3 is left, an
   * orphan for {@link #deleteOrphans}); answers whether it did.
   */
  public boolean deleteIfUnused(Connection c, String sha) throws SQLException {
    return BlobStore.deleteIfUnused(c, sha);
  }

  /** The objects of the bucket that no {@code stored_blob} row names (none without S3). */
  public List<String> orphans(Connection c) throws SQLException, IOException {
    List<String> orphans = new ArrayList<>();
    if (s3 == null) {
      return orphans;
    }
    try (PreparedStatement ps =
        c.prepareStatement("SELECT 1 FROM stored_blob WHERE sha256 = ? AND location = 's3'")) {
      for (String sha : s3.contents()) {
        ps.setString(1, sha);
        try (ResultSet rs = ps.executeQuery()) {
          if (!rs.next()) {
            orphans.add(sha);
          }
        }
      }
    }
    return orphans;
  }

  /**
   * Deletes the orphans, each in a short transaction of its own on {@code c} (a connection outside
   * any other transaction): the content's key is locked first ({@code FOR UPDATE} at REPEATABLE
   * READ locks the key even when no row has it), so an upload of that content at the same moment
   * either committed its row first (the object stays) or waits, then writes the object anew.
   * Answers how many were deleted.
   */
  public int deleteOrphans(Connection c) throws SQLException, IOException {
    if (s3 == null) {
      return 0;
    }
    boolean autoCommit = c.getAutoCommit();
    int isolation = c.getTransactionIsolation();
    int deleted = 0;
    c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
    c.setAutoCommit(false);
    try (PreparedStatement lock =
        c.prepareStatement("SELECT location FROM stored_blob WHERE sha256 = ? FOR UPDATE")) {
      for (String sha : orphans(c)) {
        lock.setString(1, sha);
        boolean named;
        try (ResultSet rs = lock.executeQuery()) {
          named = rs.next() && S3.equals(rs.getString(1));
        }
        if (!named) {
          s3.delete(sha);
          deleted++;
        }
        c.commit();
      }
    } catch (SQLException | IOException | RuntimeException e) {
      c.rollback();
      throw e;
    } finally {
      c.setAutoCommit(autoCommit);
      c.setTransactionIsolation(isolation);
    }
    return deleted;
  }

  @Override
  public void close() {
    if (s3 != null) {
      s3.close();
    }
  }
}
