package org.cohesion.observation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;

/** An indicator a working group pins on its page. */
@Entity
@Table(name = "group_pinned_indicator")
@IdClass(GroupPinnedIndicator.Key.class)
public class GroupPinnedIndicator {

  /** The composite key (group, indicator). */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;
    private Long groupId;
    private Long indicatorId;

    public Key() {}

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k
          && java.util.Objects.equals(groupId, k.groupId)
          && java.util.Objects.equals(indicatorId, k.indicatorId);
    }

    @Override
    public int hashCode() {
      return java.util.Objects.hash(groupId, indicatorId);
    }
  }

  @Id
  @Column(name = "group_id")
  private Long groupId;

  @Id
  @Column(name = "indicator_id")
  private Long indicatorId;

  protected GroupPinnedIndicator() {}

  public Long getGroupId() {
    return groupId;
  }

  public Long getIndicatorId() {
    return indicatorId;
  }
}
