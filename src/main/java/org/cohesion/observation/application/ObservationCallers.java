package org.cohesion.observation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.cohesion.observation.domain.ObservationAccess;
import org.cohesion.platform.domain.AccessDeniedException;
import org.cohesion.platform.security.Caller;
import org.cohesion.platform.security.Guard;
import org.cohesion.workspace.domain.GroupAccess;
import org.cohesion.workspace.domain.GroupRole;
import org.cohesion.workspace.domain.WorkingGroup;

/** Reads, for the signed-in caller, what {@link ObservationAccess} and {@link GroupAccess} need. */
@ApplicationScoped
class ObservationCallers {

  @PersistenceContext EntityManager em;
  @Inject Guard guard;

  record Signed(Caller caller, ObservationAccess access) {}

  Signed require() {
    Caller caller = guard.requireSignedIn();
    long leads =
        em.createQuery(
                "SELECT COUNT(ms) FROM Membership ms WHERE ms.member.id = :m AND ms.role = :lead",
                Long.class)
            .setParameter("m", caller.memberId())
            .setParameter("lead", GroupRole.LEAD)
            .getSingleResult();
    return new Signed(caller, ObservationAccess.of(caller, leads > 0));
  }

  Signed requireImporter() {
    Signed signed = require();
    if (!signed.access().canImport()) {
      throw new AccessDeniedException();
    }
    return signed;
  }

  GroupAccess groupAccess(WorkingGroup group, Caller caller) {
    Optional<GroupRole> role =
        em.createNamedQuery("Membership.roleOf", GroupRole.class)
            .setParameter("groupId", group.getId())
            .setParameter("memberId", caller.memberId())
            .getResultStream()
            .findFirst();
    return GroupAccess.of(group, role, caller);
  }
}
