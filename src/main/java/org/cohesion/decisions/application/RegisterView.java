package org.cohesion.decisions.application;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.cohesion.decisions.domain.Decision;
import org.cohesion.network.domain.Body;
import org.cohesion.network.domain.Theme;
import org.cohesion.platform.domain.Page;

/**
 * The register's page as one caller sees it, read at once: the first page of the decisions that
 * match the filter, the follow-up summary, the meetings, what the filter offers, and what the
 * caller may do (schedule a meeting in {@code recordableBodies}, verify the chains).
 */
public record RegisterView(
    Page<Decision> decisions,
    FollowUpSummary summary,
    List<MeetingLine> meetings,
    List<Body> bodies,
    List<Body> recordableBodies,
    List<Integer> years,
    List<Theme> themes,
    LocalDate today,
    boolean mayVerify)
    implements Serializable {

  /** A meeting in the register's list, its quorum counted by the database. */
  public record MeetingLine(
      long id, LocalDate heldOn, String bodyCode, String title, boolean quorumMet)
      implements Serializable {}
}
