package org.cohesion.it.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.cohesion.network.application.MemberAdministration;
import org.cohesion.network.application.MemberForm;
import org.cohesion.observation.application.Catalogue;
import org.cohesion.observation.application.Dashboards;
import org.cohesion.observation.application.GroupDashboard;
import org.cohesion.observation.application.ImportPreview;
import org.cohesion.observation.application.IndicatorForm;
import org.cohesion.observation.application.ObservationImports;
import org.cohesion.observation.application.TerritoryDashboard;
import org.cohesion.observation.domain.ImportBatch;
import org.cohesion.observation.domain.IndicatorUnit;
import org.cohesion.observation.domain.ObservationStatus;
import org.cohesion.observation.domain.Period;
import org.cohesion.platform.domain.AccessDeniedException;
import org.cohesion.platform.domain.DomainException;
import org.cohesion.platform.domain.NotFoundException;
import org.cohesion.platform.security.PlatformRole;
import org.junit.jupiter.api.Test;

/**
 * The observatory's import against the real MariaDB: all or nothing, idempotent re-import, a
 * failure in the middle of the commit (injected by a trigger) that leaves nothing behind, and the
 * access rules of the services. Each test creates its own indicator, so its values are its own; the
 * territories are the documented demo set (Martinique's communes, the CUCS sites).
 */
class ObservationImportIT extends ServerTestBase {

  private static final AtomicInteger SEQ = new AtomicInteger();

  @Inject ObservationImports imports;
  @Inject Catalogue catalogue;
  @Inject Dashboards dashboards;
  @Inject RawSql sql;
  @Inject MemberAdministration members;

  /** A fresh member of the network, in no group: what "a plain member" means here. */
  private String plainMember() {
    String login = "obs" + Long.toString(System.nanoTime(), 36);
    MemberForm form = new MemberForm();
    form.setFullName("Membre " + login);
    form.setEmail(login + "@example.org");
    users.as(
        "jvalcin", () -> members.create(form, login, EnumSet.of(PlatformRole.MEMBER), Set.of()));
    return login;
  }

  /** A fresh indicator, created by staff, with a code no other test uses. */
  private String indicator(IndicatorUnit unit) {
    String code = "IT" + System.nanoTime() % 1_000_000_000L + "_" + SEQ.incrementAndGet();
    IndicatorForm form = new IndicatorForm();
    form.setCode(code);
    form.setLabelFr("Indicateur de test " + code);
    form.setLabelEn("Test indicator " + code);
    form.setUnit(unit);
    users.as("plordinot", () -> catalogue.createIndicator(form));
    return code;
  }

  private long stored(String indicator) {
    return Long.parseLong(
        sql.string(
            "SELECT COUNT(*) FROM observation o JOIN indicator i ON i.id = o.indicator_id"
                + " WHERE i.code = ?",
            indicator));
  }

  private static byte[] wide(String code, Charset charset) {
    String csv =
        "CODGEO;LIBGEO;"
            + code
            + "08;"
            + code
            + "09\n"
            + "97209;Fort-de-France;24,5;25,1\n"
            + "97213;Le Lamentin;21,3;s\n"
            + "97229;Schœlcher;17,9;18,2\n";
    return csv.getBytes(charset);
  }

  @Test
  void aLeadImportsAWideFileAndReimportingItChangesNothing() {
    String code = indicator(IndicatorUnit.PERCENT);
    byte[] file = wide(code, Charset.forName("windows-1252"));
    ImportBatch first =
        users.as(
            "flarcher",
            () -> {
              ImportPreview preview = imports.stage("communes.csv", file);
              assertTrue(preview.isValid(), preview.problems()::toString);
              assertEquals(6, preview.values());
              return imports.commit(preview.batchId(), "INSEE RP 2008-2009");
            });
    assertEquals(6, first.getRowsAdded());
    assertEquals(0, first.getRowsChanged());
    assertEquals(6, stored(code));

    ImportBatch again =
        users.as(
            "flarcher", () -> imports.commit(imports.stage("communes.csv", file).batchId(), null));
    assertEquals(0, again.getRowsAdded());
    assertEquals(0, again.getRowsChanged());
    assertEquals(6, again.getRowsUnchanged());
    assertEquals(6, stored(code));

    // One value changed, one secret published: two changes, the rest unchanged.
    String changed =
        new String(file, Charset.forName("windows-1252"))
            .replace("24,5", "24,7")
            .replace(";s", ";19");
    ImportBatch third =
        users.as(
            "plordinot",
            () ->
                imports.commit(
                    imports.stage("v2.csv", changed.getBytes(StandardCharsets.UTF_8)).batchId(),
                    null));
    assertEquals(0, third.getRowsAdded());
    assertEquals(2, third.getRowsChanged());
    assertEquals(4, third.getRowsUnchanged());

    List<ImportBatch> history = users.as("plordinot", () -> imports.history(50));
    assertTrue(history.stream().anyMatch(b -> b.getId().equals(first.getId())));
    assertTrue(history.stream().anyMatch(b -> b.getId().equals(third.getId())));
  }

