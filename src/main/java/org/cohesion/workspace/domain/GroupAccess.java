package org.cohesion.workspace.domain;

import java.io.Serializable;
import java.util.Objects;
import java.util.Optional;
import org.cohesion.platform.security.Caller;

/**
 * What one caller may do with one group, decided from the group's visibility and join policy, the
 * caller's role in the group (if any) and their platform roles. Pure rules, tested without a
 * server; the services ask it before every action.
 */
public record GroupAccess(
    boolean signedIn,
    boolean administrator,
    Visibility visibility,
    JoinPolicy joinPolicy,
    GroupRole role,
    boolean lastLead)
    implements Serializable {

  /** From a group whose memberships are loaded (or may be): its leads are counted among them. */
  public static GroupAccess of(WorkingGroup group, Optional<GroupRole> role, Caller caller) {
    Objects.requireNonNull(group);
    return of(group, role, role.orElse(null) == GroupRole.LEAD ? group.leadCount() : 0, caller);
  }

  /**
   * With the group's number of leads counted elsewhere (in one statement, without loading its
   * members); only read when the caller is a lead.
   */
  public static GroupAccess of(
      WorkingGroup group, Optional<GroupRole> role, long leadCount, Caller caller) {
    Objects.requireNonNull(group);
    boolean last = role.orElse(null) == GroupRole.LEAD && leadCount <= 1;
    return new GroupAccess(
        caller.isAuthenticated(),
        caller.isAdministrator(),
        group.getVisibility(),
        group.getJoinPolicy(),
        role.orElse(null),
        last);
  }

  public boolean isMember() {
    return role != null;
  }

  /** Knows the group exists and reads its page. To anyone else the group does not exist. */
  public boolean canSee() {
    return signedIn && (administrator || isMember() || visibility == Visibility.NETWORK);
  }

  /** Reads the group's material (minutes, tools…): its members, and administrators. */
  public boolean canRead() {
    return signedIn && (administrator || isMember());
  }

  public boolean canContribute() {
    return signedIn && isMember() && role.canContribute();
  }

  /** Adds and removes members, changes roles, answers join requests, edits the description. */
  public boolean canManage() {
    return signedIn && (administrator || (isMember() && role.canManage()));
  }

  public boolean canJoin() {
    return signedIn
        && !isMember()
        && visibility == Visibility.NETWORK
        && joinPolicy == JoinPolicy.OPEN;
  }

  public boolean canRequestToJoin() {
    return signedIn
        && !isMember()
        && visibility == Visibility.NETWORK
        && joinPolicy == JoinPolicy.ON_REQUEST;
  }

  public boolean canLeave() {
    return signedIn && isMember() && !lastLead;
  }
}
