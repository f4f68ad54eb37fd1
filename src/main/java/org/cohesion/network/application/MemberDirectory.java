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

  /** How many people a search offers at most. */
  public static final int SEARCH_LIMIT = 20;

  /** A person as a picker shows them: enough to choose, and to keep in a form's state. */
  public record Person(long id, String fullName, String organisation)
      implements java.io.Serializable {

    public String label() {
      return organisation == null || organisation.isBlank()
          ? fullName
          : fullName + " — " + organisation;
    }
  }

  /**
   * The people whose name or organisation contains {@code text} (two characters at least), by name:
   * at most {@link #SEARCH_LIMIT}, for the pickers that choose a person.
   */
  public List<Person> search(String text) {
    guard.requireSignedIn();
    String q = text == null ? "" : text.strip().toLowerCase(java.util.Locale.ROOT);
    if (q.length() < 2) {
      return List.of();
    }
    return em.createQuery(
            "SELECT NEW org.cohesion.network.application.MemberDirectory.Person(m.id, m.fullName,"
                + " m.organisation) FROM Member m WHERE LOWER(m.fullName) LIKE :q OR"
                + " LOWER(m.organisation) LIKE :q ORDER BY m.fullName",
            Person.class)
        .setParameter("q", "%" + likeEscaped(q) + "%")
        .setMaxResults(SEARCH_LIMIT)
        .getResultList();
  }

  /** {@code text} as a LIKE pattern's literal part (MariaDB escapes with a backslash). */
  public static String likeEscaped(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
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
}
