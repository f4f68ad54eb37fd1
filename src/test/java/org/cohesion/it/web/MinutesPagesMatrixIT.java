package org.cohesion.it.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cohesion.it.WebClient;
import org.junit.jupiter.api.Test;

/**
 * The meetings and minutes pages for every kind of caller, over HTTP, on the demo data: the
 * evaluation group (network-visible; manselme leads it, flarcher reads it, srosemond and hbellemare
 * are not in it) and the bureau (manselme and hbellemare sit on it). Expected: 200 allowed, 403
 * refused, 404 hidden, 302 sign in first.
 */
class MinutesPagesMatrixIT extends HttpTestBase {

  private static final List<String> CALLERS =
      Arrays.asList(null, "manselme", "flarcher", "srosemond", "hbellemare", "jvalcin");

  @Test
  void everyMeetingAndMinutesPageAnswersEachCallerAsDesigned() throws Exception {
    WebClient lead = signedIn("manselme");
    String group =
        find(lead, "group.xhtml?g=evaluation-des-cucs", "meetings/index\\.xhtml\\?group=(\\d+)");
    String bureau = bodyId(lead, "Bureau");
    String review = meetingId(lead, "meetings/index.xhtml?group=" + group, "Bilan du cycle");
    String joint = meetingId(lead, "meetings/index.xhtml?group=" + group, "Séance commune");
    String approved =
        find(lead, "meetings/meeting.xhtml?id=" + review, "minutes/view\\.xhtml\\?id=(\\d+)");
    String draft =
        find(lead, "meetings/meeting.xhtml?id=" + joint, "minutes/view\\.xhtml\\?id=(\\d+)");
    String bureauMeeting =
        meetingId(lead, "meetings/index.xhtml?body=" + bureau, "préparation du conseil");
    String submitted =
        find(
            lead, "meetings/meeting.xhtml?id=" + bureauMeeting, "minutes/view\\.xhtml\\?id=(\\d+)");

    Map<String, int[]> expected = new LinkedHashMap<>();
    // page                                           anon  lead  reader out  board admin
    expected.put("meetings/index.xhtml?group=" + group, new int[] {302, 200, 200, 404, 404, 200});
    expected.put("meetings/edit.xhtml?group=" + group, new int[] {302, 200, 403, 404, 404, 200});
    expected.put("meetings/meeting.xhtml?id=" + joint, new int[] {302, 200, 200, 404, 404, 200});
    expected.put("meetings/edit.xhtml?id=" + joint, new int[] {302, 200, 403, 404, 404, 200});
    expected.put("minutes/view.xhtml?id=" + approved, new int[] {302, 200, 200, 200, 200, 200});
    // The history is for members: network readers of approved minutes are refused it.
    expected.put("minutes/history.xhtml?id=" + approved, new int[] {302, 200, 200, 403, 403, 200});
    expected.put("minutes/view.xhtml?id=" + draft, new int[] {302, 200, 200, 404, 404, 200});
    expected.put("minutes/edit.xhtml?id=" + draft, new int[] {302, 200, 200, 404, 404, 200});
    expected.put("minutes/history.xhtml?id=" + draft, new int[] {302, 200, 200, 404, 404, 200});
    expected.put("meetings/index.xhtml?body=" + bureau, new int[] {302, 200, 404, 404, 200, 200});
    expected.put("meetings/edit.xhtml?body=" + bureau, new int[] {302, 200, 404, 404, 200, 200});
    expected.put(
        "meetings/meeting.xhtml?id=" + bureauMeeting, new int[] {302, 200, 404, 404, 200, 200});
    expected.put("minutes/view.xhtml?id=" + submitted, new int[] {302, 200, 404, 404, 200, 200});
    expected.put("minutes/view.xhtml?id=999999", new int[] {302, 404, 404, 404, 404, 404});
    expected.put("minutes/view.xhtml?id=abc", new int[] {302, 404, 404, 404, 404, 404});
    expected.put("meetings/meeting.xhtml?id=-1", new int[] {302, 404, 404, 404, 404, 404});
    expected.put("meetings/index.xhtml", new int[] {302, 404, 404, 404, 404, 404});
    expected.put("feeds/calendar.ics?token=nonsense", new int[] {404, 404, 404, 404, 404, 404});

    assertEquals("", PageMatrix.mismatches(base, CALLERS, expected));
  }

  @Test
  void aNetworkMemberSeesTheApprovedMinutesOnTheGroupPageButNoMeetings() throws Exception {
    String outsider = signedIn("srosemond").get("group.xhtml?g=evaluation-des-cucs").body();
    assertTrue(outsider.contains("Bilan du cycle de qualification"), "approved minutes listed");
    assertFalse(outsider.contains("Séance commune"), "a draft is not listed");
    assertFalse(outsider.contains("meetings/index.xhtml?group="), "no way into the meetings");
  }

  @Test
  void theCalendarFeedAnswersWithoutASessionToItsToken() throws Exception {
    WebClient member = signedIn("flarcher");
    String group =
        find(member, "group.xhtml?g=evaluation-des-cucs", "meetings/index\\.xhtml\\?group=(\\d+)");
    String page = member.get("meetings/index.xhtml?group=" + group).body();
    assertTrue(page.contains("S'abonner au calendrier") || page.contains("Subscribe"), page);
    // The token is shown after an Ajax click; the service test covers it. Here: no session, no
    // token, no calendar.
    HttpResponse<String> anonymous = client().get("feeds/calendar.ics");
    assertEquals(404, anonymous.statusCode());
  }

  private WebClient signedIn(String login) throws Exception {
    return PageMatrix.signedIn(base, login);
  }

  private static String find(WebClient client, String page, String regex) throws Exception {
    String body = client.get(page).body();
    Matcher m = Pattern.compile(regex).matcher(body);
    assertTrue(m.find(), "no " + regex + " in " + page);
    return m.group(1);
  }

  private static String bodyId(WebClient client, String name) throws Exception {
    String body = client.get("bodies.xhtml").body();
    Matcher m =
        Pattern.compile(
                "<h2>" + Pattern.quote(name) + "[^<]*</h2>.*?meetings/index\\.xhtml\\?body=(\\d+)",
                Pattern.DOTALL)
            .matcher(body);
    assertTrue(m.find(), "no meetings link for " + name);
    return m.group(1);
  }

  private static String meetingId(WebClient client, String page, String titleStart)
      throws Exception {
    String body = client.get(page).body();
    Matcher m =
        Pattern.compile(
                "meetings/meeting\\.xhtml\\?id=(\\d+)\"[^>]*>[^<]*" + Pattern.quote(titleStart))
            .matcher(body);
    assertTrue(m.find(), "no meeting " + titleStart + " in " + page);
    return m.group(1);
  }
}
