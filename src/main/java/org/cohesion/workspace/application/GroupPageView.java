package org.cohesion.workspace.application;

import java.io.Serializable;
import java.util.List;
import org.cohesion.workspace.domain.GroupAccess;
import org.cohesion.workspace.domain.JoinRequest;
import org.cohesion.workspace.domain.Membership;
import org.cohesion.workspace.domain.WorkingGroup;

/**
 * Everything a group's page shows, read at once for one caller: the group, what the caller may do
 * there, its members (leads first, each with their person), and for those who manage it the pending
 * join requests (empty otherwise).
 */
public record GroupPageView(
    WorkingGroup group,
    GroupAccess access,
    boolean requestPending,
    List<Membership> members,
    List<JoinRequest> requests)
    implements Serializable {

  public GroupPageView {
    members = List.copyOf(members);
    requests = List.copyOf(requests);
  }
}
