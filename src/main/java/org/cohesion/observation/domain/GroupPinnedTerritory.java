package org.cohesion.observation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;

/** A territory a working group pins on its page. */
@Entity
@Table(name = "group_pinned_territory")
@IdClass(GroupPinnedTerritory.Key.class)
public class GroupPinnedTerritory {

  /** The composite key (group, territory). */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;
    private Long groupId;
    private Long territoryId;

    public Key() {}

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k
          && java.util.Objects.equals(groupId, k.groupId)
          && java.util.Objects.equals(territoryId, k.territoryId);
    }

    @Override
    public int hashCode() {
      return java.util.Objects.hash(groupId, territoryId);
    }
  }

  @Id
  @Column(name = "group_id")
  private Long groupId;

  @Id
  @Column(name = "territory_id")
  private Long territoryId;

  protected GroupPinnedTerritory() {}

  public Long getGroupId() {
    return groupId;
  }

  public Long getIndicatorId() {
    return territoryId;
  }
}
