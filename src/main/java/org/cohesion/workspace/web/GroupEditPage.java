package org.cohesion.workspace.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.cohesion.network.application.MemberAdministration;
import org.cohesion.network.domain.Theme;
import org.cohesion.platform.web.Actions;
import org.cohesion.workspace.application.GroupAdministration;
import org.cohesion.workspace.domain.JoinPolicy;
import org.cohesion.workspace.domain.Visibility;
import org.cohesion.workspace.domain.WorkingGroup;

/** Administration: create a working group or edit what defines it. */
@Named
@ViewScoped
public class GroupEditPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject GroupAdministration administration;
  @Inject MemberAdministration members;

  private String idParameter;
  private Long id;
  private WorkingGroup form;
  private Long themeId;

  public void load() {
    if (idParameter == null) {
      org.cohesion.platform.web.ViewParameters.reapply();
    }
    id = org.cohesion.platform.web.Ids.optional(idParameter);
    reload();
  }

  private void reload() {
    if (id == null) {
      form = WorkingGroup.blank();
      return;
    }
    form = administration.load(id);
    themeId = form.getTheme().getId();
  }

  public boolean isNew() {
    return id == null;
  }

  public String save() {
    form.setTheme(
        getThemes().stream().filter(t -> t.getId().equals(themeId)).findFirst().orElse(null));
    String[] slug = new String[1];
    boolean done =
        Actions.attempt(
            () -> slug[0] = isNew() ? administration.create(form) : administration.update(form),
            isNew() ? "group.created" : "group.saved");
    return done ? "/group?faces-redirect=true&g=" + slug[0] : null;
  }

  public List<Theme> getThemes() {
    return members.themes();
  }

  public Visibility[] getVisibilities() {
    return Visibility.values();
  }

  public JoinPolicy[] getJoinPolicies() {
    return JoinPolicy.values();
  }

  public Long getId() {
    return id;
  }

  public String getIdParameter() {
    return idParameter;
  }

  public void setIdParameter(String idParameter) {
    this.idParameter = idParameter;
  }

  public WorkingGroup getForm() {
    if (form == null) {
      // A fresh instance (see ViewParameters).
      load();
    }
    return form;
  }

  public Long getThemeId() {
    return themeId;
  }

  public void setThemeId(Long themeId) {
    this.themeId = themeId;
  }
}
