package org.cohesion.it.server;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.cohesion.decisions.application.DecisionForm;
import org.cohesion.decisions.application.DecisionRegister;
import org.cohesion.decisions.application.MeetingDay;
import org.cohesion.decisions.application.MeetingForm;
import org.cohesion.decisions.application.Meetings;
import org.cohesion.decisions.application.RegisterFilter;
import org.cohesion.decisions.domain.AttendanceStatus;
import org.cohesion.decisions.domain.DecisionType;
import org.cohesion.minutes.application.MinutesEditor;
import org.cohesion.minutes.domain.Section;
import org.cohesion.network.application.MemberAdministration;
import org.cohesion.network.application.MemberForm;
import org.cohesion.observation.application.Catalogue;
import org.cohesion.observation.application.IndicatorForm;
import org.cohesion.observation.application.ObservationImports;
import org.cohesion.platform.security.PlatformRole;
import org.cohesion.workspace.application.GroupAdministration;
import org.cohesion.workspace.application.GroupForm;
import org.cohesion.workspace.application.Workspaces;
import org.cohesion.workspace.domain.GroupRole;
import org.cohesion.workspace.domain.JoinPolicy;
import org.cohesion.workspace.domain.Visibility;

/**
 * Test deployment only: fills every free-text field that reaches a page with {@link #PAYLOAD} and a
 * token, through the services people use (the territory excepted, see {@link XssTerritories}), so
 * that a browser test can open the pages and check that nothing runs. POST /api/it/xss-data answers
 * {@code key=value} lines: the group's slug and id, the member's id, the meeting's and minutes'
 * ids, the decision's id, the territory's code and the indicator's code.
 */
@Path("it/xss-data")
@RequestScoped
public class XssDataTrigger {

  @Inject Users users;
  @Inject MemberAdministration members;
  @Inject GroupAdministration groups;
  @Inject Workspaces workspaces;
  @Inject MinutesEditor editor;
  @Inject Meetings boardMeetings;
  @Inject DecisionRegister register;
  @Inject XssTerritories territories;
  @Inject Catalogue catalogue;
  @Inject ObservationImports imports;

  /** Closes a script element, then breaks out of an attribute. */
  public static final String PAYLOAD =
      "</script><script>window.__xss=1</script> \"><img src=x onerror=\"window.__xss=1\">";

  /** The fields filled, each with {@link #text}. */
  public static final List<String> FIELDS =
      List.of(
          "member",
          "organisation",
          "requester",
          "requester-org",
          "group",
          "description",
          "join",
          "meeting",
          "place",
          "item",
          "item-text",
          "section",
          "section-text",
          "board-meeting",
          "board-place",
          "decision",
          "decision-text",
          "territory");

