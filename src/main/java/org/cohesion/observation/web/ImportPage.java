package org.cohesion.observation.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Optional;
import org.cohesion.observation.application.Catalogue;
import org.cohesion.observation.application.ImportPreview;
import org.cohesion.observation.application.IndicatorForm;
import org.cohesion.observation.application.ObservationImports;
import org.cohesion.observation.domain.ImportBatch;
import org.cohesion.observation.domain.ImportProblem;
import org.cohesion.observation.domain.IndicatorUnit;
import org.cohesion.platform.domain.AccessDeniedException;
import org.cohesion.platform.web.Actions;
import org.cohesion.platform.web.Messages;
import org.primefaces.event.FileUploadEvent;

/**
 * The import page: upload a CSV, read its report (every problem with its line and column), create
 * the indicators it names and the catalogue lacks, then confirm. The view keeps the batch id only:
 * the file waits on its batch row, so any node can show the preview again or commit it.
 */
@Named
@ViewScoped
public class ImportPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject ObservationImports imports;
  @Inject Catalogue catalogue;

  private Long batchId;
  private transient ImportPreview preview;
  private String source;
  private IndicatorForm newIndicator;
  private boolean schematic;
  private int[] lastCounts;

  /** Only those who import reach the page (403 for anyone else). */
  public void load() {
    if (!imports.canImport()) {
      throw new AccessDeniedException();
    }
  }

  public void upload(FileUploadEvent event) {
    byte[] bytes = event.getFile().getContent();
    String name = event.getFile().getFileName();
    lastCounts = null;
    newIndicator = null;
    Actions.result(() -> imports.stage(name, bytes), null).ifPresent(p -> preview = p);
    batchId = preview == null ? null : preview.batchId();
    if (preview != null) {
      if (preview.isValid()) {
        Messages.info("import.readyToCommit", preview.values());
      } else {
        Messages.error("import.hasProblems", preview.problemCount());
      }
    }
  }

  public void prepareIndicator(String code) {
    newIndicator = new IndicatorForm();
    newIndicator.setCode(code);
    newIndicator.setUnit(IndicatorUnit.COUNT);
  }

  public void createIndicator() {
    IndicatorForm form = newIndicator;
    if (form != null
        && Actions.attempt(() -> catalogue.createIndicator(form), "indicator.created")) {
      newIndicator = null;
      refresh();
    }
  }

  public void cancelIndicator() {
    newIndicator = null;
  }

  public void commit() {
    if (batchId == null) {
      return;
    }
    long id = batchId;
    Optional<ImportBatch> committed = Actions.result(() -> imports.commit(id, source), null);
    if (committed.isPresent()) {
      ImportBatch done = committed.get();
      lastCounts = new int[] {done.getRowsAdded(), done.getRowsChanged(), done.getRowsUnchanged()};
      Messages.info("import.committed", lastCounts[0], lastCounts[1], lastCounts[2]);
      batchId = null;
      preview = null;
      source = null;
    }
  }

  public void discard() {
    if (batchId != null) {
      long id = batchId;
      Actions.attempt(() -> imports.discard(id), "import.discarded");
    }
    batchId = null;
    preview = null;
  }

  public void uploadBoundaries(FileUploadEvent event) {
    byte[] bytes = event.getFile().getContent();
    boolean drawn = schematic;
    Actions.result(() -> catalogue.importBoundaries(bytes, drawn), null)
        .ifPresent(matched -> Messages.info("boundary.imported", matched));
  }

  private void refresh() {
    if (batchId != null) {
      Actions.result(() -> imports.preview(batchId), null).ifPresent(p -> preview = p);
    }
  }

  public ImportPreview getPreview() {
    if (preview == null && batchId != null) {
      refresh();
    }
    return preview;
  }

  /** A problem in the user's language. */
  public String describe(ImportProblem problem) {
    return Messages.text(
            "import.problem.where",
            String.valueOf(problem.line()),
            String.valueOf(problem.column()))
        + " "
        + Messages.text(problem.key(), problem.args().toArray());
  }

  public IndicatorUnit[] getUnits() {
    return IndicatorUnit.values();
  }

  public long getMaxBytes() {
    return imports.maxBytes();
  }

  public Long getBatchId() {
    return batchId;
  }

  public int[] getLastCounts() {
    return lastCounts;
  }

  public String getSource() {
    return source;
  }

  public void setSource(String source) {
    this.source = source;
  }

  public IndicatorForm getNewIndicator() {
    return newIndicator;
  }

  public boolean isSchematic() {
    return schematic;
  }

  public void setSchematic(boolean schematic) {
    this.schematic = schematic;
  }
}
