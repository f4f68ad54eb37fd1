package org.cohesion.it.server;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.shiro.SecurityUtils;
import org.cohesion.experience.application.CoordinationNetworks;
import org.cohesion.experience.application.ExperienceSheets;
import org.cohesion.experience.application.SheetForm;
import org.cohesion.experience.domain.Funder;
import org.cohesion.experience.domain.Part;
import org.cohesion.experience.domain.TargetPublic;
import org.cohesion.platform.demo.DemoSeed;
import org.cohesion.platform.security.PlatformRole;
import org.cohesion.workspace.domain.GroupRole;
import org.cohesion.workspace.domain.Visibility;

/**
 * Test deployment only, for it.web.ExperienceBrowserIT: the people of a coordinators' network who
 * will click through an experience sheet's path in Chromium, all fresh, with the demo password so
 * that they sign in as anyone would. POSTed by an administrator: two coordinators writing in the
 * Lamentin group, its lead (who reviews), a coordinator of the Schœlcher group with a sheet of her
 * own (written here: it is not the path under test), and a fresh network holding both groups.
 * Answers, one a line: author, co-author, lead, other coordinator (logins), the Lamentin group's
 * slug, the network's name, the other coordinator's sheet's title.
 */
@WebServlet("/it/experience-browser-data")
public class ExperienceBrowserData extends HttpServlet {
  private static final long serialVersionUID = 1L;

  @PersistenceContext transient EntityManager em;
  @Inject transient Users users;
  @Inject transient CoordinationNetworks networks;
  @Inject transient ExperienceSheets sheets;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if (!SecurityUtils.getSubject().hasRole(PlatformRole.ADMINISTRATOR.name())) {
      response.sendError(HttpServletResponse.SC_FORBIDDEN);
      return;
    }
    String token = UUID.randomUUID().toString().substring(0, 8);
    String author = person("coord-lam", "Josiane Ravine");
    String coAuthor = person("coauteur-lam", "Patrick Lafleur");
    String lead = person("anim-lam", "Hélène Bois-Rouge");
    String other = person("coord-sch", "Marlène Fonds-Lahaye");
    long lamentin =
        users.newGroup(
            "CLSPD du Lamentin",
            Visibility.NETWORK,
            Map.of(
                author,
                GroupRole.CONTRIBUTOR,
                coAuthor,
                GroupRole.CONTRIBUTOR,
                lead,
                GroupRole.LEAD));
    long schoelcher =
        users.newGroup("CLSPD de Schœlcher", Visibility.NETWORK, Map.of(other, GroupRole.LEAD));
    String network = "Coordonnateurs CLSPD " + token;
    long networkId = users.as("jvalcin", () -> networks.create(network));
    users.as("jvalcin", () -> networks.include(networkId, lamentin));
    users.as("jvalcin", () -> networks.include(networkId, schoelcher));

    String ownTitle = "Médiateurs de nuit à Schœlcher " + token;
    long concept = users.count("SELECT MIN(c.id) FROM Concept c");
    long territory =
        users.count("SELECT MIN(t.id) FROM Territory t WHERE t.name = ?1", "Schœlcher");
    long own = users.as(other, () -> sheets.create(schoelcher, ownTitle));
    users.as(
        other,
        () ->
            sheets.describe(
                own,
                null,
                new SheetForm(
                    ownTitle,
                    Set.of(concept),
                    territory,
                    TargetPublic.YOUTH,
                    LocalDate.of(2024, 9, 1),
                    LocalDate.of(2025, 6, 30),
                    "Ville de Schœlcher",
                    "Bailleurs sociaux, Police municipale",
                    "clspd.schoelcher@example.org",
                    false,
                    new BigDecimal("30000"),
                    List.of(new SheetForm.Share(Funder.STATE, null, new BigDecimal("20000"))),
                    List.of(),
                    List.of())));
    for (Part p : Part.values()) {
      if (p.required()) {
        users.as(
            other,
            () ->
                sheets.savePart(
                    own,
                    p,
                    "Schœlcher, " + p.name().toLowerCase() + " : deux médiateurs le soir.",
                    -1));
      }
    }
    String slug =
        em.createQuery("SELECT g.slug FROM WorkingGroup g WHERE g.id = :id", String.class)
            .setParameter("id", lamentin)
            .getSingleResult();
    response.setContentType("text/plain; charset=UTF-8");
    response
        .getWriter()
        .write(String.join("\n", author, coAuthor, lead, other, slug, network, ownTitle));
  }

  private String person(String prefix, String fullName) {
    return users.newAccount(prefix, fullName, DemoSeed.PASSWORD);
  }
}
