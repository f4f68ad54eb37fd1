package org.cohesion.network.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.cohesion.network.domain.Body;
import org.cohesion.network.domain.BodySeat;
import org.cohesion.network.domain.Member;
import org.cohesion.network.domain.MinutesRule;
import org.cohesion.platform.audit.AuditLog;
import org.cohesion.platform.domain.DomainException;
import org.cohesion.platform.domain.NotFoundException;
import org.cohesion.platform.security.Guard;
import org.cohesion.platform.security.PlatformRole;

/**
 * The administrator keeps the composition of the bodies (bureau, CA, AG) up to date: who sits, in
 * which office. Later features attach minutes and decisions to these bodies.
 */
@ApplicationScoped
@Transactional
public class BodyAdministration {

  @PersistenceContext EntityManager em;
  @Inject Guard guard;
  @Inject AuditLog audit;

  public void seat(long bodyId, long memberId, BodySeat.Office office) {
    guard.requireRole(PlatformRole.ADMINISTRATOR);
    Body body = body(bodyId);
    Member member = em.find(Member.class, memberId);
    if (member == null) {
      throw new DomainException("member.unknown");
    }
    if (office == null) {
      throw new DomainException("body.office.required");
    }
    body.seat(member, office);
    audit.record("BODY_SEAT_ADDED", "body", body.getCode(), "member " + memberId + " " + office);
  }

  public void unseat(long bodyId, long memberId) {
    guard.requireRole(PlatformRole.ADMINISTRATOR);
    Body body = body(bodyId);
    Member member = em.find(Member.class, memberId);
    if (member == null) {
      throw new DomainException("member.unknown");
    }
    body.unseat(member);
    audit.record("BODY_SEAT_REMOVED", "body", body.getCode(), "member " + memberId);
  }

  /** Chooses how the body approves the minutes of its meetings (from the next submission on). */
  public void changeMinutesRule(long bodyId, MinutesRule rule) {
    guard.requireRole(PlatformRole.ADMINISTRATOR);
    if (rule == null) {
      throw new DomainException("body.minutesRule.required");
    }
    Body body = body(bodyId);
    body.setMinutesRule(rule);
    audit.record("BODY_MINUTES_RULE", "body", body.getCode(), rule.name());
  }

  private Body body(long bodyId) {
    Body body = em.find(Body.class, bodyId);
    if (body == null) {
      throw new NotFoundException();
    }
    return body;
  }
}
