package org.cohesion.minutes.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.cohesion.decisions.application.Meetings;
import org.cohesion.decisions.domain.Meeting;
import org.cohesion.decisions.domain.MeetingAccess;
import org.cohesion.minutes.application.MeetingCalendar;
import org.cohesion.network.application.MemberDirectory;
import org.cohesion.network.domain.Body;
import org.cohesion.platform.domain.NotFoundException;
import org.cohesion.platform.web.Ids;
import org.cohesion.workspace.application.Workspaces;
import org.cohesion.workspace.domain.WorkingGroup;
import org.omnifaces.util.Faces;

/**
 * The meetings of one working group ({@code ?group=id}) or one body ({@code ?body=id}): upcoming
 * first, then past ones with where their minutes stand, and the calendar feed to subscribe to.
 */
@Named
@RequestScoped
public class MeetingsPage {

  @Inject Meetings planner;
  @Inject MeetingCalendar calendar;
  @Inject Workspaces workspaces;
  @Inject MemberDirectory directory;

  private String group;
  private String body;
  private WorkingGroup workingGroup;
  private Body boardBody;
  private List<Meeting> upcoming;
  private List<Meeting> past;
  private MeetingAccess access;
  private String feedUrl;
  private boolean feedExists;

  public void load() {
    Long groupId = Ids.optional(group);
    Long bodyId = Ids.optional(body);
    List<Meeting> all;
    if (groupId != null) {
      workingGroup = workspaces.open(groupId).group();
      all = planner.ofGroup(groupId);
      access = planner.accessToGroup(groupId);
    } else if (bodyId != null) {
      boardBody =
          directory.bodies().stream()
              .filter(b -> b.getId().equals(bodyId))
              .findFirst()
              .orElseThrow(NotFoundException::new);
      all = planner.ofBody(bodyId);
      access = planner.accessToBody(bodyId);
    } else {
      throw new NotFoundException();
    }
    LocalDateTime now = planner.now();
    upcoming = new ArrayList<>(all.stream().filter(m -> !m.getEndsAt().isBefore(now)).toList());
    Collections.reverse(upcoming);
    past = all.stream().filter(m -> m.getEndsAt().isBefore(now)).toList();
  }

  /**
   * Shows the address of the caller's calendar feed when it is made (on first use); after that it
   * cannot be shown again, only renewed (only its hash is kept).
   */
  public void showFeed() {
    calendar
        .feedToken()
        .ifPresentOrElse(token -> feedUrl = feedAddress(token), () -> feedExists = true);
  }

  public void renewFeed() {
    feedUrl = feedAddress(calendar.renewFeedToken());
    feedExists = false;
  }

  public boolean isFeedExists() {
    return feedExists;
  }

  private String feedAddress(String token) {
    String base = Faces.getRequestBaseURL();
    String address = base + "feeds/calendar.ics?token=" + token;
    Long groupId = Ids.optional(group);
    return groupId == null ? address : address + "&group=" + groupId;
  }

  public String ownerName(Locale locale) {
    return workingGroup != null ? workingGroup.getName() : boardBody.name(locale);
  }

  public String getGroup() {
    return group;
  }

  public void setGroup(String group) {
    this.group = group;
  }

  public String getBody() {
    return body;
  }

  public void setBody(String body) {
    this.body = body;
  }

  public WorkingGroup getWorkingGroup() {
    return workingGroup;
  }

  public Body getBoardBody() {
    return boardBody;
  }

  public List<Meeting> getUpcoming() {
    return upcoming;
  }

  public List<Meeting> getPast() {
    return past;
  }

  public MeetingAccess getAccess() {
    return access;
  }

  public String getFeedUrl() {
    return feedUrl;
  }
}
