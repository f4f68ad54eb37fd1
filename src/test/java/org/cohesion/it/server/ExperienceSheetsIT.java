package org.cohesion.it.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.cohesion.experience.application.CatalogueFilter;
import org.cohesion.experience.application.CoordinationNetworks;
import org.cohesion.experience.application.ExperienceSheets;
import org.cohesion.experience.application.PartConflictException;
import org.cohesion.experience.application.SheetExport;
import org.cohesion.experience.application.SheetForm;
import org.cohesion.experience.application.SheetSearchSource;
import org.cohesion.experience.domain.Funder;
import org.cohesion.experience.domain.Part;
import org.cohesion.experience.domain.SheetConfidentiality;
import org.cohesion.experience.domain.SheetIncompleteException;
import org.cohesion.experience.domain.SheetStatus;
import org.cohesion.experience.domain.TargetPublic;
import org.cohesion.network.application.MemberAdministration;
import org.cohesion.network.application.MemberForm;
import org.cohesion.platform.domain.AccessDeniedException;
import org.cohesion.platform.domain.DomainException;
import org.cohesion.platform.domain.NotFoundException;
import org.cohesion.platform.search.Audience;
import org.cohesion.platform.search.SearchEntry;
import org.cohesion.platform.security.Caller;
import org.cohesion.platform.security.PlatformRole;
import org.cohesion.tools.application.ConceptForm;
import org.cohesion.tools.application.Documents;
import org.cohesion.tools.application.Thesaurus;
import org.cohesion.tools.application.Upload;
import org.cohesion.tools.domain.Confidentiality;
import org.cohesion.tools.domain.DocumentType;
import org.cohesion.tools.domain.DublinCore;
import org.cohesion.workspace.domain.GroupRole;
import org.cohesion.workspace.domain.Visibility;
import org.junit.jupiter.api.Test;

/**
 * Experience sheets on a real MariaDB: the review workflow with its notifications (in the app and
 * queued for mail), each published version kept, co-writers of one part never losing a write, and
 * the confidentiality matrix: every level × every kind of reader × every place a sheet appears (its
 * page, a group's list, the catalogue, a comparison, search's audience, questions).
 */
class ExperienceSheetsIT extends ServerTestBase {

  @Inject ExperienceSheets sheets;
  @Inject SheetExport export;
  @Inject Documents documents;
  @Inject CoordinationNetworks networks;
  @Inject SheetSearchSource search;
  @Inject Thesaurus thesaurus;
  @Inject MemberAdministration members;

  /** Two towns' groups in one coordinators' network, a third group outside it, and the staff. */
  private record World(
      String author,
      String coAuthor,
      String lead,
      String elsewhere,
      String outsider,
      String staff,
      long group,
      long otherGroup,
      long network,
      long concept,
      long territory) {}

  private String staffAccount() {
    String login = "staff." + UUID.randomUUID().toString().substring(0, 8);
    MemberForm form = new MemberForm();
    form.setFullName("Équipe " + login);
    form.setEmail(login + "@example.org");
    users.as(
        "jvalcin",
        () ->
            members.create(
                form, login, EnumSet.of(PlatformRole.MEMBER, PlatformRole.STAFF), Set.of()));
    return login;
  }

  private World world() {
    String author = users.newAccount("coord", "Coordonnatrice Lamentin");
    String coAuthor = users.newAccount("coauteur", "Co-auteur Lamentin");
    String lead = users.newAccount("anim", "Animateur Lamentin");
    String elsewhere = users.newAccount("ailleurs", "Coordonnateur Schoelcher");
    String outsider = users.newAccount("dehors", "Membre hors réseau");
    String staff = staffAccount();
    long group =
        users.newGroup(
            "CLSPD Lamentin",
            Visibility.NETWORK,
            Map.of(
                author,
                GroupRole.CONTRIBUTOR,
                coAuthor,
                GroupRole.CONTRIBUTOR,
                lead,
                GroupRole.LEAD));
    long other =
        users.newGroup("CLSPD Schoelcher", Visibility.NETWORK, Map.of(elsewhere, GroupRole.LEAD));
    users.newGroup("Hors réseau", Visibility.NETWORK, Map.of(outsider, GroupRole.LEAD));
    long network =
        users.as(
            staff,
            () ->
                networks.create("Coordonnateurs " + UUID.randomUUID().toString().substring(0, 8)));
    users.as(staff, () -> networks.include(network, group));
    users.as(staff, () -> networks.include(network, other));
    String unique = Long.toString(System.nanoTime(), 36);
    long concept =
        users.as(
            "jvalcin",
            () ->
                thesaurus.create(
                    new ConceptForm(
                        "Prévention " + unique,
                        null,
                        null,
                        null,
                        null,
                        null,
                        List.of(),
                        List.of())));
    long territory = users.count("SELECT MIN(t.id) FROM Territory t");
    return new World(
        author, coAuthor, lead, elsewhere, outsider, staff, group, other, network, concept,
        territory);
  }

