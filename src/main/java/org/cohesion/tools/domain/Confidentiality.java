package org.cohesion.tools.domain;

/** Who may read a document: its group's members, every signed-in member, or anyone. */
public enum Confidentiality {
  GROUP,
  NETWORK,
  PUBLIC
}
