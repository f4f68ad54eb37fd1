package org.cohesion.it.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import org.apache.shiro.SecurityUtils;
import org.apache.shiro.mgt.SecurityManager;
import org.apache.shiro.subject.Subject;
import org.cohesion.network.application.MemberAdministration;
import org.cohesion.network.application.MemberForm;
import org.cohesion.platform.demo.DemoSeed;
import org.cohesion.platform.security.LoginService;
import org.cohesion.platform.security.LoginService.Outcome;
import org.cohesion.platform.security.PlatformRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Sign-in rules inside the server: disabled accounts, growing delays and the address window,
 * parallel attempts, one-time passwords, the append-only audit log. Time passes by ageing the
 * recorded attempts and expiry dates in the database, not by waiting.
 */
class LoginServiceIT extends ServerTestBase {

  @Inject LoginService login;
  @Inject MemberAdministration administration;
  @Inject org.cohesion.network.application.AccountSettings settings;
  @PersistenceContext EntityManager em;
  @Inject RawSql raw;
  @Inject org.cohesion.platform.security.SignInHousekeeping housekeeping;

  @AfterEach
  void signOut() {
    SecurityUtils.getSubject().logout();
  }

  /** A fresh account (created by the administrator) and its one-time password. */
  private String[] newAccount() {
    String login = "test." + UUID.randomUUID().toString().substring(0, 8);
    MemberForm form = new MemberForm();
    form.setFullName("Compte de test");
    form.setEmail(login + "@example.org");
    var created =
        users.as(
            "jvalcin",
            () -> administration.create(form, login, EnumSet.of(PlatformRole.MEMBER), Set.of()));
    return new String[] {login, created.oneTimePassword(), String.valueOf(created.memberId())};
  }

  /**
   * An address of this test's own (IPv6's documentation prefix, 64 random bits): a failure counted
   * against an address is kept for its window, so two tests drawing the same address would throttle
   * each other (with 250 addresses of IPv4's documentation range, about 30 draws met once in a
   * run).
   */
  private static String address() {
    UUID random = UUID.randomUUID();
    long bits = random.getLeastSignificantBits();
    return String.format(
        "2001:db8:%x:%x:%x:%x",
        (bits >>> 48) & 0xffff, (bits >>> 32) & 0xffff, (bits >>> 16) & 0xffff, bits & 0xffff);
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
    LoginService.Result signedIn = login.login(account[0], account[1], from);
    assertEquals(Outcome.SIGNED_IN, signedIn.outcome());
    // Handed over by the administrator: to be changed before anything else.
    assertTrue(signedIn.mustChangePassword());
  }

  @Test
  void theDemoAccountsAreNotOneTimePasswords() {
    assertEquals(
        0,
        users.count(
            "SELECT COUNT(a) FROM Account a WHERE a.login IN ('jvalcin', 'manselme', 'flarcher')"
                + " AND a.passwordOneTime = TRUE"));
    LoginService.Result demo = login.login("flarcher", DemoSeed.PASSWORD, address());
    assertEquals(Outcome.SIGNED_IN, demo.outcome());
    assertFalse(demo.mustChangePassword());
  }

  @Test
  void aDeactivatedAccountCannotSignIn() {
    String[] account = newAccount();
    users.as("jvalcin", () -> administration.deactivate(Long.parseLong(account[2])));
    // Said only to whoever knows the password.
    assertEquals(
        Outcome.BAD_CREDENTIALS, login.login(account[0], "wrong password!", address()).outcome());
    assertEquals(Outcome.DISABLED, login.login(account[0], account[1], address()).outcome());
    users.as("jvalcin", () -> administration.activate(Long.parseLong(account[2])));
    assertEquals(Outcome.SIGNED_IN, login.login(account[0], account[1], address()).outcome());
  }

  private long recordedFailures(String login0) {
    return users.count(
        "SELECT COUNT(a) FROM LoginAttempt a WHERE a.login = ?1 AND a.success = FALSE", login0);
  }

  /** Makes a login's recorded attempts older, as if that much time had passed since. */
  private void age(String login0, int seconds) {
    raw.update(
        "UPDATE login_attempt SET attempted_at = attempted_at - INTERVAL ? SECOND WHERE login = ?",
        seconds,
        login0);
  }

