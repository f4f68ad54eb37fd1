package org.cohesion.platform.domain;

import java.io.Serializable;
import java.util.List;

/** One page of a longer list, with the total, for paginated tables. */
public record Page<T>(List<T> items, long total) implements Serializable {}
