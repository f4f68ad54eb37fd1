package org.cohesion.workspace.application;

import jakarta.enterprise.context.RequestScoped;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.cohesion.platform.security.Caller;
import org.cohesion.workspace.domain.GroupAccess;

/**
 * What the caller of this request may do with the groups already read in this request. A group's
 * page reads the group and its members once; the sections other features add to it ({@code
 * observation}'s dashboard, {@code minutes}' links) ask {@link Workspaces#accessTo} instead of
 * reading the group and the caller's role again. Request-scoped, so nothing outlives the request or
 * is shared between nodes; any change of membership in the request forgets it all.
 */
@RequestScoped
class GroupRights {

  private record Key(long groupId, Long memberId) {}

  private final Map<Key, GroupAccess> known = new HashMap<>();

  Optional<GroupAccess> of(long groupId, Caller caller) {
    return Optional.ofNullable(known.get(new Key(groupId, caller.memberId())));
  }

  void remember(long groupId, Caller caller, GroupAccess access) {
    known.put(new Key(groupId, caller.memberId()), access);
  }

  void forget() {
    known.clear();
  }
}
