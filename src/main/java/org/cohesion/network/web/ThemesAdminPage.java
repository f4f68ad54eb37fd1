package org.cohesion.network.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.cohesion.network.application.ThemeAdministration;
import org.cohesion.network.domain.Theme;
import org.cohesion.platform.web.Actions;

/** Administration: the managed list of themes. */
@Named
@ViewScoped
public class ThemesAdminPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject ThemeAdministration administration;

  private String labelFr;
  private String labelEn;
  private transient List<Theme> themes;

  public List<Theme> getThemes() {
    if (themes == null) {
      themes = administration.all();
    }
    return themes;
  }

  public void add() {
    if (Actions.attempt(() -> administration.add(labelFr, labelEn), "theme.added")) {
      labelFr = null;
      labelEn = null;
      themes = null;
    }
  }

  public void rename(Theme theme) {
    if (Actions.attempt(
        () -> administration.rename(theme.getId(), theme.getLabelFr(), theme.getLabelEn()),
        "theme.renamed")) {
      themes = null;
    }
  }

  public void toggle(Theme theme) {
    boolean restore = !theme.isActive();
    if (Actions.attempt(
        () -> administration.setActive(theme.getId(), restore),
        restore ? "theme.restored" : "theme.retired")) {
      themes = null;
    }
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