  private static SheetForm form(World w, BigDecimal total, List<SheetForm.Share> shares) {
    return new SheetForm(
        "Partenariat de prévention " + UUID.randomUUID().toString().substring(0, 6),
        Set.of(w.concept()),
        w.territory(),
        TargetPublic.YOUTH,
        LocalDate.of(2008, 6, 25),
        LocalDate.of(2008, 12, 31),
        "Ville du Lamentin",
        "Police, Justice, Éducation nationale",
        "clspd@example.org",
        false,
        total,
        shares,
        List.of(new SheetForm.Moment(LocalDate.of(2008, 6, 26), "Journée Police/Ville/Justice")),
        List.of(
            new SheetForm.Measure(
                "Participants", "30", "2008", "Centre de ressources", null, null)));
  }

  private long notices(String login, String key) {
    return users.count(
        "SELECT COUNT(n) FROM Notification n WHERE n.memberId = ?1 AND n.messageKey = ?2",
        users.memberId(login),
        key);
  }

  private long mails(String login, String subjectStart) {
    return users.count(
        "SELECT COUNT(o) FROM OutboxMail o WHERE o.recipient = ?1 AND o.subject LIKE ?2",
        login + "@example.org",
        subjectStart + "%");
  }

  private void writeRequired(String login, long id) {
    for (Part p : Part.values()) {
      if (p.required()) {
        users.as(login, () -> sheets.savePart(id, p, "Texte de " + p.name(), -1));
      }
    }
  }

  /** A sheet written in a group, submitted by its writer and published by the group's lead. */
  private long published(World w, String writer, String lead, long group) {
    long id = users.as(writer, () -> sheets.create(group, "Brouillon"));
    users.as(
        writer,
        () ->
            sheets.describe(
                id,
                null,
                form(
                    w,
                    new BigDecimal("40000"),
                    List.of(new SheetForm.Share(Funder.STATE, null, new BigDecimal("25000"))))));
    writeRequired(writer, id);
    users.as(writer, () -> sheets.submit(id));
    users.as(lead, () -> sheets.publish(id));
    return id;
  }

  private long published(World w) {
    return published(w, w.author(), w.lead(), w.group());
  }

