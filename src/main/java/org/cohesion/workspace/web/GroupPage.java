package org.cohesion.workspace.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cohesion.network.domain.Member;
import org.cohesion.platform.web.Actions;
import org.cohesion.platform.web.Choice;
import org.cohesion.platform.web.ViewParameters;
import org.cohesion.workspace.application.GroupPageView;
import org.cohesion.workspace.application.Workspaces;
import org.cohesion.workspace.domain.GroupAccess;
import org.cohesion.workspace.domain.GroupRole;
import org.cohesion.workspace.domain.JoinRequest;
import org.cohesion.workspace.domain.Membership;
import org.cohesion.workspace.domain.WorkingGroup;

/**
 * A working group's page: what it is, who is in it, and (for its leads) the join requests and the
 * management of members. Every action goes through {@link Workspaces}, which checks the caller's
 * right on this group again.
 */
@Named
@ViewScoped
public class GroupPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject Workspaces workspaces;

  /** How many members the page lists at a time. */
  public static final int MEMBERS_PAGE = 20;

  private String slug;
  private Long groupId;
  private int membersPage = 1;
  // What is read from the database stays out of the serialised view state: only ids and form
  // fields travel with the session. After a fail-over to another node these are read again.
  private transient GroupPageView view;
  private final Map<Long, GroupRole> roleEdits = new java.util.HashMap<>();

  private String requestMessage;
  private String description;
  private Choice newMember;
  private GroupRole newMemberRole = GroupRole.CONTRIBUTOR;

  /** Loads the group named in the URL; unknown or hidden groups answer 404. */
  public void load() {
    ViewParameters.reapply();
    show(workspaces.page(slug));
  }

  /**
   * Reads the group again when this bean lost it: after a fail-over to another node (the loaded
   * fields are transient), or when this is a fresh instance (see {@link ViewParameters}).
   */
  private void ensureLoaded() {
    if (view != null) {
      return;
    }
    if (groupId != null) {
      refresh();
      return;
    }
    load();
  }

  private void refresh() {
    show(workspaces.page(groupId));
  }

  /** Everything the page shows comes from this one read (see Workspaces.page). */
  private void show(GroupPageView read) {
    view = read;
    groupId = read.group().getId();
    roleEdits.clear();
    read.members().forEach(ms -> roleEdits.put(ms.getMember().getId(), ms.getRole()));
    description = read.group().getDescription();
  }

  private long id() {
    return groupId;
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
    return found.stream().map(GroupPage::candidate).toList();
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
      org.cohesion.platform.web.Messages.error("group.chooseMember");
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
    ensureLoaded();
    int version = view.group().getVersion();
    if (Actions.attempt(
        () -> workspaces.describe(id(), version, description), "group.descriptionSaved")) {
      refresh();
    }
  }

  public GroupRole[] getRoles() {
    return GroupRole.values();
  }

  public String getSlug() {
    return slug;
  }

  public void setSlug(String slug) {
    this.slug = slug;
  }

  public WorkingGroup getGroup() {
    ensureLoaded();
    return view.group();
  }

  public GroupAccess getAccess() {
    ensureLoaded();
    return view.access();
  }

  public boolean isRequestPending() {
    ensureLoaded();
    return view.requestPending();
  }

  public List<Membership> getMembers() {
    ensureLoaded();
    return view.members();
  }

  /** The page of the member list asked for (the parameter mp, from 1; anything else is page 1). */
  public int getMembersPage() {
    return Math.min(membersPage, getMembersPages());
  }

  public String getMembersPageParam() {
    return membersPage == 1 ? null : Integer.toString(membersPage);
  }

  public void setMembersPageParam(String page) {
    try {
      membersPage = page == null ? 1 : Math.max(1, Integer.parseInt(page.strip()));
    } catch (NumberFormatException notANumber) {
      membersPage = 1;
    }
  }

  public int getMembersPages() {
    return Math.max(1, (getMembers().size() + MEMBERS_PAGE - 1) / MEMBERS_PAGE);
  }

  private int getMembersFirst() {
    return (getMembersPage() - 1) * MEMBERS_PAGE;
  }

  /**
   * The members on this page. A sub-list rather than ui:repeat's offset and size: Mojarra reads
   * size as an end index and refuses a last page shorter than its offset ("Iteration start index is
   * greater than the end index").
   */
  public List<Membership> getMembersOnPage() {
    List<Membership> all = getMembers();
    int first = getMembersFirst();
    return all.subList(first, Math.min(all.size(), first + MEMBERS_PAGE));
  }

  public List<JoinRequest> getRequests() {
    ensureLoaded();
    return view.requests();
  }

  public Map<Long, GroupRole> getRoleEdits() {
    return roleEdits;
  }

  public String getRequestMessage() {
    return requestMessage;
  }

  public void setRequestMessage(String requestMessage) {
    this.requestMessage = requestMessage;
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
