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
 * The decision log's pages and its REST endpoint, for every kind of caller, over HTTP. Objects come
 * from the demo data set: BUREAU-2008-01 (board only) and CA-2008-01 (public, the validation of the
 * 2008 programme). Expected: 200 allowed, 403 refused, 404 hidden, 302 sign in first.
 */
class DecisionPagesMatrixIT extends HttpTestBase {

  // null = not signed in; hbellemare = bureau and CA; ceuzet = CA only; flarcher = member of the
  // network, no seat; plordinot = staff, no seat; jvalcin = administrator and staff.
  private static final List<String> CALLERS =
      Arrays.asList(null, "hbellemare", "ceuzet", "flarcher", "plordinot", "jvalcin");

  @Test
  void everyDecisionPageAnswersEachCallerAsDesigned() throws Exception {
    WebClient president = signedIn("hbellemare");
    String bureauDecision = decisionId(president, "BUREAU-2008-01");
    String caDecision = decisionId(president, "CA-2008-01");
    String bureauMeeting = meetingId(president, bureauDecision);

    Map<String, int[]> expected = new LinkedHashMap<>();
    // page                                      anon  pres  ca   member staff admin
    expected.put("decisions/register.xhtml", new int[] {302, 200, 200, 200, 200, 200});
    expected.put("decisions/verify.xhtml", new int[] {302, 200, 200, 403, 403, 200});
    expected.put(
        "decisions/decision.xhtml?id=" + bureauDecision, new int[] {302, 200, 404, 404, 200, 200});
    expected.put(
        "decisions/decision.xhtml?id=" + caDecision, new int[] {302, 200, 200, 200, 200, 200});
    expected.put("decisions/decision.xhtml?id=999999", new int[] {302, 404, 404, 404, 404, 404});
    expected.put("decisions/decision.xhtml?id=abc", new int[] {302, 404, 404, 404, 404, 404});
    expected.put("decisions/decision.xhtml", new int[] {302, 404, 404, 404, 404, 404});
    expected.put(
        "meetings/meeting.xhtml?id=" + bureauMeeting, new int[] {302, 200, 404, 404, 200, 200});
    expected.put("meetings/meeting.xhtml?id=-1", new int[] {302, 404, 404, 404, 404, 404});
    expected.put("api/register/verification", new int[] {401, 200, 200, 403, 403, 200});

    assertEquals("", PageMatrix.mismatches(base, CALLERS, expected));
  }

  @Test
  void aBoardOnlyDecisionIsNotListedForAMemberOfTheNetwork() throws Exception {
    String member = signedIn("flarcher").get("decisions/register.xhtml?q=2008").body();
    assertTrue(member.contains("CA-2008-01"), "public decisions are listed");
    assertFalse(member.contains("BUREAU-2008-01"), "board-only decisions are not");
    String board = signedIn("hbellemare").get("decisions/register.xhtml?q=BUREAU-2008").body();
    assertTrue(board.contains("BUREAU-2008-01"));
  }

  @Test
  void theRestVerificationReportsEveryBodyIntact() throws Exception {
    HttpResponse<String> response = signedIn("jvalcin").get("api/register/verification");
    assertEquals(200, response.statusCode());
    String json = response.body();
    assertTrue(json.contains("\"body\":\"CA\""), json);
    assertTrue(json.contains("\"headHash\":\""), json);
    assertTrue(json.startsWith("{\"intact\":true"), json);
  }

  private WebClient signedIn(String login) throws Exception {
    return PageMatrix.signedIn(base, login);
  }

  private static String decisionId(WebClient client, String number) throws Exception {
    String body = client.get("decisions/register.xhtml?q=" + number).body();
    Matcher m =
        Pattern.compile("decision\\.xhtml\\?id=(\\d+)\"[^>]*>" + Pattern.quote(number) + "<")
            .matcher(body);
    assertTrue(m.find(), "no link to " + number);
    return m.group(1);
  }

  private static String meetingId(WebClient client, String decisionId) throws Exception {
    String body = client.get("decisions/decision.xhtml?id=" + decisionId).body();
    Matcher m = Pattern.compile("meeting\\.xhtml\\?id=(\\d+)").matcher(body);
    assertTrue(m.find(), "no link to the meeting");
    return m.group(1);
  }
}