  @Test
  void theReviewWorkflowNotifiesReviewersThenAuthorsAndKeepsEachPublishedVersion() {
    World w = world();
    long id = users.as(w.author(), () -> sheets.create(w.group(), "Partenariat Police/Ville"));
    users.as(
        w.author(),
        () ->
            sheets.describe(
                id,
                null,
                form(
                    w,
                    new BigDecimal("40000"),
                    List.of(
                        new SheetForm.Share(Funder.STATE, null, new BigDecimal("16000")),
                        new SheetForm.Share(Funder.COMMUNE, null, new BigDecimal("12000"))))));

    SheetIncompleteException incomplete =
        assertThrows(
            SheetIncompleteException.class, () -> users.as(w.author(), () -> sheets.submit(id)));
    assertTrue(incomplete.missingLabelKeys().contains("experience.part.CONTEXT"));
    assertTrue(incomplete.missingLabelKeys().contains("experience.part.TRANSFER"));
    assertEquals(0, notices(w.lead(), "notice.experience.submitted"), "a refusal tells nobody");

    writeRequired(w.author(), id);
    users.as(
        w.coAuthor(), () -> sheets.savePart(id, Part.STAFF, "Une coordonnatrice à mi-temps", -1));
    assertThrows(AccessDeniedException.class, () -> users.as(w.author(), () -> sheets.publish(id)));
    users.as(w.author(), () -> sheets.submit(id));
    assertEquals(1, notices(w.lead(), "notice.experience.submitted"));
    assertEquals(1, notices(w.staff(), "notice.experience.submitted"), "the staff review too");
    assertEquals(0, notices(w.author(), "notice.experience.submitted"), "not the actor");
    assertEquals(1, mails(w.lead(), "[Cohésion] Fiche à relire"), "an email is queued");
    assertEquals(
        "experience.notEditable",
        assertThrows(
                DomainException.class,
                () -> users.as(w.coAuthor(), () -> sheets.savePart(id, Part.STAFF, "x", 1)))
            .messageKey());

    assertEquals(
        "experience.return.commentRequired",
        assertThrows(
                DomainException.class,
                () -> users.as(w.lead(), () -> sheets.returnToAuthors(id, "  ")))
            .messageKey());
    users.as(
        w.lead(), () -> sheets.returnToAuthors(id, "Chiffrez les résultats, s’il vous plaît."));
    assertEquals(1, notices(w.author(), "notice.experience.returned"));
    assertEquals(
        1, notices(w.coAuthor(), "notice.experience.returned"), "a co-writer is an author");
    assertEquals(
        "Chiffrez les résultats, s’il vous plaît.",
        users.as(w.author(), () -> sheets.reading(id, null)).reviewComment());
    assertEquals(
        SheetStatus.RETURNED, users.as(w.author(), () -> sheets.reading(id, null)).status());

    users.as(w.author(), () -> sheets.submit(id));
    assertEquals(1, (int) users.as(w.staff(), () -> sheets.publish(id)));
    assertEquals(1, notices(w.author(), "notice.experience.published"));
    assertEquals(1, mails(w.author(), "[Cohésion] Fiche publiée"));

    // A revision: the publication stays what others read until the next one.
    int v =
        users.as(w.author(), () -> sheets.editing(id, java.util.Locale.FRENCH)).parts().stream()
            .filter(p -> p.part() == Part.RESULTS)
            .findFirst()
            .orElseThrow()
            .version();
    users.as(w.author(), () -> sheets.savePart(id, Part.RESULTS, "30 participants par jour", v));
    users.as(w.author(), () -> sheets.keepTo(id, SheetConfidentiality.NETWORK, null, true));
    assertEquals(
        "Texte de RESULTS",
        users.as(w.outsider(), () -> sheets.reading(id, null)).content().text("RESULTS"));
    users.as(w.author(), () -> sheets.submit(id));
    assertEquals(2, (int) users.as(w.lead(), () -> sheets.publish(id)));
    assertEquals(
        "30 participants par jour",
        users.as(w.outsider(), () -> sheets.reading(id, null)).content().text("RESULTS"));
    assertEquals(
        "Texte de RESULTS",
        users.as(w.outsider(), () -> sheets.reading(id, 1)).content().text("RESULTS"),
        "the first version stays readable");
    assertEquals(2, users.as(w.outsider(), () -> sheets.reading(id, null)).versions().size());
    var content = users.as(w.outsider(), () -> sheets.reading(id, null)).content();
    assertEquals(0, new BigDecimal("12000").compareTo(content.unfunded()), "40000 - 16000 - 12000");
  }

  @Test
  void twoWritersOfOnePartNeverLoseAWrite() {
    World w = world();
    long id = users.as(w.author(), () -> sheets.create(w.group(), "CLAS"));
    int first =
        users.as(w.author(), () -> sheets.savePart(id, Part.CONTEXT, "Version A", -1)).version();
    // Both read `first`; the co-author saves, then the author saves from the same version.
    users.as(w.coAuthor(), () -> sheets.savePart(id, Part.CONTEXT, "Version B", first));
    PartConflictException conflict =
        assertThrows(
            PartConflictException.class,
            () ->
                users.as(w.author(), () -> sheets.savePart(id, Part.CONTEXT, "Version C", first)));
    assertEquals("Version B", conflict.theirs());
    // Another part is not in the way: different parts never collide.
    users.as(w.author(), () -> sheets.savePart(id, Part.OBJECTIVES, "Objectifs", -1));
    users.as(
        w.author(),
        () -> sheets.savePart(id, Part.CONTEXT, "Version B + C", conflict.theirVersion()));
    List<String> history =
        users.as(w.author(), () -> sheets.history(id, Part.CONTEXT)).stream()
            .map(ExperienceSheets.PartHistory::text)
            .toList();
    assertEquals(List.of("Version B + C", "Version B", "Version A"), history);

    // Changes to different paragraphs from the same version are merged, as in minutes.
    int third = history.size();
    users.as(
        w.coAuthor(),
        () -> sheets.savePart(id, Part.CONTEXT, "Version B + C\n\nAjout du co-auteur", third));
    ExperienceSheets.PartSave merged =
        users.as(w.author(), () -> sheets.savePart(id, Part.CONTEXT, "Version B + C revue", third));
    assertTrue(merged.merged());
    assertEquals("Version B + C revue\n\nAjout du co-auteur", merged.text());
    assertThrows(
        NotFoundException.class,
        () -> users.as(w.outsider(), () -> sheets.history(id, Part.CONTEXT)));
  }

