package org.cohesion.experience.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.io.Serializable;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cohesion.experience.domain.CoordinationNetwork;
import org.cohesion.platform.audit.AuditLog;
import org.cohesion.platform.domain.AccessDeniedException;
import org.cohesion.platform.domain.DomainException;
import org.cohesion.platform.domain.NotFoundException;
import org.cohesion.platform.security.Caller;
import org.cohesion.platform.security.Guard;
import org.cohesion.platform.security.PlatformRole;
import org.cohesion.workspace.domain.WorkingGroup;

/**
 * The coordinators' networks, kept by the centre's staff: a name and the working groups whose
 * members read the sheets kept to it. A change of its groups counts at once for every sheet.
 */
@ApplicationScoped
public class CoordinationNetworks {

  @PersistenceContext EntityManager em;
  @Inject Guard guard;
  @Inject AuditLog audit;

  private Caller staff() {
    Caller caller = guard.requireSignedIn();
    if (!(caller.isAdministrator() || caller.has(PlatformRole.STAFF))) {
      throw new AccessDeniedException();
    }
    return caller;
  }

  /** A network as the staff page lists it: its groups by name, and how many sheets it keeps. */
  public record NetworkRow(long id, String name, List<SheetEditing.Choice> groups, long sheets)
      implements Serializable {}

  @Transactional(TxType.SUPPORTS)
  public List<NetworkRow> all() {
    staff();
    Map<Long, String> names = new HashMap<>();
    for (SheetEditing.Choice g : groups()) {
      names.put(g.id(), g.label());
    }
    Map<Long, Long> sheets = new HashMap<>();
    for (Object[] row :
        em.createQuery(
                "SELECT s.networkId, COUNT(s) FROM ExperienceSheet s WHERE s.networkId IS NOT NULL"
                    + " GROUP BY s.networkId",
                Object[].class)
            .getResultList()) {
      sheets.put((Long) row[0], (Long) row[1]);
    }
    return em
        .createNamedQuery("CoordinationNetwork.all", CoordinationNetwork.class)
        .getResultList()
        .stream()
        .map(
            n ->
                new NetworkRow(
                    n.getId(),
                    n.getName(),
                    n.getGroupIds().stream()
                        .filter(names::containsKey)
                        .map(id -> new SheetEditing.Choice(id, names.get(id)))
                        .sorted(Comparator.comparing(SheetEditing.Choice::label))
                        .toList(),
                    sheets.getOrDefault(n.getId(), 0L)))
        .toList();
  }

  /** Every working group, for the staff to add to a network. */
  @Transactional(TxType.SUPPORTS)
  public List<SheetEditing.Choice> groups() {
    staff();
    return em
        .createQuery("SELECT g.id, g.name FROM WorkingGroup g ORDER BY g.name", Object[].class)
        .getResultList()
        .stream()
        .map(r -> new SheetEditing.Choice((Long) r[0], (String) r[1]))
        .toList();
  }

  @Transactional
  public long create(String name) {
    staff();
    CoordinationNetwork network = new CoordinationNetwork(name);
    refuseTaken(network.getName(), null);
    em.persist(network);
    em.flush();
    audit.record("experience.network.create", "CoordinationNetwork", network.getId(), name);
    return network.getId();
  }

  @Transactional
  public void include(long networkId, long groupId) {
    staff();
    CoordinationNetwork network = em.find(CoordinationNetwork.class, networkId);
    if (network == null || em.find(WorkingGroup.class, groupId) == null) {
      throw new NotFoundException();
    }
    network.include(groupId);
    audit.record("experience.network.include", "CoordinationNetwork", networkId, "" + groupId);
  }

  @Transactional
  public void rename(long networkId, String name) {
    staff();
    CoordinationNetwork network = found(networkId);
    network.rename(name);
    refuseTaken(network.getName(), networkId);
    audit.record("experience.network.rename", "CoordinationNetwork", networkId, network.getName());
  }

  /** Only a network that keeps no sheet: a sheet's readers never change by a deletion. */
  @Transactional
  public void delete(long networkId) {
    staff();
    CoordinationNetwork network =
        em.find(CoordinationNetwork.class, networkId, LockModeType.PESSIMISTIC_WRITE);
    if (network == null) {
      throw new NotFoundException();
    }
    long used =
        em.createQuery("SELECT COUNT(s) FROM ExperienceSheet s WHERE s.networkId = :n", Long.class)
            .setParameter("n", networkId)
            .getSingleResult();
    if (used > 0) {
      throw new DomainException("experience.network.inUse", used);
    }
    em.remove(network);
    audit.record("experience.network.delete", "CoordinationNetwork", networkId, network.getName());
  }

  private CoordinationNetwork found(long networkId) {
    CoordinationNetwork network = em.find(CoordinationNetwork.class, networkId);
    if (network == null) {
      throw new NotFoundException();
    }
    return network;
  }

  /** The name is unique (as in the table): said in words rather than as a constraint failure. */
  private void refuseTaken(String name, Long self) {
    boolean taken =
        em.createQuery(
                "SELECT n.id FROM CoordinationNetwork n WHERE LOWER(n.name) = LOWER(:name)",
                Long.class)
            .setParameter("name", name)
            .getResultStream()
            .anyMatch(id -> !id.equals(self));
    if (taken) {
      throw new DomainException("experience.network.nameTaken", name);
    }
  }

  @Transactional
  public void exclude(long networkId, long groupId) {
    staff();
    CoordinationNetwork network = em.find(CoordinationNetwork.class, networkId);
    if (network == null) {
      throw new NotFoundException();
    }
    network.exclude(groupId);
    audit.record("experience.network.exclude", "CoordinationNetwork", networkId, "" + groupId);
  }
}
