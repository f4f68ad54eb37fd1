package org.cohesion.observation.domain;

import java.io.Serializable;
import java.util.List;

/**
 * One problem of a file: where (line from 1, column from 1; 0 when the whole file or line is
 * concerned) and what, as a message key with its arguments.
 */
public record ImportProblem(int line, int column, String key, List<String> args)
    implements Serializable {

  public ImportProblem {
    args = List.copyOf(args);
  }

  public static ImportProblem of(int line, int column, String key, Object... args) {
    return new ImportProblem(
        line, column, key, java.util.Arrays.stream(args).map(String::valueOf).toList());
  }
}