  @Test
  void oneBadLineRefusesTheWholeFileAndNothingIsWritten() {
    String code = indicator(IndicatorUnit.PERCENT);
    String csv =
        "territoire;indicateur;periode;valeur\n"
            + "97209;"
            + code
            + ";2008;24,5\n"
            + "97213;"
            + code
            + ";2008;trente\n"
            + "97229;"
            + code
            + ";2008;104\n";
    ImportPreview preview =
        users.as("plordinot", () -> imports.stage("bad.csv", csv.getBytes(StandardCharsets.UTF_8)));
    assertFalse(preview.isValid());
    assertNotNull(preview.batchId(), "a readable file waits with its report");
    assertEquals(2, preview.problemCount());
    assertEquals(3, preview.problems().get(0).line());
    assertEquals(4, preview.problems().get(0).column());
    assertEquals("import.problem.notNumeric", preview.problems().get(0).key());
    assertEquals("import.problem.percentOutOfRange", preview.problems().get(1).key());
    DomainException refused =
        assertThrows(
            DomainException.class,
            () -> users.as("plordinot", () -> imports.commit(preview.batchId(), null)));
    assertEquals("import.invalid", refused.messageKey());
    assertEquals(0, stored(code));
  }

  @Test
  void anUnknownIndicatorCanBeCreatedFromThePreviewAndTheFileReadAgain() {
    String code = "NEW" + System.nanoTime() % 1_000_000_000L;
    byte[] file =
        ("CODGEO;LIBGEO;" + code + "08\n97209;Fort-de-France;1 204\n")
            .getBytes(StandardCharsets.UTF_8);
    ImportPreview preview = users.as("flarcher", () -> imports.stage("new.csv", file));
    assertEquals(List.of(code), preview.unknownIndicators());
    IndicatorForm form = new IndicatorForm();
    form.setCode(code);
    form.setLabelFr("Nouveau");
    form.setLabelEn("New");
    form.setUnit(IndicatorUnit.COUNT);
    users.as("flarcher", () -> catalogue.createIndicator(form));
    ImportPreview again = users.as("flarcher", () -> imports.preview(preview.batchId()));
    assertTrue(again.isValid(), again.problems()::toString);
    users.as("flarcher", () -> imports.commit(preview.batchId(), null));
    assertEquals(1, stored(code));
  }

  @Test
  void aFailureInTheMiddleOfTheCommitLeavesNoPartialBatch() {
    String code = indicator(IndicatorUnit.COUNT);
    List<String> territories =
        List.of("97209", "97213", "97229", "97224", "97222", "97210", "97207", "97228");
    StringBuilder csv = new StringBuilder("territoire;indicateur;periode;valeur\n");
    int n = 0;
    for (int year = 1901; year <= 2100; year++) {
      for (int quarter = 1; quarter <= 4; quarter++) {
        for (String t : territories) {
          n++;
          csv.append(t)
              .append(';')
              .append(code)
              .append(';')
              .append(year)
              .append("-T")
              .append(quarter)
              .append(';')
              .append(n == 6000 ? "666,666" : String.valueOf(n))
              .append('\n');
        }
      }
    }
    assertTrue(n > 6000, "the failure comes after several batches were written");
    byte[] bytes = csv.toString().getBytes(StandardCharsets.UTF_8);
    ImportPreview preview = users.as("plordinot", () -> imports.stage("big.csv", bytes));
    assertTrue(preview.isValid(), preview.problems()::toString);
    sql.update(
        "CREATE TRIGGER observation_it_failure BEFORE INSERT ON observation FOR EACH ROW"
            + " IF NEW.value = 666.666 THEN SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT ="
            + " 'failure injected by ObservationImportIT'; END IF");
    try {
      DomainException failed =
          assertThrows(
              DomainException.class,
              () -> users.as("plordinot", () -> imports.commit(preview.batchId(), "x")));
      assertEquals("import.writeFailed", failed.messageKey());
    } finally {
      sql.update("DROP TRIGGER IF EXISTS observation_it_failure");
    }
    assertEquals(0, stored(code), "nothing of the file was kept");
    assertEquals(
        "STAGED",
        sql.string("SELECT status FROM import_batch WHERE id = ?", preview.batchId()),
        "the batch was not committed");
    assertEquals(
        "0", sql.string("SELECT COUNT(*) FROM observation WHERE batch_id = ?", preview.batchId()));
    assertEquals(
        "FAILED",
        sql.string("SELECT phase FROM import_progress WHERE batch_id = ?", preview.batchId()));
    // The same file commits once the cause is gone: the batch was left whole.
    ImportBatch done = users.as("plordinot", () -> imports.commit(preview.batchId(), "x"));
    assertEquals(n, done.getRowsAdded());
    assertEquals(n, stored(code));
  }

