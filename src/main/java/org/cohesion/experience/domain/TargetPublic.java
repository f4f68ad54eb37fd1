package org.cohesion.experience.domain;

/** The main public an action is for: a facet of the catalogue (the part "public" says more). */
public enum TargetPublic {
  CHILDREN,
  YOUTH,
  FAMILIES,
  ADULTS,
  SENIORS,
  PROFESSIONALS,
  ALL_INHABITANTS
}