  @Test
  void wideningIsConfirmedClosingIsImmediate() {
    World w = world();
    long id = published(w);
    assertEquals(
        "experience.confidentiality.confirm",
        assertThrows(
                DomainException.class,
                () ->
                    users.as(
                        w.author(),
                        () ->
                            sheets.keepTo(
                                id, SheetConfidentiality.COORDINATORS, w.network(), false)))
            .messageKey());
    assertThrows(
        NotFoundException.class,
        () -> users.as(w.elsewhere(), () -> sheets.reading(id, null)),
        "unconfirmed: still the group's");
    users.as(
        w.author(), () -> sheets.keepTo(id, SheetConfidentiality.COORDINATORS, w.network(), true));
    users.as(w.elsewhere(), () -> sheets.reading(id, null));
    users.as(w.author(), () -> sheets.keepTo(id, SheetConfidentiality.GROUP, null, false));
    assertThrows(
        NotFoundException.class, () -> users.as(w.elsewhere(), () -> sheets.reading(id, null)));
    users.as(w.lead(), () -> sheets.keepTo(id, SheetConfidentiality.PUBLIC, null, true));
    assertThrows(
        AccessDeniedException.class,
        () ->
            users.as(
                w.outsider(), () -> sheets.keepTo(id, SheetConfidentiality.GROUP, null, false)),
        "a reader is not one who decides who reads");
  }

  enum Reader {
    AUTHOR,
    LEAD,
    COORDINATOR_ELSEWHERE,
    OUTSIDER,
    STAFF,
    ADMINISTRATOR
  }

  private String login(World w, Reader r) {
    return switch (r) {
      case AUTHOR -> w.author();
      case LEAD -> w.lead();
      case COORDINATOR_ELSEWHERE -> w.elsewhere();
      case OUTSIDER -> w.outsider();
      case STAFF -> w.staff();
      case ADMINISTRATOR -> "jvalcin";
    };
  }

  /** Who reads a published sheet at each level, in the order of {@link Reader}. */
  private static final Map<SheetConfidentiality, String> EXPECTED =
      Map.of(
          SheetConfidentiality.GROUP, "YY---Y",
          SheetConfidentiality.COORDINATORS, "YYY-YY",
          SheetConfidentiality.NETWORK, "YYYYYY",
          SheetConfidentiality.PUBLIC, "YYYYYY");

  private long document(String lead, long group, String title, Confidentiality c) {
    return users.as(
        lead,
        () ->
            documents.create(
                group,
                new DublinCore(
                    title,
                    "CRVC",
                    "CRVC",
                    null,
                    DocumentType.GUIDE,
                    "fr",
                    "Martinique",
                    "Essai",
                    "CC BY",
                    c),
                List.of(),
                new Upload(title + ".pdf", SampleFiles.pdf(title))));
  }

  private List<String> attachments(String login, long id) {
    return users.as(login, () -> sheets.reading(id, null)).attachments().stream()
        .map(a -> a.title())
        .toList();
  }

