package org.cohesion.tools.domain;

/** The kinds of document the centre holds (Dublin Core's type, from the list). */
public enum DocumentType {
  GUIDE,
  EVALUATION_FRAMEWORK,
  REPORT,
  MINUTES,
  PARTICIPANT_PACK,
  NEWSLETTER,
  EXPERIENCE_SHEET_ATTACHMENT
}
