package org.cohesion.it.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.cohesion.network.application.MemberAdministration;
import org.cohesion.network.application.MemberForm;
import org.cohesion.platform.domain.AccessDeniedException;
import org.cohesion.platform.domain.DomainException;
import org.cohesion.platform.security.PlatformRole;
import org.junit.jupiter.api.Test;

/** The administration of people: bad input gets a message key and nothing is half-written. */
class MemberAdministrationIT extends ServerTestBase {

  @Inject MemberAdministration administration;

  private static MemberForm form(String name, String email) {
    MemberForm form = new MemberForm();
    form.setFullName(name);
    form.setEmail(email);
    return form;
  }

  private String refusal(MemberForm form, String login) {
    long before = users.count("SELECT COUNT(m) FROM Member m");
    long accounts = users.count("SELECT COUNT(a) FROM Account a");
    DomainException e =
        assertThrows(
            DomainException.class,
            () ->
                users.as(
                    "jvalcin",
                    () ->
                        administration.create(
                            form, login, EnumSet.of(PlatformRole.MEMBER), Set.of())));
    assertEquals(before, users.count("SELECT COUNT(m) FROM Member m"), "no member half-written");
    assertEquals(
        accounts, users.count("SELECT COUNT(a) FROM Account a"), "no account half-written");
    return e.messageKey();
  }

  /** A member created by the administrator, with a fresh email. */
  private MemberAdministration.NewAccount create(String name, String login) {
    return users.as(
        "jvalcin",
        () ->
            administration.create(
                form(name, login + "@example.org"),
                login,
                EnumSet.of(PlatformRole.MEMBER),
                Set.of()));
  }

  private static String unique() {
    return UUID.randomUUID().toString().substring(0, 8);
  }

  @Test
  void badInputIsRefusedWithAClearReason() {
    String u = unique();
    assertEquals("member.fullName.required", refusal(form("   ", u + "@example.org"), "a" + u));
    assertEquals("field.tooLong", refusal(form("x".repeat(10_000), u + "@example.org"), "b" + u));
    assertEquals("member.email.invalid", refusal(form("Nom", "pas-un-courriel"), "c" + u));
    assertEquals("account.login.invalid", refusal(form("Nom", u + "@example.org"), "' OR 1=1 --"));
    assertEquals("account.login.invalid", refusal(form("Nom", u + "@example.org"), ""));
    assertEquals(
        "member.email.taken", refusal(form("Nom", "MANSELME@demo.cohesion.invalid"), "d" + u));
    assertEquals("account.login.taken", refusal(form("Nom", u + "@example.org"), "manselme"));
  }

  @Test
  void markupInANameIsKeptAsPlainText() {
    String u = unique();
    String name = "<script>alert('" + u + "')</script>";
    var created = create(name, "s" + u);
    assertEquals(
        name,
        users.as(
            "jvalcin", () -> administration.load(created.memberId()).getMember().getFullName()));
  }

  @Test
  void onlyAnAdministratorAdministersAndTheLastOneStays() {
    assertThrows(
        AccessDeniedException.class,
        () -> users.as("manselme", () -> administration.search("", 0, 10)));
    assertThrows(
        AccessDeniedException.class,
        () ->
            users.as("hbellemare", () -> administration.resetPassword(users.memberId("manselme"))));
    DomainException self =
        assertThrows(
            DomainException.class,
            () -> users.as("jvalcin", () -> administration.deactivate(users.memberId("jvalcin"))));
    assertEquals("account.cannotDeactivateSelf", self.messageKey());
  }

  @Test
  void aStaleFormIsRefusedInsteadOfOverwriting() {
    String u = unique();
    var created = create("Avant", "v" + u);
    MemberForm first =
        users.as(
            "jvalcin", () -> MemberForm.of(administration.load(created.memberId()).getMember()));
    MemberForm second =
        users.as(
            "jvalcin", () -> MemberForm.of(administration.load(created.memberId()).getMember()));
    first.setTown("Lamentin");
    users.as(
        "jvalcin", () -> administration.update(first, EnumSet.of(PlatformRole.MEMBER), Set.of()));
    second.setTown("Schœlcher");
    DomainException stale =
        assertThrows(
            DomainException.class,
            () ->
                users.as(
                    "jvalcin",
                    () ->
                        administration.update(second, EnumSet.of(PlatformRole.MEMBER), Set.of())));
    assertEquals("error.concurrentChange", stale.messageKey());
    assertEquals(
        "Lamentin",
        users.as("jvalcin", () -> administration.load(created.memberId()).getMember().getTown()));
  }

  @Test
  void aResetPasswordReplacesTheOldOne() {
    String u = unique();
    var created = create("Reset", "r" + u);
    String fresh = users.as("jvalcin", () -> administration.resetPassword(created.memberId()));
    assertTrue(fresh.length() >= 16);
    assertTrue(!fresh.equals(created.oneTimePassword()));
    assertTrue(
        users.count(
                "SELECT COUNT(e) FROM AuditEvent e WHERE e.action = 'PASSWORD_RESET' AND e.objectId = ?1",
                String.valueOf(created.memberId()))
            == 1);
  }
}
