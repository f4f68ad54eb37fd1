package org.cohesion.workspace.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Set;
import org.cohesion.network.application.MemberDirectory;
import org.cohesion.network.domain.NetworkEvent;
import org.cohesion.platform.web.Actions;
import org.cohesion.workspace.application.Workspaces;
import org.cohesion.workspace.domain.JoinPolicy;
import org.cohesion.workspace.domain.Membership;
import org.cohesion.workspace.domain.WorkingGroup;

/** "Mes groupes de travail": my groups, the groups I may join, the network's calendar. */
@Named
@RequestScoped
public class HomePage {

  @Inject Workspaces workspaces;
  @Inject MemberDirectory directory;

  private List<Membership> myGroups;
  private List<WorkingGroup> joinable;
  private Set<Long> pending;
  private List<NetworkEvent> events;

  @PostConstruct
  void load() {
    myGroups = workspaces.myGroups();
    joinable = workspaces.joinable();
    pending = workspaces.myPendingRequests();
    events = directory.latestEvents(6);
  }

  public String join(long groupId) {
    return Actions.attempt(() -> workspaces.join(groupId), "group.joined") ? reload() : null;
  }

  public String requestToJoin(long groupId) {
    return Actions.attempt(() -> workspaces.requestToJoin(groupId, null), "joinRequest.sent")
        ? reload()
        : null;
  }

  public boolean isOpen(WorkingGroup group) {
    return group.getJoinPolicy() == JoinPolicy.OPEN;
  }

  public boolean isPending(WorkingGroup group) {
    return pending.contains(group.getId());
  }

  private static String reload() {
    return "/index?faces-redirect=true";
  }

  public List<Membership> getMyGroups() {
    return myGroups;
  }

  public List<WorkingGroup> getJoinable() {
    return joinable;
  }

  public List<NetworkEvent> getEvents() {
    return events;
  }
}