  @Test
  void refusalsDoNotProlongTheDelayAndTheOwnerGetsInOnceItHasPassed() {
    String[] account = newAccount();
    String attacker = address();
    String owner = address();
    for (int i = 0; i < 5; i++) {
      assertEquals(
          Outcome.BAD_CREDENTIALS, login.login(account[0], "nope-" + i, attacker).outcome());
    }
    // Five failures: the sixth attempt waits 30 s, the owner's as well.
    assertEquals(Outcome.THROTTLED, login.login(account[0], "nope-5", attacker).outcome());
    assertEquals(Outcome.THROTTLED, login.login(account[0], account[1], owner).outcome());
    // The attack goes on, from many addresses: refused, and none of it counts.
    for (int i = 0; i < 30; i++) {
      assertEquals(Outcome.THROTTLED, login.login(account[0], "again-" + i, address()).outcome());
    }
    assertEquals(5, recordedFailures(account[0]));
    assertTrue(
        users.count(
                "SELECT COUNT(e) FROM AuditEvent e WHERE e.actor = ?1 AND e.action = 'LOGIN_THROTTLED'",
                account[0])
            >= 32);

    age(account[0], 31);
    // The delay has passed: the next attempt is checked, and the next delay is twice as long.
    assertEquals(Outcome.BAD_CREDENTIALS, login.login(account[0], "nope-6", attacker).outcome());
    assertEquals(Outcome.THROTTLED, login.login(account[0], "nope-7", attacker).outcome());
    // Well inside that minute (real seconds pass too, and this machine may be slow).
    age(account[0], 20);
    assertEquals(Outcome.THROTTLED, login.login(account[0], account[1], owner).outcome());
    for (int i = 0; i < 10; i++) {
      assertEquals(Outcome.THROTTLED, login.login(account[0], "still-" + i, address()).outcome());
    }
    assertEquals(6, recordedFailures(account[0]));
    age(account[0], 41);
    assertEquals(Outcome.SIGNED_IN, login.login(account[0], account[1], owner).outcome());
    SecurityUtils.getSubject().logout();
    // A sign-in of the login's own starts its count again.
    assertEquals(Outcome.BAD_CREDENTIALS, login.login(account[0], "nope-8", attacker).outcome());
  }

  @Test
  void anAddressIsCountedOverItsWindowWhateverItsSuccesses() {
    String[] own = newAccount();
    String[] other = newAccount();
    String attacker = address();
    String prefix = "guess." + UUID.randomUUID().toString().substring(0, 8) + ".";
    for (int i = 0; i < 10; i++) {
      assertEquals(
          Outcome.BAD_CREDENTIALS, login.login(prefix + i, "nope-nope-nope", attacker).outcome());
    }
    // Signing in to one's own account from there does not wipe the slate.
    assertEquals(Outcome.SIGNED_IN, login.login(own[0], own[1], attacker).outcome());
    SecurityUtils.getSubject().logout();
    for (int i = 10; i < 20; i++) {
      assertEquals(
          Outcome.BAD_CREDENTIALS, login.login(prefix + i, "nope-nope-nope", attacker).outcome());
    }
    assertEquals(Outcome.THROTTLED, login.login(other[0], other[1], attacker).outcome());
    assertEquals(Outcome.SIGNED_IN, login.login(other[0], other[1], address()).outcome());
    SecurityUtils.getSubject().logout();
    // Once those failures have left the 15-minute window, the address is checked again.
    raw.update(
        "UPDATE login_attempt SET attempted_at = attempted_at - INTERVAL 16 MINUTE"
            + " WHERE remote_address = ?",
        attacker);
    assertEquals(Outcome.SIGNED_IN, login.login(other[0], other[1], attacker).outcome());
  }

  /**
   * Twenty attempts at once, each in its own thread and transaction: the lock on the login's row
   * lets them through one after the other, so exactly five are checked and the rest wait out the
   * delay those five caused. Without it, all twenty would pass the check before any failure is
   * written.
   */
  @Test
  void parallelAttemptsAreCheckedOneAfterTheOther() throws Exception {
    String[] account = newAccount();
    SecurityManager securityManager = SecurityUtils.getSecurityManager();
    int threads = 20;
    CountDownLatch start = new CountDownLatch(1);
    List<Outcome> outcomes = Collections.synchronizedList(new ArrayList<>());
    List<Throwable> errors = Collections.synchronizedList(new ArrayList<>());
    List<Thread> started = new ArrayList<>();
    for (int i = 0; i < threads; i++) {
      String from = "192.0.2." + (i + 1);
      String guess = "parallel-" + i;
      Thread thread =
          threadFactory()
              .newThread(
                  () -> {
                    try {
                      start.await();
                      Subject subject = new Subject.Builder(securityManager).buildSubject();
                      outcomes.add(
                          subject.execute(() -> login.login(account[0], guess, from).outcome()));
                    } catch (Throwable e) {
                      errors.add(e);
                    }
                  });
      thread.start();
      started.add(thread);
    }
    start.countDown();
    for (Thread thread : started) {
      thread.join(120_000);
    }
    assertEquals(List.of(), errors);
    assertEquals(threads, outcomes.size());
    assertEquals(5, outcomes.stream().filter(o -> o == Outcome.BAD_CREDENTIALS).count());
    assertEquals(15, outcomes.stream().filter(o -> o == Outcome.THROTTLED).count());
    assertEquals(5, recordedFailures(account[0]));
  }

