package org.cohesion.workspace.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.cohesion.network.domain.NetworkEvent;
import org.cohesion.platform.web.Actions;
import org.cohesion.workspace.application.HomeView;
import org.cohesion.workspace.application.Workspaces;
import org.cohesion.workspace.domain.Membership;

/** "Mes groupes de travail": my groups, the groups I may join, the network's calendar. */
@Named
@RequestScoped
public class HomePage {

  @Inject Workspaces workspaces;

  private HomeView view;

  @PostConstruct
  void load() {
    view = workspaces.home();
  }

  public String join(long groupId) {
    return Actions.attempt(() -> workspaces.join(groupId), "group.joined") ? reload() : null;
  }

  public String requestToJoin(long groupId) {
    return Actions.attempt(() -> workspaces.requestToJoin(groupId, null), "joinRequest.sent")
        ? reload()
        : null;
  }

  private static String reload() {
    return "/index?faces-redirect=true";
  }

  public List<Membership> getMyGroups() {
    return view.myGroups();
  }

  public List<HomeView.JoinableGroup> getJoinable() {
    return view.joinable();
  }

  public List<NetworkEvent> getEvents() {
    return view.events();
  }
}
