package org.cohesion.tools.application;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Each night, with the S3 store: the bucket's objects that no stored file names (left by a
 * rolled-back upload or by a deleted version) are deleted ({@link FileStorage#deleteOrphans}).
 * Every node may run it: each object's key is locked in MariaDB while it is decided.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class FileSweeps {
  private static final Logger LOG = Logger.getLogger(FileSweeps.class.getName());

  @Inject FileStorage storage;

  @Schedule(hour = "3", minute = "41", persistent = false)
  void nightly() {
    try {
      int deleted = storage.deleteOrphans();
      if (deleted > 0) {
        LOG.log(Level.INFO, "Deleted {0} S3 objects that no stored file names", deleted);
      }
    } catch (SQLException | IOException | RuntimeException e) {
      LOG.log(
          Level.WARNING,
          "The S3 orphans' sweep failed; it runs again tomorrow: {0}",
          e.getMessage());
    }
  }
}
