package org.cohesion.observation.domain;

/**
 * The two layouts of a CSV file: INSEE's wide one ({@code CODGEO;LIBGEO;POP08;TCHOM08...}, one
 * column per indicator and year) and the long one ({@code territoire;indicateur;periode;valeur}).
 */
public enum Layout {
  WIDE,
  LONG
}
