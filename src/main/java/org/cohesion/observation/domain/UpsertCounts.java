package org.cohesion.observation.domain;

/** What an import did: values added, values changed, values found as they were. */
public record UpsertCounts(int added, int changed, int unchanged) {}
