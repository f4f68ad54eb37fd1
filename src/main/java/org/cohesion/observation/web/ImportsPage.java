package org.cohesion.observation.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.cohesion.observation.application.ObservationImports;
import org.cohesion.observation.domain.ImportBatch;

/** Who imported what, when, and what it changed (for those who import). */
@Named
@RequestScoped
public class ImportsPage {

  @Inject ObservationImports imports;

  private List<ImportBatch> batches;

  public void load() {
    batches = imports.history(200);
  }

  public List<ImportBatch> getBatches() {
    if (batches == null) {
      load();
    }
    return batches;
  }
}
