package org.cohesion.it.server;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.cohesion.experience.application.ExperienceSheets;
import org.cohesion.experience.application.SheetForm;
import org.cohesion.experience.domain.Funder;
import org.cohesion.experience.domain.Part;
import org.cohesion.experience.domain.SheetConfidentiality;
import org.cohesion.experience.domain.TargetPublic;
import org.cohesion.network.application.AccountSettings;
import org.cohesion.workspace.domain.GroupRole;
import org.cohesion.workspace.domain.Visibility;

/**
 * Test deployment only: takes a sheet through its review the way people would through the pages, so
 * that a client-side test can watch the mails arrive. POST /api/it/experience-mail creates fresh
 * accounts (an author reading French, a co-author and a lead reading English, a reader in another
 * group), a group, and a sheet that is written by both authors, submitted, returned with a comment,
 * submitted again, published to the whole network and asked a question about. It answers, one a
 * line: the sheet's title, then the author's, co-author's, lead's and reader's addresses.
 */
@Path("it/experience-mail")
@RequestScoped
public class ExperienceMailTrigger {

  @Inject Users users;
  @Inject ExperienceSheets sheets;
  @Inject AccountSettings settings;

  @POST
  @Produces(MediaType.TEXT_PLAIN)
  public String reviewASheet() {
    String token = UUID.randomUUID().toString().substring(0, 8);
    String author = users.newAccount("fx-auteur", "Autrice Courriel");
    String coAuthor = users.newAccount("fx-coauthor", "Co-author Mail");
    String lead = users.newAccount("fx-lead", "Lead Mail");
    String reader = users.newAccount("fx-lecteur", "Lectrice Courriel");
    for (String english : List.of(coAuthor, lead)) {
      users.as(english, () -> settings.changeLanguage("en"));
    }
    long group =
        users.newGroup(
            "Fiches par courriel",
            Visibility.NETWORK,
            Map.of(
                author,
                GroupRole.CONTRIBUTOR,
                coAuthor,
                GroupRole.CONTRIBUTOR,
                lead,
                GroupRole.LEAD));
    users.newGroup("Lecteurs", Visibility.NETWORK, Map.of(reader, GroupRole.LEAD));
    String title = "Médiation " + token;
    long concept = users.count("SELECT MIN(c.id) FROM Concept c");
    long territory = users.count("SELECT MIN(t.id) FROM Territory t");
    long id = users.as(author, () -> sheets.create(group, title));
    users.as(
        author,
        () ->
            sheets.describe(
                id,
                null,
                new SheetForm(
                    title,
                    Set.of(concept),
                    territory,
                    TargetPublic.YOUTH,
                    LocalDate.of(2024, 1, 1),
                    LocalDate.of(2024, 12, 31),
                    "Ville",
                    null,
                    "contact@example.org",
                    false,
                    new BigDecimal("1000"),
                    List.of(new SheetForm.Share(Funder.STATE, null, new BigDecimal("1000"))),
                    List.of(),
                    List.of())));
    for (Part p : Part.values()) {
      if (p.required()) {
        String writer = p.ordinal() % 2 == 0 ? author : coAuthor;
        users.as(writer, () -> sheets.savePart(id, p, "Texte " + p.name(), -1));
      }
    }
    users.as(author, () -> sheets.submit(id));
    users.as(lead, () -> sheets.returnToAuthors(id, "Précisez les résultats."));
    users.as(author, () -> sheets.submit(id));
    users.as(lead, () -> sheets.publish(id));
    users.as(author, () -> sheets.keepTo(id, SheetConfidentiality.NETWORK, null, true));
    users.as(reader, () -> sheets.ask(id, "Quel budget pour les médiateurs ?"));
    return String.join(
        "\n",
        title,
        author + "@example.org",
        coAuthor + "@example.org",
        lead + "@example.org",
        reader + "@example.org");
  }
}