  @Test
  void aReaderSeesOnlyTheAttachmentsTheyMayReadOnThePageAndInTheExport() throws Exception {
    World w = world();
    long id = published(w);
    users.as(w.author(), () -> sheets.keepTo(id, SheetConfidentiality.NETWORK, null, true));
    long internal = document(w.lead(), w.group(), "Compte rendu interne", Confidentiality.GROUP);
    long open = document(w.lead(), w.group(), "Charte ouverte", Confidentiality.NETWORK);
    long foreign =
        document(w.elsewhere(), w.otherGroup(), "Interne Schoelcher", Confidentiality.GROUP);
    assertTrue(
        users.as(w.author(), () -> sheets.attachable(id)).stream()
            .anyMatch(c -> c.id() == internal));
    users.as(w.author(), () -> sheets.attach(id, internal));
    users.as(w.coAuthor(), () -> sheets.attach(id, open));
    // A writer cannot list a document they may not read, nor a reader one on a sheet they read.
    assertThrows(
        NotFoundException.class, () -> users.as(w.author(), () -> sheets.attach(id, foreign)));
    assertThrows(
        AccessDeniedException.class, () -> users.as(w.outsider(), () -> sheets.attach(id, open)));

    assertEquals(List.of("Charte ouverte", "Compte rendu interne"), attachments(w.author(), id));
    assertEquals(List.of("Charte ouverte"), attachments(w.outsider(), id));
    byte[] odt =
        users.as(
            w.outsider(),
            () -> export.one(id, null, SheetExport.Format.ODT, Locale.FRENCH).bytes());
    String content = null;
    try (var zip = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(odt))) {
      for (var e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        if (e.getName().equals("content.xml")) {
          content = new String(zip.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
      }
    }
    assertTrue(content != null && content.contains("Charte ouverte"), "attachment in the export");
    assertFalse(content.contains("Compte rendu interne"), "an unreadable attachment exported");

    users.as(w.author(), () -> sheets.detach(id, open));
    assertEquals(List.of(), attachments(w.outsider(), id));
  }

  private static final String COMMUNE = "org.cohesion.observation.domain.TerritoryLevel.COMMUNE";

  @Test
  void aCommuneFindsTheSheetsOfTheUnitsItContains() {
    World w = world();
    // A unit of the observatory that lies in a commune (a priority neighbourhood, a CUCS site).
    long inside =
        users.count(
            "SELECT MIN(c.id) FROM Territory c JOIN c.parents p WHERE p.level = " + COMMUNE);
    long commune =
        users.count(
            "SELECT MIN(p.id) FROM Territory c JOIN c.parents p WHERE c.id = ?1 AND p.level = "
                + COMMUNE,
            inside);
    long otherCommune =
        users.count(
            "SELECT MIN(t.id) FROM Territory t WHERE t.level = " + COMMUNE + " AND t.id <> ?1",
            commune);
    World there =
        new World(
            w.author(),
            w.coAuthor(),
            w.lead(),
            w.elsewhere(),
            w.outsider(),
            w.staff(),
            w.group(),
            w.otherGroup(),
            w.network(),
            w.concept(),
            inside);
    long id = published(there);
    users.as(w.author(), () -> sheets.keepTo(id, SheetConfidentiality.NETWORK, null, true));
    java.util.function.LongPredicate finds =
        territory ->
            users
                .as(
                    w.outsider(),
                    () ->
                        sheets.catalogue(
                            new CatalogueFilter(w.concept(), territory, null, null), 0, 50))
                .items()
                .stream()
                .anyMatch(row -> row.id() == id);
    assertTrue(finds.test(inside), "by its own territory");
    assertTrue(finds.test(commune), "by the commune that contains it");
    assertFalse(finds.test(otherCommune), "not by another commune");
  }

  @Test
  void staffKeepTheNetworksAndOneKeepingASheetCannotBeDeleted() {
    World w = world();
    String name = "Réseau " + UUID.randomUUID().toString().substring(0, 8);
    long spare = users.as(w.staff(), () -> networks.create(name));
    DomainException taken =
        assertThrows(
            DomainException.class,
            () -> users.as(w.staff(), () -> networks.create(name.toUpperCase(Locale.ROOT))));
    assertEquals("experience.network.nameTaken", taken.messageKey());
    assertThrows(
        AccessDeniedException.class, () -> users.as(w.author(), () -> networks.rename(spare, "x")));
    users.as(w.staff(), () -> networks.rename(spare, name + " bis"));
    users.as(w.staff(), () -> networks.include(spare, w.group()));
    var row =
        users.as(w.staff(), () -> networks.all()).stream()
            .filter(n -> n.id() == spare)
            .findFirst()
            .orElseThrow();
    assertEquals(name + " bis", row.name());
    assertEquals(List.of(w.group()), row.groups().stream().map(g -> g.id()).toList());
    assertEquals(0, row.sheets());

    long id = published(w);
    users.as(
        w.author(), () -> sheets.keepTo(id, SheetConfidentiality.COORDINATORS, w.network(), true));
    DomainException inUse =
        assertThrows(
            DomainException.class, () -> users.as(w.staff(), () -> networks.delete(w.network())));
    assertEquals("experience.network.inUse", inUse.messageKey());
    assertEquals(
        SheetConfidentiality.COORDINATORS,
        users.as(w.elsewhere(), () -> sheets.reading(id, null)).confidentiality());
    users.as(w.staff(), () -> networks.delete(spare));
    assertTrue(users.as(w.staff(), () -> networks.all()).stream().noneMatch(n -> n.id() == spare));
  }

  @Test
  void theConfidentialityMatrixHoldsInEveryPlaceASheetAppears() {
    World w = world();
    long id = published(w);
    // The elsewhere coordinator's own sheet, to compare and to ask from.
    long theirs = published(w, w.elsewhere(), w.elsewhere(), w.otherGroup());
    users.as(w.elsewhere(), () -> sheets.keepTo(theirs, SheetConfidentiality.NETWORK, null, true));
    Map<String, String> failures = new LinkedHashMap<>();
    for (SheetConfidentiality level : SheetConfidentiality.values()) {
      users.as(
          w.author(),
          () ->
              sheets.keepTo(
                  id,
                  level,
                  level == SheetConfidentiality.COORDINATORS ? w.network() : null,
                  true));
      for (Reader r : Reader.values()) {
        String who = login(w, r);
        boolean expected = EXPECTED.get(level).charAt(r.ordinal()) == 'Y';
        Map<String, Boolean> places = new LinkedHashMap<>();
        places.put("page", reads(() -> users.as(who, () -> sheets.reading(id, null))));
        places.put("published version", reads(() -> users.as(who, () -> sheets.reading(id, 1))));
        places.put(
            "catalogue",
            users
                .as(
                    who,
                    () ->
                        sheets.catalogue(new CatalogueFilter(w.concept(), null, null, null), 0, 50))
                .items()
                .stream()
                .anyMatch(row -> row.id() == id));
        places.put(
            "group list",
            users.as(who, () -> sheets.ofGroup(w.group())).stream()
                .anyMatch(row -> row.id() == id));
        places.put(
            "comparison", reads(() -> users.as(who, () -> sheets.compare(List.of(id, theirs)))));
        places.put("search", searchFinds(w, r, id));
        places.put(
            "export",
            reads(
                () ->
                    users.as(
                        who, () -> export.one(id, null, SheetExport.Format.ODT, Locale.FRENCH))));
        // A selection with a sheet the reader may not read: exported without it, and said.
        places.put(
            "selection",
            !users
                .as(
                    who,
                    () ->
                        export.selection(
                            List.of(id, theirs), SheetExport.Format.ODT, Locale.FRENCH))
                .leftOut()
                .contains(id));
        places.put("question", reads(() -> users.as(who, () -> sheets.ask(id, "Comment ?"))));
        places.forEach(
            (place, found) -> {
              if (found != expected) {
                failures.put(level + " × " + r + " × " + place, found ? "found" : "not found");
              }
            });
      }
    }
    assertEquals(Map.of(), failures, "level × reader × place");
    // The PDF in the container too: its font comes from the war, not from the machine.
    byte[] pdf =
        users.as(
            w.author(), () -> export.one(id, null, SheetExport.Format.PDF, Locale.FRENCH).bytes());
    assertEquals("%PDF", new String(pdf, 0, 4, java.nio.charset.StandardCharsets.US_ASCII));
    // A selection of nothing the reader may read is refused rather than an empty pack.
    users.as(w.author(), () -> sheets.keepTo(id, SheetConfidentiality.GROUP, null, false));
    DomainException none =
        assertThrows(
            DomainException.class,
            () ->
                users.as(
                    w.outsider(),
                    () -> export.selection(List.of(id), SheetExport.Format.PDF, Locale.FRENCH)));
    assertEquals("experience.export.noneReadable", none.messageKey());
  }

  /** What search would decide: the entry's audience meets the reader's tokens. */
  private boolean searchFinds(World w, Reader r, long id) {
    String login = login(w, r);
    long memberId = users.memberId(login);
    Set<PlatformRole> roles = EnumSet.of(PlatformRole.MEMBER);
    if (r == Reader.STAFF) {
      roles.add(PlatformRole.STAFF);
    }
    if (r == Reader.ADMINISTRATOR) {
      roles.add(PlatformRole.ADMINISTRATOR);
    }
    Caller caller = new Caller(null, memberId, login, roles);
    SearchEntry entry = users.as(login, () -> search.entry(id)).orElseThrow();
    Set<String> tokens = new LinkedHashSet<>(users.as(login, () -> search.tokensOf(caller)));
    tokens.add(Audience.NETWORK);
    tokens.add(Audience.person(memberId));
    if (r == Reader.STAFF) {
      tokens.add(Audience.STAFF);
    }
    if (r == Reader.ADMINISTRATOR) {
      tokens.add(Audience.ADMINISTRATORS);
    }
    return entry.audience().stream().anyMatch(tokens::contains);
  }

  private static boolean reads(Runnable read) {
    try {
      read.run();
      return true;
    } catch (NotFoundException e) {
      return false;
    }
  }
}