  @Test
  void aOneTimePasswordExpiresAfterSeventyTwoHoursThenOnlyAnAdministratorHelps() {
    String[] account = newAccount();
    Instant expires =
        em.createQuery(
                "SELECT a.passwordExpiresAt FROM Account a WHERE a.login = :login", Instant.class)
            .setParameter("login", account[0])
            .getSingleResult();
    Duration left = Duration.between(Instant.now(), expires);
    assertTrue(
        left.compareTo(Duration.ofHours(71)) > 0 && left.compareTo(Duration.ofHours(72)) <= 0,
        left.toString());
    raw.update(
        "UPDATE account SET password_expires_at = ? WHERE login = ?",
        Timestamp.from(Instant.now().minusSeconds(60)),
        account[0]);
    assertEquals(Outcome.EXPIRED, login.login(account[0], account[1], address()).outcome());
    assertEquals(
        Outcome.BAD_CREDENTIALS, login.login(account[0], "wrong password!", address()).outcome());
    assertTrue(
        users.count(
                "SELECT COUNT(e) FROM AuditEvent e WHERE e.actor = ?1"
                    + " AND e.action = 'LOGIN_EXPIRED_PASSWORD'",
                account[0])
            >= 1);

    String reset =
        users.as("jvalcin", () -> administration.resetPassword(Long.parseLong(account[2])));
    LoginService.Result again = login.login(account[0], reset, address());
    assertEquals(Outcome.SIGNED_IN, again.outcome());
    assertTrue(again.mustChangePassword());
    SecurityUtils.getSubject().logout();

    // Once the member has chosen a password, it neither expires nor needs changing.
    String chosen = "une phrase que je choisis";
    users.as(account[0], () -> settings.changePassword(reset, chosen, chosen));
    raw.update(
        "UPDATE account SET password_expires_at = ? WHERE login = ?",
        Timestamp.from(Instant.now().minusSeconds(60)),
        account[0]);
    LoginService.Result mine = login.login(account[0], chosen, address());
    assertEquals(Outcome.SIGNED_IN, mine.outcome());
    assertFalse(mine.mustChangePassword());
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
    rolledBack(
        () ->
            assertThrows(
                Exception.class,
                () ->
                    em.createNativeQuery("UPDATE audit_event SET actor = 'mallory'")
                        .executeUpdate()));
    rolledBack(
        () ->
            assertThrows(
                Exception.class,
                () -> em.createNativeQuery("DELETE FROM audit_event").executeUpdate()));
    assertEquals(before, users.count("SELECT COUNT(e) FROM AuditEvent e"));
    assertEquals(0, users.count("SELECT COUNT(e) FROM AuditEvent e WHERE e.actor = 'mallory'"));
  }

  @Test
  void housekeepingRemovesOnlyWhatNoLongerCounts() {
    String old = "old." + UUID.randomUUID().toString().substring(0, 8);
    String recent = "recent." + UUID.randomUUID().toString().substring(0, 8);
    String from = address();
    assertEquals(Outcome.BAD_CREDENTIALS, login.login(old, "nope", from).outcome());
    assertEquals(Outcome.BAD_CREDENTIALS, login.login(recent, "nope", from).outcome());
    // Three days ago: past the 24 h login window and the day of margin.
    age(old, 3 * 24 * 3600);
    raw.update(
        "UPDATE login_throttle SET created_at = created_at - INTERVAL 3 DAY WHERE throttle_key = ?",
        "login:" + old);

    assertTrue(housekeeping.purge() >= 2, "the old attempt and its lock row at least");

    assertEquals(0, recordedFailures(old));
    assertEquals(1, recordedFailures(recent));
    assertEquals(
        "0",
        raw.string("SELECT COUNT(*) FROM login_throttle WHERE throttle_key = ?", "login:" + old));
    assertEquals(
        "1",
        raw.string(
            "SELECT COUNT(*) FROM login_throttle WHERE throttle_key = ?", "login:" + recent));
    // A purged key signs in and is throttled as before: its lock row comes back.
    assertEquals(Outcome.BAD_CREDENTIALS, login.login(old, "nope", from).outcome());
    assertEquals(1, recordedFailures(old));
  }
}
