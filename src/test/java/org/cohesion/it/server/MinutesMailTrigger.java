package org.cohesion.it.server;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.cohesion.decisions.application.MeetingForm;
import org.cohesion.decisions.application.Meetings;
import org.cohesion.minutes.application.MinutesApproval;
import org.cohesion.minutes.application.MinutesEditor;
import org.cohesion.workspace.domain.GroupRole;
import org.cohesion.workspace.domain.Visibility;

/**
 * Test deployment only: makes the server submit minutes for approval, the way people would through
 * the pages, so that a client-side test can watch the approvers' emails arrive. POST
 * /api/it/minutes-submission creates a fresh group with two leads and a contributor, schedules a
 * meeting, and has the contributor start and submit its minutes. It answers, one a line: the
 * meeting's title, both leads' addresses and the contributor's address.
 */
@Path("it/minutes-submission")
@RequestScoped
public class MinutesMailTrigger {

  @Inject Users users;
  @Inject Meetings planner;
  @Inject MinutesEditor editor;
  @Inject MinutesApproval approval;

  @POST
  @Produces(MediaType.TEXT_PLAIN)
  public String submitMinutes() {
    String token = UUID.randomUUID().toString().substring(0, 8);
    String lead = users.newAccount("cr-lead", "Courriel responsable");
    String coLead = users.newAccount("cr-colead", "Courriel co-responsable");
    String contributor = users.newAccount("cr-contrib", "Courriel contributeur");
    long group =
        users.newGroup(
            "Courriels",
            Visibility.MEMBERS_ONLY,
            Map.of(
                lead, GroupRole.LEAD, coLead, GroupRole.LEAD, contributor, GroupRole.CONTRIBUTOR));
    String title = "Réunion " + token;
    long meeting =
        users.as(
            contributor,
            () ->
                planner.scheduleForGroup(
                    group,
                    new MeetingForm(
                        title,
                        LocalDateTime.of(2031, 6, 2, 9, 0),
                        LocalDateTime.of(2031, 6, 2, 11, 0),
                        null,
                        List.of(new MeetingForm.Item(null, "Point", null)),
                        List.of()),
                    List.of()));
    long minutes = users.as(contributor, () -> editor.start(meeting));
    users.as(contributor, () -> approval.submit(minutes));
    return String.join(
        "\n", title, lead + "@example.org", coLead + "@example.org", contributor + "@example.org");
  }
}
