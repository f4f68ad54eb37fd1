package org.cohesion.tools.application;

import java.io.Serializable;
import java.util.List;
import org.cohesion.tools.domain.SkosFile;

/**
 * What a SKOS import found and did (or, in a dry run, would do): each concept of the file with what
 * becomes of it, and the problems that stopped it, by concept and line. With a problem nothing is
 * written.
 */
public record ImportReport(
    boolean dryRun, List<ConceptOutcome> concepts, List<SkosFile.Problem> problems)
    implements Serializable {

  public enum Outcome {
    CREATED,
    CHANGED,
    UNCHANGED
  }

  public record ConceptOutcome(String uri, String label, Outcome outcome) implements Serializable {}

  public boolean applied() {
    return !dryRun && problems.isEmpty();
  }

  public long count(Outcome outcome) {
    return concepts.stream().filter(c -> c.outcome() == outcome).count();
  }
}