  @Test
  void onlyStaffAndGroupLeadsImport() {
    String member = plainMember();
    byte[] file =
        "CODGEO;LIBGEO;POP08\n97209;Fort-de-France;89794\n".getBytes(StandardCharsets.UTF_8);
    assertThrows(
        AccessDeniedException.class, () -> users.as(member, () -> imports.stage("x.csv", file)));
    assertFalse(users.as(member, () -> imports.canImport()));
    assertThrows(AccessDeniedException.class, () -> users.as(member, () -> imports.history(10)));
    IndicatorForm form = new IndicatorForm();
    form.setCode("NOPE");
    form.setLabelFr("x");
    form.setLabelEn("x");
    assertThrows(
        AccessDeniedException.class, () -> users.as(member, () -> catalogue.createIndicator(form)));
    assertTrue(users.as("flarcher", () -> imports.canImport()), "a group lead imports");
    assertTrue(users.as("plordinot", () -> imports.canImport()), "staff imports");
    assertTrue(users.as("jvalcin", () -> imports.canImport()), "an administrator imports");
  }

  @Test
  void aStagedFileIsSeenByItsUploaderAndStaffOnly() {
    byte[] file =
        "CODGEO;LIBGEO;POP08\n97209;Fort-de-France;89794\n".getBytes(StandardCharsets.UTF_8);
    long batch = users.as("flarcher", () -> imports.stage("mine.csv", file).batchId());
    assertThrows(
        NotFoundException.class, () -> users.as("srosemond", () -> imports.preview(batch)));
    assertThrows(
        NotFoundException.class, () -> users.as("srosemond", () -> imports.commit(batch, null)));
    assertNotNull(users.as("plordinot", () -> imports.preview(batch)));
    users.as("flarcher", () -> imports.discard(batch));
    DomainException gone =
        assertThrows(
            DomainException.class, () -> users.as("flarcher", () -> imports.commit(batch, null)));
    assertEquals("import.notStaged", gone.messageKey());
  }

  @Test
  void filesOverTheConfiguredLimitAreRefusedAndNotKept() {
    byte[] big = new byte[(int) (50L * 1024 * 1024) + 1];
    java.util.Arrays.fill(big, (byte) 'a');
    ImportPreview preview = users.as("plordinot", () -> imports.stage("big.csv", big));
    assertNull(preview.batchId());
    assertEquals("import.problem.tooLarge", preview.problems().get(0).key());
  }

  @Test
  void groupDashboardsFollowTheGroupsVisibility() {
    String member = plainMember();
    long restricted = users.groupId("preparation-de-la-programmation-2009");
    long observation = users.groupId("observation-des-territoires");
    assertThrows(
        NotFoundException.class, () -> users.as("flarcher", () -> dashboards.group(restricted)));
    GroupDashboard members = users.as("manselme", () -> dashboards.group(restricted));
    assertFalse(members.canManage());
    GroupDashboard open = users.as("srosemond", () -> dashboards.group(observation));
    assertFalse(open.canManage(), "an outsider reads a network-visible group's dashboard");
    assertFalse(open.indicators().isEmpty());
    assertThrows(
        AccessDeniedException.class,
        () -> users.as(member, () -> dashboards.pinIndicator(observation, "PART_HLM", true)));
    assertThrows(
        NotFoundException.class,
        () -> users.as("flarcher", () -> dashboards.pinIndicator(restricted, "PART_HLM", true)));
    users.as("flarcher", () -> dashboards.pinIndicator(observation, "PART_HLM", true));
    assertTrue(
        users.as(member, () -> dashboards.group(observation)).indicators().stream()
            .anyMatch(i -> i.getCode().equals("PART_HLM")));
    users.as("flarcher", () -> dashboards.pinIndicator(observation, "PART_HLM", false));
  }

  @Test
  void aTerritoryDashboardComparesWithItsCommuneAndMartiniqueAndKeepsSecretsSecret() {
    TerritoryDashboard d = users.as("nferjule", () -> dashboards.territory("SITE-FDF-01"));
    assertEquals("97209", d.commune().code());
    assertEquals("972", d.martinique().code());
    var unemployment =
        d.lines().stream()
            .filter(l -> l.indicator().getCode().equals("TCHOM"))
            .findFirst()
            .orElseThrow();
    assertEquals(Period.year(2010), unemployment.latest().period());
    assertNotNull(unemployment.commune());
    assertNotNull(unemployment.martinique());
    assertTrue(unemployment.latest().value().doubleValue() > 40, "ZUS unemployment is over 40%");
    assertThrows(
        NotFoundException.class, () -> users.as("nferjule", () -> dashboards.territory("nowhere")));
    // A small site's CAF recipients are secret in 2009: no number at all, never zero.
    boolean secretSeen =
        users
            .as(
                "nferjule",
                () -> dashboards.indicator("ALLOC_CAF", Period.year(2009), null, List.of()))
            .ranking()
            .stream()
            .anyMatch(r -> r.status() == ObservationStatus.SUPPRESSED && r.value() == null);
    assertTrue(secretSeen);
  }
}
