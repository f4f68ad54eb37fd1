package org.cohesion.network.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.cohesion.network.domain.Account;
import org.cohesion.network.domain.Member;
import org.cohesion.network.domain.Theme;
import org.cohesion.platform.audit.AuditLog;
import org.cohesion.platform.domain.ConcurrentChangeException;
import org.cohesion.platform.domain.Constraints;
import org.cohesion.platform.domain.DomainException;
import org.cohesion.platform.domain.NotFoundException;
import org.cohesion.platform.domain.Page;
import org.cohesion.platform.search.SearchOutbox;
import org.cohesion.platform.security.AccessRevoked;
import org.cohesion.platform.security.Caller;
import org.cohesion.platform.security.Guard;
import org.cohesion.platform.security.Passwords;
import org.cohesion.platform.security.PlatformRole;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The administrator's work on people and their accounts: create, describe, give roles, activate,
 * deactivate, reset a password. Every method checks that the caller is an administrator.
 */
@ApplicationScoped
@Transactional
public class MemberAdministration {

  @PersistenceContext EntityManager em;
  @Inject SearchOutbox searchOutbox;
  @Inject Guard guard;
  @Inject Passwords passwords;
  @Inject AuditLog audit;
  @Inject Validator validator;
  @Inject Clock clock;
  @Inject Event<AccessRevoked> revoked;

  /** How long a password handed over by an administrator works before its first use. */
  @Inject
  @ConfigProperty(name = "cohesion.password.one-time-hours", defaultValue = "72")
  long oneTimeHours;

  /** The administrator's search box: a longer query is cut before it becomes a LIKE pattern. */
  public static final int QUERY_MAX = 100;

  public Page<Account> search(String query, int first, int max) {
    guard.requireRole(PlatformRole.ADMINISTRATOR);
    // A longer query (a script) is cut before it becomes a LIKE pattern, whose cost grows with
    // its length.
    String bounded =
        query == null ? "" : query.length() > QUERY_MAX ? query.substring(0, QUERY_MAX) : query;
    String q = "%" + bounded.strip().toLowerCase(Locale.ROOT) + "%";
    List<Account> items =
        em.createNamedQuery("Account.search", Account.class)
            .setParameter("q", q)
            .setFirstResult(Math.max(0, first))
            .setMaxResults(Math.min(Math.max(1, max), 200))
            .getResultList();
    long total =
        em.createNamedQuery("Account.countSearch", Long.class)
            .setParameter("q", q)
            .getSingleResult();
    return new Page<>(items, total);
  }

  public Account load(long memberId) {
    guard.requireRole(PlatformRole.ADMINISTRATOR);
    return accountOf(memberId);
  }

  /**
   * Creates a member and their account, and answers the new member's id with the one-time password
   * to hand over: it expires after {@code cohesion.password.one-time-hours} and must be changed at
   * first sign-in. The login and email must be free.
   */
  public NewAccount create(
      MemberForm form, String login, Set<PlatformRole> roles, Set<Long> themeIds) {
    guard.requireRole(PlatformRole.ADMINISTRATOR);
    Constraints.check(validator, form);
    String normalised = Account.normaliseLogin(login);
    if (!Account.LOGIN.matcher(normalised).matches()) {
      throw new DomainException("account.login.invalid");
    }
    requireEmailFree(form.getEmail(), null);
    if (!em.createNamedQuery("Account.findByLogin", Account.class)
        .setParameter("login", normalised)
        .getResultList()
        .isEmpty()) {
      throw new DomainException("account.login.taken");
    }
    Member member = new Member(form.getFullName(), form.getEmail());
    member.describe(form.getOrganisation(), form.getJobTitle(), form.getTown());
    member.followThemes(themes(themeIds));
    em.persist(member);
    String password = passwords.generate();
    String hash = passwords.hash(password);
    Account account = new Account(member, normalised, hash);
    account.setOneTimePassword(hash, oneTimeExpiry());
    account.grantRoles(roles);
    em.persist(account);
    em.flush();
    searchOutbox.changed(MemberSearchSource.KIND, member.getId());
    audit.record("MEMBER_CREATED", "member", member.getId(), normalised + " " + account.getRoles());
    return new NewAccount(member.getId(), password);
  }

