package org.cohesion.minutes.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.cohesion.minutes.application.MeetingPlanner;
import org.cohesion.minutes.application.MinutesApproval;
import org.cohesion.minutes.domain.Meeting;
import org.cohesion.minutes.domain.Minutes;

/** On the home page: my next meetings, and the minutes waiting for my approval. */
@Named
@RequestScoped
public class MyMeetings {

  @Inject MeetingPlanner planner;
  @Inject MinutesApproval approval;

  private List<Meeting> upcoming;
  private List<Minutes> toApprove;

  public List<Meeting> getUpcoming() {
    if (upcoming == null) {
      upcoming = planner.upcomingForMe(5);
    }
    return upcoming;
  }

  public List<Minutes> getToApprove() {
    if (toApprove == null) {
      toApprove = approval.awaitingMyVote();
    }
    return toApprove;
  }
}
