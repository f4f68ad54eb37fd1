package org.cohesion.workspace.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.cohesion.platform.web.PageModel;
import org.cohesion.workspace.application.Workspaces;
import org.cohesion.workspace.domain.WorkingGroup;

/** Every group the member may see, a page at a time. */
@Named
@ViewScoped
public class GroupsPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject Workspaces workspaces;

  private PageModel<WorkingGroup> groups;

  @PostConstruct
  void init() {
    Workspaces service = workspaces;
    groups = new PageModel<>(service::directory);
  }

  public PageModel<WorkingGroup> getGroups() {
    return groups;
  }
}
