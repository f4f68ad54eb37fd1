package org.cohesion.minutes.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.cohesion.decisions.application.MeetingForm;
import org.cohesion.decisions.application.Meetings;
import org.cohesion.decisions.domain.Attendance;
import org.cohesion.decisions.domain.Meeting;
import org.cohesion.platform.domain.AccessDeniedException;
import org.cohesion.platform.web.Actions;
import org.cohesion.platform.web.Choice;
import org.cohesion.platform.web.Ids;
import org.cohesion.platform.web.ViewParameters;

/**
 * Schedules a meeting ({@code ?group=} or {@code ?body=}) or changes one ({@code ?id=}): title,
 * times, place, the ordered agenda, links and who is invited. Everyone of the group (or the body)
 * is invited by default.
 */
@Named
@ViewScoped
public class MeetingEditPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject Meetings planner;

  /** A line of the agenda form; key is null until the meeting is saved. */
  public static class ItemRow implements Serializable {
    private static final long serialVersionUID = 1L;
    private String key;
    private String title;
    private String description;

    public String getKey() {
      return key;
    }

    public String getTitle() {
      return title;
    }

    public void setTitle(String title) {
      this.title = title;
    }

    public String getDescription() {
      return description;
    }

    public void setDescription(String description) {
      this.description = description;
    }
  }

  public static class LinkRow implements Serializable {
    private static final long serialVersionUID = 1L;
    private String label;
    private String url;

    public String getLabel() {
      return label;
    }

    public void setLabel(String label) {
      this.label = label;
    }

    public String getUrl() {
      return url;
    }

    public void setUrl(String url) {
      this.url = url;
    }
  }

  private String id;
  private String group;
  private String body;
  private Long meetingId;
  private Long groupId;
  private Long bodyId;
  private int version;
  private String ownerName;

  private String title;
  private LocalDateTime startsAt;
  private LocalDateTime endsAt;
  private String place;
  private final List<ItemRow> agenda = new ArrayList<>();
  private final List<LinkRow> links = new ArrayList<>();
  // The people invited, as the search offered them (id and name): the form never lists everyone who
  // could be invited (the AG's are the whole directory). "Everyone" invites them all at saving.
  private List<Choice> invitees = new ArrayList<>();
  private boolean inviteAll;
  private Choice newInvitee;

  public void load() {
    if (id == null && group == null && body == null) {
      ViewParameters.reapply();
    }
    meetingId = Ids.optional(id);
    groupId = Ids.optional(group);
    bodyId = Ids.optional(body);
    if (meetingId != null) {
      Meeting meeting = planner.toReplan(meetingId);
      groupId = meeting.isOfGroup() ? meeting.getGroup().getId() : null;
      bodyId = meeting.isOfGroup() ? null : meeting.getBody().getId();
      ownerName = meeting.isOfGroup() ? meeting.getGroup().getName() : meeting.getBody().getCode();
      version = meeting.getVersion();
      title = meeting.getTitle();
      startsAt = meeting.getStartsAt();
      endsAt = meeting.getEndsAt();
      place = meeting.getPlace();
      agenda.clear();
      for (var item : meeting.getAgenda()) {
        ItemRow row = new ItemRow();
        row.key = item.getKey();
        row.title = item.getTitle();
        row.description = item.getDescription();
        agenda.add(row);
      }
      links.clear();
      for (var link : meeting.getLinks()) {
        LinkRow row = new LinkRow();
        row.label = link.getLabel();
        row.url = link.getUrl();
        links.add(row);
      }
      invitees =
          new ArrayList<>(
              meeting.getInvitations().stream()
                  .map(Attendance::getMember)
                  .sorted((a, b) -> a.getFullName().compareToIgnoreCase(b.getFullName()))
                  .map(m -> new Choice(m.getId(), m.getFullName()))
                  .toList());
      inviteAll = false;
    } else {
      var access =
          groupId != null
              ? planner.accessToGroup(groupId)
              : bodyId != null ? planner.accessToBody(bodyId) : null;
      if (access == null || !access.seesMeeting()) {
        throw new org.cohesion.platform.domain.NotFoundException();
      }
      if (!access.plans()) {
        throw new AccessDeniedException();
      }
      LocalDate day = planner.now().toLocalDate().plusWeeks(1);
      startsAt = LocalDateTime.of(day, LocalTime.of(9, 0));
      endsAt = LocalDateTime.of(day, LocalTime.of(12, 0));
      agenda.clear();
      addItem();
      invitees = new ArrayList<>();
      // Everyone of the group (or the body) is invited by default.
      inviteAll = true;
    }
  }

  private void ensureLoaded() {
    if (groupId != null || bodyId != null) {
      return;
    }
    load();
  }

  /** The invitees' search: among those who may be invited, at most 20. */
  public List<Choice> completeInvitees(String text) {
    ensureLoaded();
    List<Choice> found = new ArrayList<>();
    Actions.attempt(
        () ->
            (groupId != null
                    ? planner.searchInvitableToGroup(groupId, text)
                    : planner.searchInvitableToBody(bodyId, text))
                .stream().map(p -> new Choice(p.id(), p.fullName())).forEach(found::add),
        null);
    return found;
  }

  /** Adds the person just chosen in the search to the invitees (once). */
  public void addInvitee() {
    Choice chosen = newInvitee;
    newInvitee = null;
    if (chosen != null && invitees.stream().noneMatch(c -> c.id() == chosen.id())) {
      invitees.add(chosen);
    }
  }

  public void removeInvitee(long memberId) {
    invitees.removeIf(c -> c.id() == memberId);
  }

  /** The ids to invite: everyone who may be (read now, on the server) or those chosen. */
  private List<Long> chosenInvitees() {
    Set<Long> ids = new LinkedHashSet<>();
    invitees.forEach(c -> ids.add(c.id()));
    if (inviteAll) {
      (groupId != null ? planner.invitableToGroup(groupId) : planner.invitableToBody(bodyId))
          .forEach(m -> ids.add(m.getId()));
    }
    return List.copyOf(ids);
  }

  public void addItem() {
    agenda.add(new ItemRow());
  }

  public void removeItem(int index) {
    if (index >= 0 && index < agenda.size()) {
      agenda.remove(index);
    }
  }

  public void moveUp(int index) {
    if (index > 0 && index < agenda.size()) {
      Collections.swap(agenda, index, index - 1);
    }
  }

  public void addLink() {
    links.add(new LinkRow());
  }

  public void removeLink(int index) {
    if (index >= 0 && index < links.size()) {
      links.remove(index);
    }
  }

  /** Saves and opens the meeting, or stays with a message and every field as typed. */
  public String save() {
    ensureLoaded();
    MeetingForm plan =
        new MeetingForm(
            title,
            startsAt,
            endsAt,
            place,
            agenda.stream()
                .filter(r -> !(blank(r.title) && blank(r.description) && r.key == null))
                .map(r -> new MeetingForm.Item(r.key, r.title, r.description))
                .toList(),
            links.stream()
                .filter(r -> !(blank(r.label) && blank(r.url)))
                .map(r -> new MeetingForm.Link(r.label, r.url))
                .toList());
    List<Long> chosen = chosenInvitees();
    java.util.Optional<Long> saved;
    if (meetingId != null) {
      long meeting = meetingId;
      int expected = version;
      saved =
          Actions.result(
              () -> {
                planner.replan(meeting, expected, plan, chosen);
                return meeting;
              },
              "meeting.saved");
    } else if (groupId != null) {
      long owner = groupId;
      saved =
          Actions.result(() -> planner.scheduleForGroup(owner, plan, chosen), "meeting.planned");
    } else {
      long owner = bodyId;
      saved = Actions.result(() -> planner.scheduleForBody(owner, plan, chosen), "meeting.planned");
    }
    if (saved.isEmpty()) {
      return null;
    }
    return "/meetings/meeting?faces-redirect=true&id=" + saved.get();
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  public boolean isNew() {
    return meetingId == null;
  }

  public String getCancelOutcome() {
    if (meetingId != null) {
      return "/meetings/meeting?id=" + meetingId;
    }
    return groupId != null ? "/meetings/index?group=" + groupId : "/meetings/index?body=" + bodyId;
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
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

  public String getOwnerName() {
    return ownerName;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public LocalDateTime getStartsAt() {
    return startsAt;
  }

  public void setStartsAt(LocalDateTime startsAt) {
    this.startsAt = startsAt;
  }

  public LocalDateTime getEndsAt() {
    return endsAt;
  }

  public void setEndsAt(LocalDateTime endsAt) {
    this.endsAt = endsAt;
  }

  public String getPlace() {
    return place;
  }

  public void setPlace(String place) {
    this.place = place;
  }

  public List<ItemRow> getAgenda() {
    return agenda;
  }

  public List<LinkRow> getLinks() {
    return links;
  }

  public List<Choice> getInvitees() {
    return invitees;
  }

  public void setInvitees(List<Choice> invitees) {
    this.invitees = invitees == null ? new ArrayList<>() : new ArrayList<>(invitees);
  }

  public Choice getNewInvitee() {
    return newInvitee;
  }

  public void setNewInvitee(Choice newInvitee) {
    this.newInvitee = newInvitee;
  }

  public boolean isInviteAll() {
    return inviteAll;
  }

  public void setInviteAll(boolean inviteAll) {
    this.inviteAll = inviteAll;
  }
}
