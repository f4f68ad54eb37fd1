package org.cohesion.tools.infrastructure;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * Files in MariaDB: a row per content in {@code stored_blob}, keyed by its SHA-256, and its bytes
 * in {@code blob_chunk} rows of {@link #CHUNK} bytes. Written on the caller's connection, so the
 * chunks commit or roll back with the document that names them (a failed upload leaves nothing).
 * Two uploads of the same content at once: the second {@code INSERT IGNORE} waits on the first's
 * key lock and then finds the row, so the chunks are written once.
 */
public final class BlobStore {

  /** 1 MiB: far below MariaDB's max_allowed_packet, and one chunk in memory at a time on reads. */
  public static final int CHUNK = 1024 * 1024;

  private BlobStore() {}

  public static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  /** Stores the content under its SHA-256 (once) and answers that address. */
  public static String put(Connection c, byte[] content) throws SQLException {
    String sha = sha256(content);
    int chunks = (content.length + CHUNK - 1) / CHUNK;
    int inserted;
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT IGNORE INTO stored_blob (sha256, size_bytes, chunks) VALUES (?, ?, ?)")) {
      ps.setString(1, sha);
      ps.setLong(2, content.length);
      ps.setInt(3, chunks);
      inserted = ps.executeUpdate();
    }
    if (inserted == 0) {
      return sha;
    }
    try (PreparedStatement ps =
        c.prepareStatement("INSERT INTO blob_chunk (sha256, seq, data) VALUES (?, ?, ?)")) {
      for (int i = 0; i < chunks; i++) {
        ps.setString(1, sha);
        ps.setInt(2, i);
        ps.setBytes(
            3, Arrays.copyOfRange(content, i * CHUNK, Math.min(content.length, (i + 1) * CHUNK)));
        ps.executeUpdate();
      }
    }
    return sha;
  }

  /** Writes the stored content to {@code out}, one chunk at a time. */
  public static long copy(Connection c, String sha, OutputStream out)
      throws SQLException, IOException {
    return copy(c, sha, chunksOf(c, sha), out);
  }

  /** As {@link #copy(Connection, String, OutputStream)}, the number of chunks already read. */
  static long copy(Connection c, String sha, int chunks, OutputStream out)
      throws SQLException, IOException {
    long written = 0;
    try (PreparedStatement ps =
        c.prepareStatement("SELECT data FROM blob_chunk WHERE sha256 = ? AND seq = ?")) {
      for (int i = 0; i < chunks; i++) {
        ps.setString(1, sha);
        ps.setInt(2, i);
        try (ResultSet rs = ps.executeQuery()) {
          if (!rs.next()) {
            throw new SQLException("Missing chunk " + i + " of " + sha);
          }
          try (InputStream in = rs.getBinaryStream(1)) {
            written += in.transferTo(out);
          }
        }
      }
    }
    return written;
  }

  /** The whole content, for the tests and the extraction of small files. */
  public static byte[] read(Connection c, String sha) throws SQLException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      copy(c, sha, out);
    } catch (IOException e) {
      throw new SQLException(e);
    }
    return out.toByteArray();
  }

  private static int chunksOf(Connection c, String sha) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("SELECT chunks FROM stored_blob WHERE sha256 = ?")) {
      ps.setString(1, sha);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          throw new SQLException("No stored file " + sha);
        }
        return rs.getInt(1);
      }
    }
  }

  /**
   * Deletes a content no version names any more; answers whether it did. The blob's row is locked
   * first and the versions are read with a locking read (the latest committed rows): an upload of
   * the same content at once either commits its version first (the content stays) or waits and then
   * writes the content again.
   */
  public static boolean deleteIfUnused(Connection c, String sha) throws SQLException {
    try (PreparedStatement lock =
        c.prepareStatement("SELECT sha256 FROM stored_blob WHERE sha256 = ? FOR UPDATE")) {
      lock.setString(1, sha);
      try (ResultSet rs = lock.executeQuery()) {
        if (!rs.next()) {
          return false;
        }
      }
    }
    try (PreparedStatement used =
        c.prepareStatement(
            "SELECT COUNT(*) FROM document_version WHERE sha256 = ? LOCK IN SHARE MODE")) {
      used.setString(1, sha);
      try (ResultSet rs = used.executeQuery()) {
        rs.next();
        if (rs.getLong(1) > 0) {
          return false;
        }
      }
    }
    try (PreparedStatement chunks = c.prepareStatement("DELETE FROM blob_chunk WHERE sha256 = ?");
        PreparedStatement blob = c.prepareStatement("DELETE FROM stored_blob WHERE sha256 = ?")) {
      chunks.setString(1, sha);
      chunks.executeUpdate();
      blob.setString(1, sha);
      blob.executeUpdate();
    }
    return true;
  }
}