  /** Saves the administrator's edits, unless someone saved this member since it was loaded. */
  public void update(MemberForm form, Set<PlatformRole> roles, Set<Long> themeIds) {
    guard.requireRole(PlatformRole.ADMINISTRATOR);
    Constraints.check(validator, form);
    Account account = accountOf(form.getId() == null ? -1L : form.getId());
    Member member = account.getMember();
    if (member.getVersion() != form.getVersion()) {
      throw new ConcurrentChangeException();
    }
    requireEmailFree(form.getEmail(), member.getId());
    Set<PlatformRole> before = account.getRoles();
    boolean losesAdmin =
        before.contains(PlatformRole.ADMINISTRATOR) && !roles.contains(PlatformRole.ADMINISTRATOR);
    if (losesAdmin) {
      requireAnotherAdministrator(account);
    }
    member.identify(form.getFullName(), form.getEmail());
    member.describe(form.getOrganisation(), form.getJobTitle(), form.getTown());
    member.followThemes(themes(themeIds));
    account.grantRoles(roles);
    searchOutbox.changed(MemberSearchSource.KIND, member.getId());
    audit.record("MEMBER_UPDATED", "member", member.getId(), "roles " + account.getRoles());
  }

  public void deactivate(long memberId) {
    Caller admin = guard.requireRole(PlatformRole.ADMINISTRATOR);
    Account account = accountOf(memberId);
    if (account.getId().equals(admin.accountId())) {
      throw new DomainException("account.cannotDeactivateSelf");
    }
    if (account.hasRole(PlatformRole.ADMINISTRATOR)) {
      requireAnotherAdministrator(account);
    }
    account.deactivate();
    revoked.fire(new AccessRevoked(memberId));
    audit.record("ACCOUNT_DEACTIVATED", "member", memberId, account.getLogin());
  }

  public void activate(long memberId) {
    guard.requireRole(PlatformRole.ADMINISTRATOR);
    Account account = accountOf(memberId);
    account.activate();
    audit.record("ACCOUNT_ACTIVATED", "member", memberId, account.getLogin());
  }

  /**
   * Sets a new one-time password and answers it, to be handed over to the member. Their calendar
   * feed stops working: whoever had their old password may have had its address too.
   */
  public String resetPassword(long memberId) {
    guard.requireRole(PlatformRole.ADMINISTRATOR);
    Account account = accountOf(memberId);
    String password = passwords.generate();
    account.setOneTimePassword(passwords.hash(password), oneTimeExpiry());
    revoked.fire(new AccessRevoked(memberId));
    audit.record("PASSWORD_RESET", "member", memberId, account.getLogin());
    return password;
  }

  private Instant oneTimeExpiry() {
    return clock.instant().plus(Duration.ofHours(oneTimeHours));
  }

  public List<Theme> themes() {
    return em.createNamedQuery("Theme.listActive", Theme.class).getResultList();
  }

  private Account accountOf(long memberId) {
    return em.createNamedQuery("Account.findByMemberId", Account.class)
        .setParameter("memberId", memberId)
        .getResultStream()
        .findFirst()
        .orElseThrow(NotFoundException::new);
  }

  private void requireEmailFree(String email, Long exceptMemberId) {
    Optional<Member> other =
        em.createNamedQuery("Member.findByEmail", Member.class)
            .setParameter("email", email == null ? "" : email.strip())
            .getResultStream()
            .findFirst();
    if (other.isPresent() && !other.get().getId().equals(exceptMemberId)) {
      throw new DomainException("member.email.taken");
    }
  }

  private void requireAnotherAdministrator(Account account) {
    long admins =
        em.createNamedQuery("Account.countWithRole", Long.class)
            .setParameter("role", PlatformRole.ADMINISTRATOR)
            .getSingleResult();
    if (admins <= 1 && account.isActive()) {
      throw new DomainException("account.lastAdministrator");
    }
  }

  private Set<Theme> themes(Set<Long> ids) {
    Set<Theme> out = new LinkedHashSet<>();
    for (Long id : ids == null ? Set.<Long>of() : ids) {
      Theme theme = em.find(Theme.class, id);
      if (theme == null) {
        throw new DomainException("theme.unknown");
      }
      out.add(theme);
    }
    return out;
  }

  /** A member just created, and the one-time password to hand over to them. */
  public record NewAccount(long memberId, String oneTimePassword) {}
}
