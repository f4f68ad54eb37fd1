package org.cohesion.observation.domain;

import java.util.Optional;

/** What the parser must know of the database: the territory codes and the indicators' units. */
public interface ImportCatalogue {

  boolean hasTerritory(String code);

  /** The unit of a known indicator; empty when the code is unknown. */
  Optional<IndicatorUnit> unitOf(String indicatorCode);
}
