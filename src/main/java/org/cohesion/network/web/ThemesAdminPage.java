package org.cohesion.network.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.cohesion.network.application.ThemeAdministration;
import org.cohesion.network.application.ThemeForm;
import org.cohesion.platform.web.Actions;

/** Administration: the managed list of themes. */
@Named
@ViewScoped
public class ThemesAdminPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject ThemeAdministration administration;

  private ThemeForm newTheme = new ThemeForm();
  // Read again at each request: a postback's typed labels land on the rows read for it.
  private transient List<ThemeForm> themes;

  public List<ThemeForm> getThemes() {
    if (themes == null) {
      themes = administration.all().stream().map(ThemeForm::of).toList();
    }
    return themes;
  }

  public void add() {
    if (Actions.attempt(() -> administration.add(newTheme), "theme.added")) {
      newTheme = new ThemeForm();
      themes = null;
    }
  }

  public void rename(ThemeForm theme) {
    if (Actions.attempt(() -> administration.rename(theme), "theme.renamed")) {
      themes = null;
    }
  }

  public void toggle(ThemeForm theme) {
    boolean restore = !theme.isActive();
    if (Actions.attempt(
        () -> administration.setActive(theme.getId(), restore),
        restore ? "theme.restored" : "theme.retired")) {
      themes = null;
    }
  }

  public ThemeForm getNewTheme() {
    return newTheme;
  }
}
