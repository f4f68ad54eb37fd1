package org.cohesion.decisions.domain;

import java.io.Serializable;
import org.cohesion.platform.domain.DomainException;

/**
 * The vote on a decision: for, against and abstentions, or unanimous (everyone who could vote voted
 * for). Voters are the members present plus the proxies they hold.
 */
public record Vote(boolean unanimous, int forCount, int against, int abstentions)
    implements Serializable {

  public static Vote unanimous(int voters) {
    return new Vote(true, voters, 0, 0);
  }

  public static Vote counted(int forCount, int against, int abstentions) {
    return new Vote(false, forCount, against, abstentions);
  }

  /** Checks the vote against the voters of the meeting; answers the vote as it will be stored. */
  public Vote validFor(int voters) {
    if (forCount < 0 || against < 0 || abstentions < 0) {
      throw new DomainException("decision.vote.negative");
    }
    if (unanimous) {
      if (against > 0 || abstentions > 0) {
        throw new DomainException("decision.vote.unanimousNotCounted");
      }
      if (forCount > voters) {
        throw new DomainException("decision.vote.exceedsVoters", voters);
      }
      return unanimous(voters);
    }
    int total = forCount + against + abstentions;
    if (total == 0) {
      throw new DomainException("decision.vote.missing");
    }
    if (total > voters) {
      throw new DomainException("decision.vote.exceedsVoters", voters);
    }
    return this;
  }

  public int total() {
    return forCount + against + abstentions;
  }
}
