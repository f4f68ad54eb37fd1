package org.cohesion.tools.application;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every minute on every node, when clamd is configured: the files waiting in quarantine are scanned
 * again ({@link VirusScans}). The timer is not persistent: the rows are the state, and the nodes
 * share them through {@code SKIP LOCKED}.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ScanJobs {
  private static final Logger LOG = Logger.getLogger(ScanJobs.class.getName());

  @Inject VirusScans scans;

  @Schedule(hour = "*", minute = "*", persistent = false)
  void everyMinute() {
    if (!scans.enabled()) {
      return;
    }
    try {
      for (int i = 0; i < VirusScans.BATCH; i++) {
        VirusScans.Outcome outcome = scans.scanNext();
        if (outcome == VirusScans.Outcome.NONE || outcome == VirusScans.Outcome.STILL_UNREACHABLE) {
          break;
        }
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "The quarantine's scans stopped; they run again within a minute", e);
    }
  }
}
