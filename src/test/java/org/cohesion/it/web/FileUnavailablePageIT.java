package org.cohesion.it.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import org.cohesion.it.Databases;
import org.junit.jupiter.api.Test;

/**
 * A download whose bytes the file store cannot give (a row said to be in S3, which the suite's
 * Payara has not got: as an object deleted from the bucket would be) answers the 503 page saying
 * that the file cannot be read, in the reader's language, instead of a broken download or a stack
 * trace. A public library document, so no sign-in; written in SQL as an upload leaves it.
 */
class FileUnavailablePageIT extends HttpTestBase {

  @Test
  void aFileTheStoreCannotGiveIsA503PageSayingSo() throws Exception {
    long version;
    try (Connection db = Databases.suite()) {
      version = publicDocumentInS3(db);
    }
    HttpResponse<String> answer = client().get("tools/file/" + version);
    assertEquals(503, answer.statusCode());
    assertTrue(
        answer.body().contains("Ce fichier ne peut pas être lu pour le moment"), answer.body());
    assertFalse(answer.body().contains("Exception"), answer.body());
    assertTrue(answer.headers().firstValue("Content-Disposition").isEmpty());
  }

  private static long publicDocumentInS3(Connection db) throws SQLException {
    String sha = "%064d".formatted(System.nanoTime());
    try (PreparedStatement blob =
        db.prepareStatement(
            "INSERT INTO stored_blob (sha256, size_bytes, chunks, location) VALUES (?, 5, 0, 's3')")) {
      blob.setString(1, sha);
      blob.executeUpdate();
    }
    long document;
    try (PreparedStatement doc =
        db.prepareStatement(
            "INSERT INTO tool_document (group_id, confidentiality, title, doc_type, language,"
                + " created_by) SELECT NULL, 'PUBLIC', 'Guide introuvable', 'GUIDE', 'fr', m.id"
                + " FROM member m JOIN account a ON a.member_id = m.id WHERE a.login = 'manselme'",
            Statement.RETURN_GENERATED_KEYS)) {
      doc.executeUpdate();
      document = Databases.generatedKey(doc);
    }
    try (PreparedStatement v =
        db.prepareStatement(
            "INSERT INTO document_version (document_id, number, sha256, file_name, media_type,"
                + " size_bytes, uploaded_by, extracted_text) SELECT id, 1, ?, 'guide.txt',"
                + " 'text/plain', 5, created_by, 'Guide' FROM tool_document WHERE id = ?",
            Statement.RETURN_GENERATED_KEYS)) {
      v.setString(1, sha);
      v.setLong(2, document);
      v.executeUpdate();
      return Databases.generatedKey(v);
    }
  }
}
