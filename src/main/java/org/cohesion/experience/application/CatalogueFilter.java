package org.cohesion.experience.application;

import java.io.Serializable;
import org.cohesion.experience.domain.TargetPublic;

/** The catalogue's filters; each null one is not applied. */
public record CatalogueFilter(Long themeId, Long territoryId, Integer year, TargetPublic audience)
    implements Serializable {

  public static CatalogueFilter none() {
    return new CatalogueFilter(null, null, null, null);
  }
}
