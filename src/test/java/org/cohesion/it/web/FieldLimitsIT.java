package org.cohesion.it.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cohesion.decisions.domain.Meeting;
import org.cohesion.experience.domain.ExperienceSheet;
import org.cohesion.experience.domain.Funding;
import org.cohesion.experience.domain.KeyMoment;
import org.cohesion.experience.domain.ResultIndicator;
import org.cohesion.it.Demo;
import org.cohesion.it.WebClient;
import org.cohesion.network.application.MemberAdministration;
import org.cohesion.platform.search.SearchQuery;
import org.cohesion.platform.security.LoginAttempt;
import org.cohesion.platform.security.PasswordPolicy;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * Each limit is declared once (docs/architecture.md, "Forms") and reaches the page's {@code
 * maxlength} through {@code f:importConstants}. A constant that did not resolve there renders as
 * {@code maxlength="0"}, which lets nobody type: so every limited field of these pages must carry a
 * positive limit, and the named ones exactly their entity's constant.
 */
class FieldLimitsIT extends HttpTestBase {
  private static final Pattern SHEET = Pattern.compile("experience/sheet\\.xhtml\\?id=(\\d+)");
  private static final Pattern GROUP = Pattern.compile("experience/index\\.xhtml\\?group=(\\d+)");

  @Test
  void theExperiencePagesCarryTheirEntitiesLimits() throws Exception {
    WebClient lead = client();
    assertEquals(302, lead.login("manselme", Demo.PASSWORD).statusCode());
    Matcher group = GROUP.matcher(lead.get("group.xhtml?id=evaluation-des-cucs").body());
    assertTrue(group.find(), "the group page links its sheets");
    Document list = page(lead, "experience/index.xhtml?group=" + group.group(1));
    assertLimits(list, Map.of("new-title", ExperienceSheet.MAX_TITLE));

    Element link =
        page(lead, "experience/index.xhtml").select("a[href*=experience/sheet.xhtml?id=]").stream()
            .filter(a -> a.text().contains("Cycle de qualification"))
            .findFirst()
            .orElseThrow(() -> new AssertionError("the catalogue links the evaluation cycle"));
    Matcher sheet = SHEET.matcher(link.attr("href"));
    assertTrue(sheet.find(), link.attr("href"));
    // The demo's evaluation cycle, written by this lead: its page asks questions, its form edits.
    assertLimits(
        page(lead, "experience/sheet.xhtml?id=" + sheet.group(1)),
        Map.of("question", ExperienceSheet.MAX_COMMENT));
    Map<String, Integer> form = new LinkedHashMap<>();
    form.put("owner", ExperienceSheet.MAX_LINE);
    form.put("partners", ExperienceSheet.MAX_PARTNERS);
    form.put("contact", ExperienceSheet.MAX_LINE);
    form.put("other", Funding.MAX_LABEL);
    // The evaluation cycle has key moments and indicators, so their rows are rendered too.
    form.put("moment-label", KeyMoment.MAX_LABEL);
    form.put("indicator-label", ResultIndicator.MAX_LABEL);
    form.put("indicator-value", ResultIndicator.MAX_VALUE);
    form.put("indicator-period", ResultIndicator.MAX_PERIOD);
    form.put("indicator-source", ResultIndicator.MAX_SOURCE);
    assertLimits(page(lead, "experience/edit.xhtml?id=" + sheet.group(1)), form);
  }

  @Test
  void theRegistersNewMeetingFieldsCarryTheMeetingsLimits() throws Exception {
    WebClient secretary = client();
    assertEquals(302, secretary.login("hbellemare", Demo.PASSWORD).statusCode());
    assertLimits(
        page(secretary, "decisions/register.xhtml"),
        Map.of("new-title", Meeting.MAX_TITLE, "new-place", Meeting.MAX_PLACE));
  }

  @Test
  void theSignInTheHeaderSearchAndTheAccountSearchCarryTheirServicesLimits() throws Exception {
    assertLimits(
        page(client(), "login.xhtml"),
        Map.of("username", LoginAttempt.LOGIN_MAX, "password", PasswordPolicy.MAX_LENGTH));
    WebClient administrator = client();
    assertEquals(302, administrator.login("jvalcin", Demo.PASSWORD).statusCode());
    assertLimits(
        page(administrator, "admin/members.xhtml"),
        Map.of("q", MemberAdministration.QUERY_MAX, "header-search-q", SearchQuery.MAX_LENGTH));
  }

  private static Document page(WebClient client, String path) throws Exception {
    WebClient.Page page = client.open(path);
    return page.document();
  }

  /** Every limited field positive; each named one (by the end of its id) exactly as expected. */
  private static void assertLimits(Document page, Map<String, Integer> expected) {
    var limited = page.select("input[maxlength], textarea[maxlength]");
    assertFalse(limited.isEmpty(), "no limited field on " + page.title());
    for (Element field : limited) {
      int max = Integer.parseInt(field.attr("maxlength"));
      assertTrue(max > 0, field.id() + " has maxlength " + max + " on " + page.title());
    }
    for (var e : expected.entrySet()) {
      var named =
          limited.stream()
              .filter(f -> f.id().equals(e.getKey()) || f.id().endsWith(":" + e.getKey()))
              .toList();
      assertFalse(named.isEmpty(), "no field " + e.getKey() + " on " + page.title());
      for (Element field : named) {
        assertEquals(
            Integer.toString(e.getValue()),
            field.attr("maxlength"),
            field.id() + " on " + page.title());
      }
    }
  }
}
