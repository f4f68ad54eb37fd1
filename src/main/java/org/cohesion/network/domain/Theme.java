package org.cohesion.network.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.util.Locale;

/** A theme of urban policy (évaluation, prévention de la délinquance…) from the managed list. */
@Entity
@Table(name = "theme")
@NamedQuery(
    name = "Theme.listActive",
    query = "SELECT t FROM Theme t WHERE t.active = TRUE ORDER BY t.position, t.code")
@NamedQuery(name = "Theme.findByCode", query = "SELECT t FROM Theme t WHERE t.code = :code")
@NamedQuery(name = "Theme.listAll", query = "SELECT t FROM Theme t ORDER BY t.position, t.code")
@NamedQuery(name = "Theme.maxPosition", query = "SELECT COALESCE(MAX(t.position), 0) FROM Theme t")
public class Theme implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The longest label, used by the columns, the form and the themes page. */
  public static final int LABEL_MAX = 120;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private int version;

  @Column(nullable = false, length = 60)
  private String code;

  @Column(name = "label_fr", nullable = false, length = LABEL_MAX)
  private String labelFr;

  @Column(name = "label_en", nullable = false, length = LABEL_MAX)
  private String labelEn;

  private int position;
  private boolean active = true;

  protected Theme() {}

  public Theme(String code, String labelFr, String labelEn, int position) {
    this.code = code;
    this.labelFr = labelFr;
    this.labelEn = labelEn;
    this.position = position;
  }

  public void rename(String labelFr, String labelEn) {
    this.labelFr = labelFr;
    this.labelEn = labelEn;
  }

  /** No longer offered for new groups and people; those who have it keep it. */
  public void retire() {
    this.active = false;
  }

  public void restore() {
    this.active = true;
  }

  public boolean isActive() {
    return active;
  }

  public Long getId() {
    return id;
  }

  public String getCode() {
    return code;
  }

  public String label(Locale locale) {
    return locale != null && "en".equals(locale.getLanguage()) ? labelEn : labelFr;
  }

  public String getLabelFr() {
    return labelFr;
  }

  public String getLabelEn() {
    return labelEn;
  }

  @Override
  public boolean equals(Object o) {
    return this == o || o instanceof Theme other && id != null && id.equals(other.id);
  }

  @Override
  public int hashCode() {
    return Theme.class.hashCode();
  }
}
