package org.cohesion.experience.domain;

import java.util.Arrays;
import java.util.List;

/**
 * The written parts of the fixed structure, in their order on the sheet. The required ones must be
 * filled before a sheet is submitted; those of the centre's evaluation grid are filled only when
 * the sheet carries the grid. Each part's label is {@code experience.part.<NAME>} in the bundles.
 */
public enum Part {
  CONTEXT(true, false),
  OBJECTIVES(true, false),
  TARGET_PUBLIC(true, false),
  ACTIONS(true, false),
  PARTICIPATION(true, false),
  STAFF(false, false),
  MEANS_PARTNERS(false, false),
  RESULTS(true, false),
  LIMITS(true, false),
  TRANSFER(true, false),
  GRID_STAKES(false, true),
  GRID_OBJECTIVES(false, true),
  GRID_EFFECTIVENESS(false, true),
  GRID_INDICATORS(false, true),
  GRID_LIMITS(false, true),
  GRID_POSITIVE(false, true),
  GRID_OPPORTUNITIES(false, true);

  /** The longest text a part holds (a few pages). */
  public static final int MAX_LENGTH = 20_000;

  private final boolean required;
  private final boolean grid;

  Part(boolean required, boolean grid) {
    this.required = required;
    this.grid = grid;
  }

  public boolean required() {
    return required;
  }

  public boolean grid() {
    return grid;
  }

  public String labelKey() {
    return "experience.part." + name();
  }

  /** The parts a sheet shows: the grid's only when it carries it. */
  public static List<Part> of(boolean withGrid) {
    return Arrays.stream(values()).filter(p -> withGrid || !p.grid).toList();
  }
}
