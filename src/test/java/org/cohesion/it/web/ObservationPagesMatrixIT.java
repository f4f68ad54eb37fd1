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
 * The observatory's pages and HTTP endpoints, for every kind of caller. Territory and indicator
 * dashboards and the map are network data (every signed-in member); import and history belong to
 * staff, administrators and group leads; a group's dashboard follows the group's visibility.
 * Expected: 200 allowed, 403 refused, 404 hidden or unknown, 302 sign in first (401 under /api).
 */
class ObservationPagesMatrixIT extends HttpTestBase {

  // null = not signed in; jvalcin = administrator and staff; plordinot = staff; flarcher = lead of
  // the observation group; amondesir = member, lead of nothing (no test makes her one); manselme =
  // member (and lead) of the
  // members-only group "Préparation de la programmation 2009", which the others do not see.
  private static final List<String> CALLERS =
      Arrays.asList(null, "jvalcin", "plordinot", "flarcher", "amondesir", "manselme");

  @Test
  void everyObservationPageAnswersEachCallerAsDesigned() throws Exception {
    String restricted = groupId(signedIn("manselme"), "preparation-de-la-programmation-2009");
    String open = groupId(signedIn("amondesir"), "observation-des-territoires");

    Map<String, int[]> expected = new LinkedHashMap<>();
    // page                                                anon admin staff lead member restricted
    expected.put("observation/index.xhtml", new int[] {302, 200, 200, 200, 200, 200});
    expected.put(
        "observation/territory.xhtml?code=97209", new int[] {302, 200, 200, 200, 200, 200});
    expected.put(
        "observation/territory.xhtml?code=SITE-FDF-01", new int[] {302, 200, 200, 200, 200, 200});
    expected.put(
        "observation/territory.xhtml?code=nowhere", new int[] {302, 404, 404, 404, 404, 404});
    expected.put("observation/territory.xhtml", new int[] {302, 404, 404, 404, 404, 404});
    expected.put(
        "observation/indicator.xhtml?code=TCHOM", new int[] {302, 200, 200, 200, 200, 200});
    expected.put(
        "observation/indicator.xhtml?code=TCHOM&period=2008&level=SITE&t=97209&t=972",
        new int[] {302, 200, 200, 200, 200, 200});
    expected.put("observation/indicator.xhtml?code=NOPE", new int[] {302, 404, 404, 404, 404, 404});
    expected.put("observation/indicator.xhtml", new int[] {302, 404, 404, 404, 404, 404});
    expected.put(
        "observation/map.xhtml?indicator=TCHOM&period=2008",
        new int[] {302, 200, 200, 200, 200, 200});
    expected.put("observation/map.xhtml?indicator=NOPE", new int[] {302, 404, 404, 404, 404, 404});
    expected.put("observation/import.xhtml", new int[] {302, 200, 200, 200, 403, 200});
    expected.put("observation/imports.xhtml", new int[] {302, 200, 200, 200, 403, 200});
    expected.put(
        "api/observation/territories/97209/dashboard.csv",
        new int[] {401, 200, 200, 200, 200, 200});
    expected.put(
        "api/observation/territories/nowhere/dashboard.csv",
        new int[] {401, 404, 404, 404, 404, 404});
    expected.put(
        "api/observation/indicators/TCHOM/dashboard.csv?period=2008&t=97209",
        new int[] {401, 200, 200, 200, 200, 200});
    expected.put(
        "api/observation/groups/" + restricted + "/dashboard.csv",
        new int[] {401, 200, 404, 404, 404, 200});
    expected.put(
        "api/observation/groups/" + open + "/dashboard.csv",
        new int[] {401, 200, 200, 200, 200, 200});
    expected.put(
        "api/observation/imports/999999/progress", new int[] {401, 404, 404, 404, 403, 404});

    assertEquals("", PageMatrix.mismatches(base, CALLERS, expected));
  }

  @Test
  void theGroupPageShowsItsDashboardAndItsManagementPageThePinningTools() throws Exception {
    String member = signedIn("amondesir").get("group.xhtml?g=observation-des-territoires").body();
    assertTrue(member.contains("id=\"group-dashboard\""), "the section is on the group page");
    assertTrue(member.contains("group-dashboard-table"), "with the pinned values");
    assertFalse(
        member.contains("pin-indicator-add"), "a member who does not lead the group does not pin");
    String lead = signedIn("flarcher").get("group.xhtml?g=observation-des-territoires").body();
    assertTrue(lead.contains("group-dashboard-table"), "the lead sees the values");
    assertFalse(lead.contains("pin-indicator-add"), "and pins on the management page");
    String manage =
        signedIn("flarcher").get("group-manage.xhtml?id=observation-des-territoires").body();
    assertTrue(manage.contains("group-dashboard-table"), "the values where the lead pins");
    assertTrue(manage.contains("pin-indicator-add"), "the lead pins");
  }

  @Test
  void exportsAreTheImportersLongLayoutAndSecretsStaySecret() throws Exception {
    HttpResponse<String> csv =
        signedIn("nferjule").get("api/observation/indicators/ALLOC_CAF/dashboard.csv?period=2009");
    assertEquals(200, csv.statusCode());
    String body = csv.body();
    assertTrue(body.startsWith("\uFEFFterritoire;libelle;indicateur;periode;valeur;statut"), body);
    assertTrue(body.contains(";secret;SUPPRESSED"), "a secret value is exported as secret");
    assertFalse(body.contains(";0;SUPPRESSED"), "never as zero");
    assertTrue(csv.headers().firstValue("Content-Disposition").orElse("").contains("attachment"));
  }

  @Test
  void theNavigationLeadsToTheObservatory() throws Exception {
    String home = signedIn("nferjule").get("index.xhtml").body();
    assertTrue(home.contains("id=\"nav-observation\""), "an entry in the main navigation");
    String page = signedIn("nferjule").get("observation/index.xhtml").body();
    assertTrue(page.contains("Fort-de-France") && page.contains("Taux de chômage"), page);
    assertTrue(page.contains("Données illustratives"), "the demo values are labelled");
  }

  private WebClient signedIn(String login) throws Exception {
    return PageMatrix.signedIn(base, login);
  }

  private static String groupId(WebClient client, String slug) throws Exception {
    String body = client.get("group.xhtml?g=" + slug).body();
    Matcher m = Pattern.compile("api/observation/groups/(\\d+)/dashboard\\.csv").matcher(body);
    if (m.find()) {
      return m.group(1);
    }
    throw new AssertionError("no dashboard export on the page of " + slug);
  }
}
