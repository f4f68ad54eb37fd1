package org.cohesion.decisions.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashSet;
import org.cohesion.decisions.domain.DecisionAccess;
import org.cohesion.platform.security.Caller;
import org.cohesion.platform.security.CallerPolicy;
import org.cohesion.platform.security.PlatformRole;
import org.cohesion.platform.security.SignedCaller;

/**
 * The decision log's callers' policy: reads the bodies the caller sits on, the input of {@link
 * DecisionAccess}.
 */
@ApplicationScoped
class DecisionCallers extends CallerPolicy<DecisionCallers.Signed> {

  @PersistenceContext EntityManager em;

  record Signed(Caller caller, DecisionAccess access) implements SignedCaller {}

  @Override
  protected Signed standing(Caller caller) {
    var seated =
        new HashSet<>(
            em.createQuery(
                    "SELECT s.body.id FROM BodySeat s WHERE s.member.id = :memberId", Long.class)
                .setParameter("memberId", caller.memberId())
                .getResultList());
    return new Signed(
        caller,
        new DecisionAccess(
            seated,
            caller.has(PlatformRole.STAFF),
            caller.isAdministrator(),
            caller.has(PlatformRole.BOARD_MEMBER)));
  }
}