  @POST
  @Produces(MediaType.TEXT_PLAIN)
  public String fill() {
    String token = UUID.randomUUID().toString().substring(0, 8);
    String payload = PAYLOAD;

    // A member with the payload for a name and an organisation, and one who asks to join.
    String member = account("xss", text("member", token), text("organisation", token));
    String requester = account("xss-req", text("requester", token), text("requester-org", token));

    // A group of the network, led by the administrator the browser signs in as.
    String slug =
        users.as(
            "jvalcin",
            () -> {
              GroupForm form = new GroupForm();
              form.setName(text("group", token));
              form.setDescription(text("description", token));
              form.setThemeId(members.themes().get(0).getId());
              form.setVisibility(Visibility.NETWORK);
              form.setJoinPolicy(JoinPolicy.ON_REQUEST);
              return groups.create(form);
            });
    long group = users.groupId(slug);
    users.as(
        "jvalcin",
        () -> {
          workspaces.addMember(group, users.memberId("jvalcin"), GroupRole.LEAD);
          workspaces.addMember(group, users.memberId(member), GroupRole.CONTRIBUTOR);
        });
    users.as(requester, () -> workspaces.requestToJoin(group, text("join", token)));

    // A meeting of the group (title, place, agenda) and its minutes (a section, rich text).
    long meeting =
        users.as(
            "jvalcin",
            () ->
                boardMeetings.scheduleForGroup(
                    group,
                    new MeetingForm(
                        text("meeting", token),
                        LocalDateTime.of(2031, 6, 2, 9, 0),
                        LocalDateTime.of(2031, 6, 2, 11, 0),
                        text("place", token),
                        List.of(
                            new MeetingForm.Item(
                                null, text("item", token), text("item-text", token))),
                        List.of()),
                    List.of()));
    long minutes = users.as("jvalcin", () -> editor.start(meeting));
    users.as(
        "jvalcin",
        () -> {
          var draft = editor.open(minutes);
          // What the editor sends when someone types the payload (escaped), followed by what a
          // forged request could send (markup), which the sanitiser must strip.
          String html =
              "<p>"
                  + escape(text("section-text", token))
                  + "</p><p>"
                  + payload
                  + "<script>window.__xss=1</script></p>";
          editor.save(
              minutes,
              draft.headNumber(),
              draft.text().with(Section.ofHtml("xss-" + token, text("section", token), html)),
              null);
        });

    // A decision of the CA (the title, and its text).
    long ca = users.count("SELECT b.id FROM Body b WHERE b.code = ?1", "CA");
    long boardMeeting =
        users.as(
            "hbellemare",
            () -> {
              long m =
                  boardMeetings.schedule(
                      ca,
                      new MeetingDay(
                          LocalDate.of(2034, 3, 10),
                          text("board-meeting", token),
                          text("board-place", token),
                          null));
              for (String login : List.of("hbellemare", "manselme", "ceuzet", "rcelestine")) {
                boardMeetings.attend(m, users.memberId(login), AttendanceStatus.PRESENT, null);
              }
              return m;
            });
    long decision =
        users.as(
            "hbellemare",
            () -> {
              DecisionForm d = new DecisionForm();
              d.setTitle(text("decision", token));
              d.setText(text("decision-text", token));
              d.setType(DecisionType.DELIBERATION);
              d.setUnanimous(true);
              d.setThemeCodes(List.of("evaluation"));
              // The member with the payload is responsible: the decision page shows them (the
              // responsible is a search now, no longer a menu of the whole directory).
              d.setResponsibleId(users.memberId(member));
              String number = register.record(boardMeeting, d);
              RegisterFilter f = new RegisterFilter();
              f.setText(number);
              return register.search(f, 0, 5).items().get(0).getId();
            });

    // A territory with the payload for a name, drawn on the map and ranked on a fresh indicator.
    String territory = "XSS" + token.toUpperCase();
    territories.create(territory, text("territory", token));
    String indicator = "XSS_" + token.toUpperCase();
    IndicatorForm form = new IndicatorForm();
    form.setCode(indicator);
    form.setLabelFr("Indicateur " + token);
    form.setLabelEn("Indicator " + token);
    users.as("plordinot", () -> catalogue.createIndicator(form));
    String square =
        "{\"type\":\"Feature\",\"properties\":{\"code\":\""
            + territory
            + "\"},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":"
            + "[[[-61.10,14.60],[-61.00,14.60],[-61.00,14.70],[-61.10,14.70],[-61.10,14.60]]]}}";
    users.as(
        "plordinot",
        () -> catalogue.importBoundaries(square.getBytes(StandardCharsets.UTF_8), true));
    byte[] csv =
        ("CODGEO;LIBGEO;" + indicator + "08\n" + territory + ";x;12\n97209;Fort-de-France;9\n")
            .getBytes(StandardCharsets.UTF_8);
    users.as(
        "plordinot",
        () -> imports.commit(imports.stage("xss.csv", csv).batchId(), "Test XSS " + token));

    return String.join(
        "\n",
        "token=" + token,
        "slug=" + slug,
        "group=" + group,
        "member=" + users.memberId(member),
        "meeting=" + meeting,
        "minutes=" + minutes,
        "board-meeting=" + boardMeeting,
        "decision=" + decision,
        "territory=" + territory,
        "indicator=" + indicator);
  }

  /** The payload, then the field it fills and the token, to tell on a page which field shows. */
  public static String text(String field, String token) {
    return PAYLOAD + " " + field + "-" + token;
  }

  private String account(String prefix, String name, String organisation) {
    String login = prefix + "." + UUID.randomUUID().toString().substring(0, 8);
    MemberForm form = new MemberForm();
    form.setFullName(name);
    form.setOrganisation(organisation);
    form.setEmail(login + "@example.org");
    users.as(
        "jvalcin", () -> members.create(form, login, EnumSet.of(PlatformRole.MEMBER), Set.of()));
    return login;
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
