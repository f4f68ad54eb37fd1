package org.cohesion.network.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import org.cohesion.network.domain.Theme;

/**
 * A theme's two labels as the administrator types them, for a new theme or a row of the list. Faces
 * checks the annotations field by field; {@link ThemeAdministration} checks them again. A new theme
 * may leave its English label empty (it takes the French one); a rename may not.
 */
public class ThemeForm implements Serializable {
  private static final long serialVersionUID = 1L;

  private Long id;
  private String code;
  private boolean active = true;

  @NotBlank(message = "{theme.label.required}")
  @Size(max = Theme.LABEL_MAX, message = "{field.tooLong}")
  private String labelFr;

  @Size(max = Theme.LABEL_MAX, message = "{field.tooLong}")
  private String labelEn;

  /** A new theme's labels. */
  public static ThemeForm labelled(String labelFr, String labelEn) {
    ThemeForm form = new ThemeForm();
    form.labelFr = labelFr;
    form.labelEn = labelEn;
    return form;
  }

  /** A theme of the list, for a rename. */
  public static ThemeForm of(Theme theme) {
    ThemeForm form = labelled(theme.getLabelFr(), theme.getLabelEn());
    form.id = theme.getId();
    form.code = theme.getCode();
    form.active = theme.isActive();
    return form;
  }

  public Long getId() {
    return id;
  }

  public String getCode() {
    return code;
  }

  public boolean isActive() {
    return active;
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
}
