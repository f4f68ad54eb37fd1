package org.cohesion.it.server;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cohesion.decisions.application.MeetingForm;
import org.cohesion.decisions.application.Meetings;
import org.cohesion.minutes.application.MinutesEditor;
import org.cohesion.minutes.domain.MinutesText;
import org.cohesion.minutes.domain.Section;
import org.cohesion.platform.search.SearchNode;
import org.cohesion.workspace.domain.GroupRole;
import org.cohesion.workspace.domain.Visibility;

/**
 * Test deployment only: makes a fresh members-only group (manselme leads it, rcelestine reads it,
 * flarcher is not in it) whose draft minutes say « évaluation » beside a word of their own, through
 * the services; waits for this node to apply the outbox; answers "word minutesId".
 */
@WebServlet("/it/search-data")
public class SearchDataServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  @Inject transient Users users;
  @Inject transient Meetings planner;
  @Inject transient MinutesEditor editor;
  @Inject transient SearchNode node;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String word = SearchIT.word();
    long group =
        users.newGroup(
            "Évaluation " + word,
            Visibility.MEMBERS_ONLY,
            Map.of("manselme", GroupRole.LEAD, "rcelestine", GroupRole.READER));
    MeetingForm plan =
        new MeetingForm(
            "Réunion " + word,
            LocalDateTime.of(2032, 2, 3, 9, 0),
            LocalDateTime.of(2032, 2, 3, 11, 0),
            "Schœlcher",
            List.of(new MeetingForm.Item(null, "Bilan", null)),
            List.of());
    long meeting = users.as("manselme", () -> planner.scheduleForGroup(group, plan, List.of()));
    long minutes = users.as("manselme", () -> editor.start(meeting));
    MinutesEditor.Draft d = users.as("manselme", () -> editor.open(minutes));
    List<Section> sections = new ArrayList<>(d.text().sections());
    Section s = sections.get(0);
    sections.set(
        0,
        Section.ofHtml(
            s.key(), s.title(), "<p>Les évaluations " + word + " du contrat de ville.</p>"));
    users.as(
        "manselme", () -> editor.save(minutes, d.headNumber(), MinutesText.of(sections), null));
    node.catchUp();
    response.setContentType("text/plain; charset=UTF-8");
    response.getWriter().write(word + " " + minutes);
  }
}
