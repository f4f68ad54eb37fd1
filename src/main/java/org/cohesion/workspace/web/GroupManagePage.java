package org.cohesion.workspace.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cohesion.network.domain.Member;
import org.cohesion.platform.web.Actions;
import org.cohesion.platform.web.Choice;
import org.cohesion.platform.web.Messages;
import org.cohesion.workspace.application.GroupPageView;
import org.cohesion.workspace.application.Workspaces;
import org.cohesion.workspace.domain.GroupRole;

/**
 * "Gérer le groupe" ({@code group-manage.xhtml}), for the group's leads and the administrators: its
 * description, the join requests, the members' roles, adding and removing members, the dashboard's
 * pins. {@link Workspaces#managementPage} refuses anyone else (403), and every action checks the
 * caller's right on this group again.
 */
@Named
@ViewScoped
public class GroupManagePage extends GroupViewBean {
  private static final long serialVersionUID = 1L;

  @Inject Workspaces workspaces;

  private final Map<Long, GroupRole> roleEdits = new HashMap<>();
  private String description;
  // The version of the group the description was read from: a save checks it, so that an edit made
  // meanwhile (on this node or another) is not silently overwritten, even after a fail-over.
  private int descriptionVersion;
  private Choice newMember;
  private GroupRole newMemberRole = GroupRole.CONTRIBUTOR;

  @Override
  protected GroupPageView read(String slug) {
    return workspaces.managementPage(slug);
  }

  @Override
  protected GroupPageView read(long groupId) {
    return workspaces.managementPage(groupId);
  }

  @Override
  protected void shown(GroupPageView read) {
    roleEdits.clear();
    read.members().forEach(ms -> roleEdits.put(ms.getMember().getId(), ms.getRole()));
    description = read.group().getDescription();
    descriptionVersion = read.group().getVersion();
  }

  public void accept(long requestId) {
    if (Actions.attempt(() -> workspaces.acceptRequest(requestId), "joinRequest.accepted")) {
      refresh();
    }
  }

  public void refuse(long requestId) {
    if (Actions.attempt(() -> workspaces.refuseRequest(requestId), "joinRequest.refused")) {
      refresh();
    }
  }

  /** The "add a member" search: people not in the group yet, whose name or organisation match. */
  public List<Choice> completeCandidates(String text) {
    long group = id();
    List<Member> found = new ArrayList<>();
    Actions.attempt(() -> found.addAll(workspaces.candidates(group, text)), null);
    return found.stream().map(GroupManagePage::candidate).toList();
  }

  private static Choice candidate(Member m) {
    String organisation = m.getOrganisation();
    return new Choice(
        m.getId(),
        organisation == null || organisation.isBlank()
            ? m.getFullName()
            : m.getFullName() + " — " + organisation);
  }

  public void addMember() {
    if (newMember == null) {
      Messages.error("group.chooseMember");
      return;
    }
    long memberId = newMember.id();
    GroupRole role = newMemberRole;
    if (Actions.attempt(() -> workspaces.addMember(id(), memberId, role), "group.memberAdded")) {
      newMember = null;
      refresh();
    }
  }

  public void changeRole(long memberId) {
    GroupRole role = roleEdits.get(memberId);
    Actions.attempt(() -> workspaces.changeRole(id(), memberId, role), "group.roleChanged");
    // Either way, show the roles as they now stand (a refused change snaps back).
    refresh();
  }

  public void removeMember(long memberId) {
    if (Actions.attempt(() -> workspaces.removeMember(id(), memberId), "group.memberRemoved")) {
      refresh();
    }
  }

  public void saveDescription() {
    String text = description;
    int version = descriptionVersion;
    if (Actions.attempt(() -> workspaces.describe(id(), version, text), "group.descriptionSaved")) {
      refresh();
    }
  }

  public GroupRole[] getRoles() {
    return GroupRole.values();
  }

  public Map<Long, GroupRole> getRoleEdits() {
    return roleEdits;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public Choice getNewMember() {
    return newMember;
  }

  public void setNewMember(Choice newMember) {
    this.newMember = newMember;
  }

  public GroupRole getNewMemberRole() {
    return newMemberRole;
  }

  public void setNewMemberRole(GroupRole newMemberRole) {
    this.newMemberRole = newMemberRole;
  }
}
