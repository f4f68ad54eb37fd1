package org.cohesion.observation.application;

import java.io.Serializable;
import java.util.List;
import org.cohesion.observation.domain.ColumnMapping;
import org.cohesion.observation.domain.ImportProblem;
import org.cohesion.observation.domain.Layout;
import org.cohesion.observation.domain.ParsedFile;
import org.cohesion.observation.domain.ParsedValue;

/**
 * What the import page shows before anything is written: the batch (null when the file was refused
 * outright: too large, binary, empty), the layout, the column mapping, the first values, the
 * problems with their line and column, and the indicator codes the catalogue lacks.
 */
public record ImportPreview(
    Long batchId,
    String fileName,
    Layout layout,
    String separator,
    String charset,
    List<ColumnMapping> columns,
    List<ParsedValue> sample,
    int values,
    int dataLines,
    List<ImportProblem> problems,
    int problemCount,
    List<String> unknownIndicators)
    implements Serializable {

  static final int SAMPLE = 20;

  static ImportPreview of(Long batchId, String fileName, ParsedFile file) {
    return new ImportPreview(
        batchId,
        fileName,
        file.layout(),
        file.separator() == '\t' ? "TAB" : String.valueOf(file.separator()),
        file.charset() == null ? "" : file.charset().name(),
        file.columns(),
        List.copyOf(file.values().subList(0, Math.min(SAMPLE, file.values().size()))),
        file.values().size(),
        file.dataLines(),
        file.problems(),
        file.problemCount(),
        List.copyOf(file.unknownIndicators()));
  }

  public boolean isValid() {
    return batchId != null && problemCount == 0 && values > 0;
  }
}
