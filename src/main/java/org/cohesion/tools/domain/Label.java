package org.cohesion.tools.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Objects;

/** A label in one language (an alternative label of a concept: synonym, acronym, old name). */
@Embeddable
public class Label implements Serializable {
  private static final long serialVersionUID = 1L;

  @Column(name = "lang", nullable = false, length = 8)
  private String lang;

  @Column(name = "label", nullable = false, length = 160)
  private String text;

  protected Label() {}

  public Label(String lang, String text) {
    this.lang = Objects.requireNonNull(lang);
    this.text = Objects.requireNonNull(text);
  }

  public String getLang() {
    return lang;
  }

  public String getText() {
    return text;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Label l && l.lang.equals(lang) && l.text.equals(text);
  }

  @Override
  public int hashCode() {
    return Objects.hash(lang, text);
  }

  @Override
  public String toString() {
    return text + "@" + lang;
  }
}
