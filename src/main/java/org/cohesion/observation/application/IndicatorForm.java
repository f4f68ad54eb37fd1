package org.cohesion.observation.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import org.cohesion.observation.domain.Indicator;
import org.cohesion.observation.domain.IndicatorUnit;

/** A new indicator of the catalogue, as the import preview offers to create it. */
public class IndicatorForm implements Serializable {
  private static final long serialVersionUID = 1L;

  @NotBlank(message = "{indicator.code.required}")
  @Size(max = Indicator.CODE_MAX, message = "{field.tooLong}")
  @Pattern(regexp = Indicator.CODE_REGEX, message = "{indicator.code.pattern}")
  private String code;

  @NotBlank(message = "{indicator.labelFr.required}")
  @Size(max = Indicator.LABEL_MAX, message = "{field.tooLong}")
  private String labelFr;

  @NotBlank(message = "{indicator.labelEn.required}")
  @Size(max = Indicator.LABEL_MAX, message = "{field.tooLong}")
  private String labelEn;

  @NotNull(message = "{indicator.unit.required}")
  private IndicatorUnit unit = IndicatorUnit.COUNT;

  @Size(max = Indicator.DEFINITION_MAX, message = "{field.tooLong}")
  private String definition;

  @Size(max = Indicator.SOURCE_MAX, message = "{field.tooLong}")
  private String source;

  private Boolean higherIsBetter;

  @Size(max = Indicator.THEME_MAX, message = "{field.tooLong}")
  private String theme;

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getLabelFr() {
    return labelFr;
  }

  public void setLabelFr(String labelFr) {
    this.labelFr = labelFr;
  }

  public String getLabelEn() {
    return labelEn;
  }

  public void setLabelEn(String labelEn) {
    this.labelEn = labelEn;
  }

  public IndicatorUnit getUnit() {
    return unit;
  }

  public void setUnit(IndicatorUnit unit) {
    this.unit = unit;
  }

  public String getDefinition() {
    return definition;
  }

  public void setDefinition(String definition) {
    this.definition = definition;
  }

  public String getSource() {
    return source;
  }

  public void setSource(String source) {
    this.source = source;
  }

  public Boolean getHigherIsBetter() {
    return higherIsBetter;
  }

  public void setHigherIsBetter(Boolean higherIsBetter) {
    this.higherIsBetter = higherIsBetter;
  }

  public String getTheme() {
    return theme;
  }

  public void setTheme(String theme) {
    this.theme = theme;
  }
}
