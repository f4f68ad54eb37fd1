package org.cohesion.workspace.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.cohesion.workspace.application.Workspaces;
import org.cohesion.workspace.domain.Membership;

/** The groups section of a member's profile: only the groups the viewer may see. */
@Named
@RequestScoped
public class MemberGroups {

  @Inject Workspaces workspaces;

  public List<Membership> of(long memberId) {
    return workspaces.groupsOf(memberId);
  }
}
