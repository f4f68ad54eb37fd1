package org.cohesion.observation.domain;

/** Life of an import batch: staged (validated, waiting), committed, or discarded. */
public enum BatchStatus {
  STAGED,
  COMMITTED,
  DISCARDED
}
