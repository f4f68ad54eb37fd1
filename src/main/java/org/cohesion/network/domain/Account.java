package org.cohesion.network.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.cohesion.platform.domain.DomainException;
import org.cohesion.platform.security.PlatformRole;

/**
 * How a member signs in: a login, a password hash (argon2id), an active flag and platform roles.
 */
@Entity
@Table(name = "account")
@NamedQuery(
    name = "Account.findByLogin",
    query = "SELECT a FROM Account a JOIN FETCH a.member WHERE a.login = :login")
@NamedQuery(
    name = "Account.findByMemberId",
    query = "SELECT a FROM Account a JOIN FETCH a.member WHERE a.member.id = :memberId")
@NamedQuery(
    name = "Account.search",
    query =
        "SELECT a FROM Account a JOIN FETCH a.member m WHERE LOWER(m.fullName) LIKE :q OR"
            + " LOWER(m.email) LIKE :q OR LOWER(m.organisation) LIKE :q OR LOWER(m.town) LIKE :q"
            + " OR a.login LIKE :q ORDER BY m.fullName")
@NamedQuery(
    name = "Account.countSearch",
    query =
        "SELECT COUNT(a) FROM Account a JOIN a.member m WHERE LOWER(m.fullName) LIKE :q OR"
            + " LOWER(m.email) LIKE :q OR LOWER(m.organisation) LIKE :q OR LOWER(m.town) LIKE :q"
            + " OR a.login LIKE :q")
@NamedQuery(
    name = "Account.countWithRole",
    query = "SELECT COUNT(a) FROM Account a JOIN a.roles r WHERE r = :role AND a.active = TRUE")
public class Account implements Serializable {
  private static final long serialVersionUID = 1L;

  public static final int LOGIN_MAX = 60;
  public static final Pattern LOGIN =
      Pattern.compile("[a-z0-9][a-z0-9._-]{1," + (LOGIN_MAX - 1) + "}");
  public static final Set<String> LOCALES = Set.of("fr", "en");

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private int version;

  @OneToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "member_id", nullable = false, updatable = false)
  private Member member;

  @Column(nullable = false, length = LOGIN_MAX, updatable = false)
  private String login;

  @Column(name = "password_hash", nullable = false)
  private String passwordHash;

  private boolean active = true;

  @Column(nullable = false, length = 5)
  private String locale = "fr";

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
  @Column(name = "role", length = 30)
  @Enumerated(EnumType.STRING)
  private Set<PlatformRole> roles = EnumSet.of(PlatformRole.MEMBER);

  @Column(name = "created_at", nullable = false)
  private Instant createdAt = Instant.now();

  @Column(name = "last_login_at")
  private Instant lastLoginAt;

  /** Set by an administrator (or generated): to be changed at first sign-in. */
  @Column(name = "password_one_time", nullable = false)
  private boolean passwordOneTime;

  /** When a one-time password stops working; null when it does not expire. */
  @Column(name = "password_expires_at")
  private Instant passwordExpiresAt;

  protected Account() {}

  public Account(Member member, String login, String passwordHash) {
    this.member = Objects.requireNonNull(member);
    this.login = normaliseLogin(login);
    if (!LOGIN.matcher(this.login).matches()) {
      throw new DomainException("account.login.invalid");
    }
    this.passwordHash = Objects.requireNonNull(passwordHash);
  }

  public static String normaliseLogin(String login) {
    return login == null ? "" : login.strip().toLowerCase(Locale.ROOT);
  }

  /** The member's own choice of password: it neither expires nor needs changing. */
  public void changePasswordHash(String newHash) {
    this.passwordHash = Objects.requireNonNull(newHash);
    this.passwordOneTime = false;
    this.passwordExpiresAt = null;
  }

  /**
   * A password handed over by someone else: it must be changed at first sign-in and stops working
   * at {@code expiresAt} (null: never, for the first administrator, who has nobody to ask).
   */
  public void setOneTimePassword(String newHash, Instant expiresAt) {
    this.passwordHash = Objects.requireNonNull(newHash);
    this.passwordOneTime = true;
    this.passwordExpiresAt = expiresAt;
  }

  public boolean isPasswordOneTime() {
    return passwordOneTime;
  }

  public Instant getPasswordExpiresAt() {
    return passwordExpiresAt;
  }

  public void activate() {
    this.active = true;
  }

  public void deactivate() {
    this.active = false;
  }

  public void grantRoles(Set<PlatformRole> newRoles) {
    EnumSet<PlatformRole> set =
        newRoles.isEmpty() ? EnumSet.noneOf(PlatformRole.class) : EnumSet.copyOf(newRoles);
    set.add(PlatformRole.MEMBER);
    this.roles = set;
  }

  public void preferLocale(String language) {
    if (!LOCALES.contains(language)) {
      throw new DomainException("account.locale.unsupported");
    }
    this.locale = language;
  }

  public void recordLogin(Instant at) {
    this.lastLoginAt = at;
  }

  public boolean hasRole(PlatformRole role) {
    return roles.contains(role);
  }

  public Long getId() {
    return id;
  }

  public Member getMember() {
    return member;
  }

  public String getLogin() {
    return login;
  }

  public String getPasswordHash() {
    return passwordHash;
  }

  public boolean isActive() {
    return active;
  }

  public String getLocale() {
    return locale;
  }

  public Set<PlatformRole> getRoles() {
    return roles.isEmpty() ? EnumSet.noneOf(PlatformRole.class) : EnumSet.copyOf(roles);
  }

  public Instant getLastLoginAt() {
    return lastLoginAt;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
