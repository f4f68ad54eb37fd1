package org.cohesion.minutes.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.cohesion.decisions.application.Meetings;
import org.cohesion.minutes.application.MeetingMinutes;
import org.cohesion.minutes.application.MinutesLink;

/**
 * Ways into meetings and minutes from other features' pages: on a network-visible group's page the
 * approved minutes every member of the network reads, and on the bodies page the meetings of the
 * bodies the caller sits on.
 */
@Named
@RequestScoped
public class MinutesLinks {

  @Inject MeetingMinutes minutes;
  @Inject Meetings meetings;

  private List<MinutesLink> approved;

  public List<MinutesLink> approved(long groupId) {
    if (approved == null) {
      approved = minutes.approvedOfGroup(groupId);
    }
    return approved;
  }

  public boolean seesMeetingsOfBody(long bodyId) {
    return meetings.accessToBody(bodyId).seesMeeting();
  }
}
