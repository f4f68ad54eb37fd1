package org.cohesion.experience.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.cohesion.experience.domain.CoordinationNetwork;
import org.cohesion.platform.audit.AuditLog;
import org.cohesion.platform.domain.AccessDeniedException;
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

  @Transactional
  public long create(String name) {
    staff();
    CoordinationNetwork network = new CoordinationNetwork(name);
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
