package org.cohesion.workspace.application;

import java.util.List;
import org.cohesion.network.domain.NetworkEvent;
import org.cohesion.workspace.domain.JoinPolicy;
import org.cohesion.workspace.domain.Membership;

/**
 * The caller's home page as the workspace feature shows it, read at once: their groups (with their
 * role), the network-visible groups they may join or ask to join, and the network's calendar.
 */
public record HomeView(
    List<Membership> myGroups, List<JoinableGroup> joinable, List<NetworkEvent> events) {

  /** How many of the groups open to the caller the home page lists. */
  public static final int JOINABLE = 10;

  public HomeView {
    myGroups = List.copyOf(myGroups);
    joinable = List.copyOf(joinable);
    events = List.copyOf(events);
  }

  /**
   * A group the caller is not in: {@code pending} when they asked to join and wait for an answer.
   */
  public record JoinableGroup(
      long id, String name, String slug, JoinPolicy joinPolicy, Long pendingRequestId) {

    public boolean open() {
      return joinPolicy == JoinPolicy.OPEN;
    }

    public boolean pending() {
      return pendingRequestId != null;
    }
  }
}
