package org.cohesion.workspace.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.cohesion.network.application.MemberAdministration;
import org.cohesion.network.domain.Theme;
import org.cohesion.platform.web.Actions;
import org.cohesion.platform.web.ViewParameters;
import org.cohesion.workspace.application.GroupAdministration;
import org.cohesion.workspace.application.GroupForm;
import org.cohesion.workspace.domain.JoinPolicy;
import org.cohesion.workspace.domain.Visibility;

/** Administration: create a working group or edit what defines it. */
@Named
@ViewScoped
public class GroupEditPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject GroupAdministration administration;
  @Inject MemberAdministration members;

  private String idParameter;
  private Long id;
  private GroupForm form;

  public void load() {
    ViewParameters.reapply();
    id = org.cohesion.platform.web.Ids.optional(idParameter);
    reload();
  }

  private void reload() {
    form = id == null ? new GroupForm() : administration.form(id);
  }

  public boolean isNew() {
    return id == null;
  }

  public String save() {
    return Actions.result(
            () -> isNew() ? administration.create(form) : administration.update(form),
            isNew() ? "group.created" : "group.saved")
        .map(slug -> "/group?faces-redirect=true&id=" + slug)
        .orElse(null);
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

  public GroupForm getForm() {
    if (form == null) {
      // A fresh instance (see ViewParameters).
      load();
    }
    return form;
  }
}
