package org.cohesion.workspace.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.cohesion.platform.web.Actions;
import org.cohesion.workspace.application.GroupPageView;
import org.cohesion.workspace.application.Workspaces;

/**
 * A working group's page: what it is, its sections and dashboard, who is in it, and joining or
 * leaving it. Its leads manage it on {@link GroupManagePage}, linked from here: the page everyone
 * reads carries no management controls (docs/performance.md). Every action goes through {@link
 * Workspaces}, which checks the caller's right on this group again.
 */
@Named
@ViewScoped
public class GroupPage extends GroupViewBean {
  private static final long serialVersionUID = 1L;

  @Inject Workspaces workspaces;

  private String requestMessage;

  @Override
  protected GroupPageView read(String slug) {
    return workspaces.page(slug);
  }

  @Override
  protected GroupPageView read(long groupId) {
    return workspaces.page(groupId);
  }

  public void join() {
    if (Actions.attempt(() -> workspaces.join(id()), "group.joined")) {
      refresh();
    }
  }

  public void requestToJoin() {
    if (Actions.attempt(() -> workspaces.requestToJoin(id(), requestMessage), "joinRequest.sent")) {
      requestMessage = null;
      refresh();
    }
  }

  public void withdrawRequest() {
    if (Actions.attempt(() -> workspaces.withdrawRequest(id()), "joinRequest.withdrawn")) {
      refresh();
    }
  }

  public String leave() {
    if (Actions.attempt(() -> workspaces.leave(id()), "group.left")) {
      return "/index?faces-redirect=true";
    }
    return null;
  }

  public boolean isRequestPending() {
    return view().requestPending();
  }

  public String getRequestMessage() {
    return requestMessage;
  }

  public void setRequestMessage(String requestMessage) {
    this.requestMessage = requestMessage;
  }
}
