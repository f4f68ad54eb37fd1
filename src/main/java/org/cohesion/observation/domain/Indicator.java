package org.cohesion.observation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Locale;
import java.util.Objects;

/**
 * An indicator of the catalogue: a code (the INSEE variable where there is one: POP, TCHOM...), a
 * label in French and English, a unit, a definition, a source, whether higher is better, a theme.
 */
@Entity
@Table(name = "indicator")
@NamedQuery(name = "Indicator.listAll", query = "SELECT i FROM Indicator i ORDER BY i.code")
@NamedQuery(name = "Indicator.findByCode", query = "SELECT i FROM Indicator i WHERE i.code = :code")
@NamedQuery(name = "Indicator.count", query = "SELECT COUNT(i) FROM Indicator i")
public class Indicator {

  /** The limits of an indicator's fields, used by the columns, the form and the import page. */
  public static final int CODE_MAX = 40;

  public static final String CODE_REGEX = "[A-Z][A-Z0-9_]*";
  public static final int LABEL_MAX = 200;
  public static final int DEFINITION_MAX = 5000;
  public static final int SOURCE_MAX = 200;
  public static final int THEME_MAX = 60;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private int version;

  @NotBlank
  @Size(max = CODE_MAX)
  @Pattern(regexp = CODE_REGEX)
  @Column(nullable = false, length = CODE_MAX, updatable = false)
  private String code;

  @NotBlank
  @Size(max = LABEL_MAX)
  @Column(name = "label_fr", nullable = false, length = LABEL_MAX)
  private String labelFr;

  @NotBlank
  @Size(max = LABEL_MAX)
  @Column(name = "label_en", nullable = false, length = LABEL_MAX)
  private String labelEn;

  @NotNull
  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private IndicatorUnit unit;

  @Size(max = DEFINITION_MAX)
  private String definition;

  @Size(max = SOURCE_MAX)
  @Column(length = SOURCE_MAX)
  private String source;

  @Column(name = "higher_is_better")
  private Boolean higherIsBetter;

  @Size(max = THEME_MAX)
  @Column(length = THEME_MAX)
  private String theme;

  @Column(nullable = false)
  private boolean demo;

  protected Indicator() {}

  public Indicator(String code, String labelFr, String labelEn, IndicatorUnit unit) {
    this.code = Objects.requireNonNull(code).strip().toUpperCase(Locale.ROOT);
    this.labelFr = Objects.requireNonNull(labelFr).strip();
    this.labelEn = Objects.requireNonNull(labelEn).strip();
    this.unit = Objects.requireNonNull(unit);
  }

  public Indicator describe(
      String definition, String source, Boolean higherIsBetter, String theme) {
    this.definition = definition;
    this.source = source;
    this.higherIsBetter = higherIsBetter;
    this.theme = theme;
    return this;
  }

  public void markDemo() {
    this.demo = true;
  }

  public String label(Locale locale) {
    return locale != null && "en".equals(locale.getLanguage()) ? labelEn : labelFr;
  }

  public Long getId() {
    return id;
  }

  public int getVersion() {
    return version;
  }

  public String getCode() {
    return code;
  }

  public String getLabelFr() {
    return labelFr;
  }

  public String getLabelEn() {
    return labelEn;
  }

  public IndicatorUnit getUnit() {
    return unit;
  }

  public String getDefinition() {
    return definition;
  }

  public String getSource() {
    return source;
  }

  public Boolean getHigherIsBetter() {
    return higherIsBetter;
  }

  public String getTheme() {
    return theme;
  }

  public boolean isDemo() {
    return demo;
  }
}
