package org.cohesion.network.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import org.cohesion.network.domain.Body;
import org.cohesion.network.domain.BodySeat;
import org.cohesion.network.domain.Member;
import org.cohesion.network.domain.NetworkEvent;
import org.cohesion.platform.domain.NotFoundException;
import org.cohesion.platform.security.Guard;

/**
 * What every signed-in member of the network may read: people's profiles, the bodies and who sits
 * on them, and the network's calendar.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class MemberDirectory {

  @PersistenceContext EntityManager em;
  @Inject Guard guard;

  public Member profile(long memberId) {
    guard.requireSignedIn();
    Member member = em.find(Member.class, memberId);
    if (member == null) {
      throw new NotFoundException();
    }
    member.getThemes().size();
    return member;
  }

  /** Everyone in the directory, by name (for choosing a person to add to a group). */
  public List<Member> everyone() {
    guard.requireSignedIn();
    return em.createNamedQuery("Member.listByName", Member.class).getResultList();
  }

  public List<BodySeat> seatsOf(long memberId) {
    guard.requireSignedIn();
    return em.createNamedQuery("Body.listSeatsOf", BodySeat.class)
        .setParameter("member", em.getReference(Member.class, memberId))
        .getResultList();
  }

  public List<Body> bodies() {
    guard.requireSignedIn();
    List<Body> bodies = em.createNamedQuery("Body.listAll", Body.class).getResultList();
    bodies.forEach(b -> b.getSeats().size());
    return bodies;
  }

  /** The most recent dates of the network's calendar, latest first. */
  public List<NetworkEvent> latestEvents(int max) {
    guard.requireSignedIn();
    return em.createNamedQuery("NetworkEvent.listLatest", NetworkEvent.class)
        .setMaxResults(max)
        .getResultList();
  }
}
