package org.cohesion.observation.domain;

/** Levels of the territorial units, from the island down to the neighbourhood. */
public enum TerritoryLevel {
  MARTINIQUE,
  /** Agglomeration communities: CACEM, CAESM, CAP Nord. */
  EPCI,
  COMMUNE,
  /** Contrat urbain de cohésion sociale (2007-2014). */
  CUCS,
  /** A site of a CUCS. */
  SITE,
  /** Zone urbaine sensible (1996). */
  ZUS,
  /** Quartier prioritaire de la politique de la ville (2015, and the 2025 overseas geography). */
  QPV,
  QUARTIER
}
