package org.cohesion.decisions.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashSet;
import org.cohesion.decisions.domain.DecisionAccess;
import org.cohesion.platform.security.Caller;
import org.cohesion.platform.security.Guard;
import org.cohesion.platform.security.PlatformRole;

/** Reads, for the signed-in caller, the bodies they sit on: the input of {@link DecisionAccess}. */
@ApplicationScoped
class Callers {

  @PersistenceContext EntityManager em;
  @Inject Guard guard;

  record Signed(Caller caller, DecisionAccess access) {}

  /** The signed-in caller alone, for reads that do not depend on the bodies they sit on. */
  Caller caller() {
    return guard.requireSignedIn();
  }

  Signed require() {
    Caller caller = guard.requireSignedIn();
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
