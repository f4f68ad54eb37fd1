package org.cohesion.workspace.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.cohesion.platform.security.Caller;
import org.cohesion.workspace.domain.GroupAccess;
import org.cohesion.workspace.domain.GroupRole;
import org.cohesion.workspace.domain.Membership;
import org.cohesion.workspace.domain.WorkingGroup;

/**
 * The one lookup of what a caller may do with a group: their role in it, read in one statement or
 * found among memberships already loaded, handed to {@link GroupAccess}'s rules. Workspace's own
 * services use it, and so do the features that hang off a group (minutes, observation) inside their
 * own transaction: it opens none and decides nothing itself.
 */
@ApplicationScoped
public class GroupAccessLookup {

  @PersistenceContext EntityManager em;

  /** The caller's access to the group, their role read from the database. */
  public GroupAccess of(WorkingGroup group, Caller caller) {
    Optional<GroupRole> role = roleOf(group.getId(), caller.memberId());
    // Whether a lead is the last one: counted in one statement, never by loading the group's
    // memberships and each of their members.
    long leads =
        role.orElse(null) == GroupRole.LEAD
            ? em.createNamedQuery("Membership.leadCount", Long.class)
                .setParameter("groupId", group.getId())
                .getSingleResult()
            : 0;
    return GroupAccess.of(group, role, leads, caller);
  }

  /**
   * The caller's access to a group whose memberships (with their members) are loaded already: the
   * role is looked up among them, not read again.
   */
  public GroupAccess ofLoaded(WorkingGroup group, Caller caller) {
    Optional<GroupRole> role =
        group.getMemberships().stream()
            .filter(ms -> ms.getMember().getId().equals(caller.memberId()))
            .map(Membership::getRole)
            .findFirst();
    return GroupAccess.of(group, role, caller);
  }

  /** The member's role in the group, empty when they are not in it (or nobody is signed in). */
  public Optional<GroupRole> roleOf(long groupId, Long memberId) {
    if (memberId == null) {
      return Optional.empty();
    }
    return em.createNamedQuery("Membership.roleOf", GroupRole.class)
        .setParameter("groupId", groupId)
        .setParameter("memberId", memberId)
        .getResultStream()
        .findFirst();
  }
}
