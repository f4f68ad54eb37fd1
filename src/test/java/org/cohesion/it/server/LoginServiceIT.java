package org.cohesion.it.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.apache.shiro.SecurityUtils;
import org.cohesion.network.application.MemberAdministration;
import org.cohesion.network.domain.Member;
import org.cohesion.platform.security.LoginService;
import org.cohesion.platform.security.LoginService.Outcome;
import org.cohesion.platform.security.PlatformRole;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Sign-in rules inside the server: disabled accounts, throttling, the append-only audit log. */
@ExtendWith(ArquillianExtension.class)
class LoginServiceIT {

  @Inject Users users;
  @Inject LoginService login;
  @Inject MemberAdministration administration;
  @Inject org.cohesion.network.application.AccountSettings settings;
  @PersistenceContext EntityManager em;
  @Inject UserTransaction tx;

  @AfterEach
  void signOut() {
    SecurityUtils.getSubject().logout();
  }

  /** A fresh account (created by the administrator) and its one-time password. */
  private String[] newAccount() {
    String login = "test." + UUID.randomUUID().toString().substring(0, 8);
    Member form = Member.blank();
    form.setFullName("Compte de test");
    form.setEmail(login + "@example.org");
    var created =
        users.as(
            "jvalcin",
            () -> administration.create(form, login, EnumSet.of(PlatformRole.MEMBER), Set.of()));
    return new String[] {login, created.oneTimePassword(), String.valueOf(created.memberId())};
  }

  private static String address() {
    return "198.51.100." + (1 + (int) (Math.random() * 250));
  }

  @Test
  void aGoodPasswordSignsInAndAWrongOneOrAnUnknownLoginDoesNot() {
    String[] account = newAccount();
    String from = address();
    assertEquals(
        Outcome.BAD_CREDENTIALS, login.login(account[0], "wrong password!", from).outcome());
    assertEquals(
        Outcome.BAD_CREDENTIALS, login.login("nobody.here", "whatever-12345", from).outcome());
    assertEquals(
        Outcome.BAD_CREDENTIALS, login.login("' OR '1'='1", "' OR '1'='1' --", from).outcome());
    assertEquals(Outcome.SIGNED_IN, login.login(account[0], account[1], from).outcome());
  }

  @Test
  void aDeactivatedAccountCannotSignIn() {
    String[] account = newAccount();
    users.as("jvalcin", () -> administration.deactivate(Long.parseLong(account[2])));
    assertEquals(Outcome.DISABLED, login.login(account[0], account[1], address()).outcome());
    users.as("jvalcin", () -> administration.activate(Long.parseLong(account[2])));
    assertEquals(Outcome.SIGNED_IN, login.login(account[0], account[1], address()).outcome());
  }

  @Test
  void fiveFailuresForAnAccountLockItEvenWithTheRightPassword() {
    String[] account = newAccount();
    for (int i = 0; i < 5; i++) {
      assertEquals(
          Outcome.BAD_CREDENTIALS, login.login(account[0], "nope-" + i, address()).outcome());
    }
    assertEquals(Outcome.THROTTLED, login.login(account[0], account[1], address()).outcome());
    assertTrue(
        users.count(
                "SELECT COUNT(e) FROM AuditEvent e WHERE e.actor = ?1 AND e.action = 'LOGIN_THROTTLED'",
                account[0])
            >= 1);
  }

  @Test
  void fiveFailuresFromOneAddressLockThatAddressOnly() {
    String[] account = newAccount();
    String attacker = address();
    for (int i = 0; i < 5; i++) {
      login.login("guess" + i, "nope-nope-nope", attacker);
    }
    assertEquals(Outcome.THROTTLED, login.login(account[0], account[1], attacker).outcome());
    assertEquals(Outcome.SIGNED_IN, login.login(account[0], account[1], "203.0.113.200").outcome());
  }

  @Test
  void everyoneChangesTheirOwnPasswordUnderThePolicy() {
    String[] account = newAccount();
    String login0 = account[0];
    String first = account[1];
    assertEquals(
        "password.currentWrong",
        refusal(
            () ->
                users.as(
                    login0,
                    () ->
                        settings.changePassword(
                            "wrong", "une phrase longue", "une phrase longue"))));
    assertEquals(
        "password.mismatch",
        refusal(
            () ->
                users.as(
                    login0,
                    () ->
                        settings.changePassword(first, "une phrase longue", "une autre phrase"))));
    assertEquals(
        "password.tooShort",
        refusal(() -> users.as(login0, () -> settings.changePassword(first, "court", "court"))));
    assertEquals(
        "password.containsLogin",
        refusal(
            () ->
                users.as(
                    login0,
                    () -> settings.changePassword(first, login0 + "-2026!", login0 + "-2026!"))));
    // Nothing changed so far: the one-time password still works.
    assertEquals(Outcome.SIGNED_IN, login.login(login0, first, address()).outcome());
    SecurityUtils.getSubject().logout();

    users.as(
        login0,
        () ->
            settings.changePassword(first, "la cohésion se construit", "la cohésion se construit"));
    assertEquals(Outcome.BAD_CREDENTIALS, login.login(login0, first, address()).outcome());
    assertEquals(
        Outcome.SIGNED_IN, login.login(login0, "la cohésion se construit", address()).outcome());

    users.as(login0, () -> settings.changeLanguage("en"));
    assertEquals("en", users.as(login0, () -> settings.mine().getLocale()));
    assertEquals(
        "account.locale.unsupported",
        refusal(() -> users.as(login0, () -> settings.changeLanguage("xx"))));
  }

  private static String refusal(org.junit.jupiter.api.function.Executable action) {
    return assertThrows(org.cohesion.platform.domain.DomainException.class, action).messageKey();
  }

  @Test
  void theAuditLogCannotBeChangedOrErased() throws Exception {
    newAccount();
    long before = users.count("SELECT COUNT(e) FROM AuditEvent e");
    assertTrue(before > 0);
    tx.begin();
    try {
      assertThrows(
          Exception.class,
          () -> em.createNativeQuery("UPDATE audit_event SET actor = 'mallory'").executeUpdate());
    } finally {
      tx.rollback();
    }
    tx.begin();
    try {
      assertThrows(
          Exception.class, () -> em.createNativeQuery("DELETE FROM audit_event").executeUpdate());
    } finally {
      tx.rollback();
    }
    assertEquals(before, users.count("SELECT COUNT(e) FROM AuditEvent e"));
    assertEquals(0, users.count("SELECT COUNT(e) FROM AuditEvent e WHERE e.actor = 'mallory'"));
  }
}
