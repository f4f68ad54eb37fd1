package org.cohesion.experience.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.LinkedHashSet;
import java.util.Set;
import org.cohesion.platform.domain.DomainException;

/**
 * A named set of working groups that the staff keep (e.g. « Réseau des coordonnateurs CLSPD »): a
 * sheet kept to it is read by the members of those groups only.
 */
@Entity
@Table(name = "coordination_network")
@NamedQuery(
    name = "CoordinationNetwork.all",
    query = "SELECT n FROM CoordinationNetwork n ORDER BY n.name")
@NamedQuery(
    name = "CoordinationNetwork.idsOfMember",
    query =
        "SELECT DISTINCT n.id FROM CoordinationNetwork n JOIN n.groupIds g WHERE g IN"
            + " (SELECT ms.group.id FROM Membership ms WHERE ms.member.id = :memberId)")
public class CoordinationNetwork {

  /** The longest name (the column, the service and the staff page). */
  public static final int MAX_NAME = 160;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private int version;

  @Column(nullable = false, length = MAX_NAME)
  private String name;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(
      name = "coordination_network_group",
      joinColumns = @JoinColumn(name = "network_id"))
  @Column(name = "group_id")
  private Set<Long> groupIds = new LinkedHashSet<>();

  protected CoordinationNetwork() {}

  public CoordinationNetwork(String name) {
    this.name = checked(name);
  }

  public void rename(String name) {
    this.name = checked(name);
  }

  private static String checked(String name) {
    if (name == null || name.isBlank()) {
      throw new DomainException("experience.network.nameRequired");
    }
    if (name.strip().length() > MAX_NAME) {
      throw new DomainException("experience.network.nameTooLong", MAX_NAME);
    }
    return name.strip();
  }

  public void include(long groupId) {
    groupIds.add(groupId);
  }

  public void exclude(long groupId) {
    groupIds.remove(groupId);
  }

  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public Set<Long> getGroupIds() {
    return Set.copyOf(groupIds);
  }
}
