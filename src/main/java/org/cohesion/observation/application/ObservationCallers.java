package org.cohesion.observation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.cohesion.observation.domain.ObservationAccess;
import org.cohesion.platform.domain.AccessDeniedException;
import org.cohesion.platform.security.Caller;
import org.cohesion.platform.security.CallerPolicy;
import org.cohesion.platform.security.SignedCaller;
import org.cohesion.workspace.application.GroupAccessLookup;
import org.cohesion.workspace.domain.GroupAccess;
import org.cohesion.workspace.domain.GroupRole;
import org.cohesion.workspace.domain.WorkingGroup;

/**
 * The observatory's callers' policy: reads whether the caller leads a group, the input of {@link
 * ObservationAccess}; a group's dashboard follows {@link GroupAccess}, through workspace's one
 * lookup.
 */
@ApplicationScoped
class ObservationCallers extends CallerPolicy<ObservationCallers.Signed> {

  @PersistenceContext EntityManager em;
  @Inject GroupAccessLookup groups;

  record Signed(Caller caller, ObservationAccess access) implements SignedCaller {}

  @Override
  protected Signed standing(Caller caller) {
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
    return groups.of(group, caller);
  }
}
