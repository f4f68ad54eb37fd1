package org.cohesion.platform.security;

import jakarta.enterprise.inject.spi.CDI;
import java.time.Clock;
import java.util.function.Supplier;
import org.apache.shiro.authc.AuthenticationException;
import org.apache.shiro.authc.AuthenticationInfo;
import org.apache.shiro.authc.AuthenticationToken;
import org.apache.shiro.authc.DisabledAccountException;
import org.apache.shiro.authc.ExpiredCredentialsException;
import org.apache.shiro.authc.SimpleAuthenticationInfo;
import org.apache.shiro.authc.UnknownAccountException;
import org.apache.shiro.authc.UsernamePasswordToken;
import org.apache.shiro.authc.credential.PasswordMatcher;
import org.apache.shiro.authc.credential.PasswordService;
import org.apache.shiro.authz.AuthorizationInfo;
import org.apache.shiro.authz.SimpleAuthorizationInfo;
import org.apache.shiro.realm.AuthorizingRealm;
import org.apache.shiro.subject.PrincipalCollection;

/**
 * Shiro's view of Cohésion's accounts. Shiro creates it from shiro.ini, outside CDI, so it looks up
 * the {@link AccountDirectory} bean when it needs it. No caching: roles are read fresh, so that a
 * change made on one node is seen on all.
 *
 * <p>Every attempt costs one password check, whatever the login: an unknown login is checked
 * against a dummy hash, a deactivated account against its own, and only then is the attempt
 * refused. The answer's timing therefore does not tell which logins exist or are active, and
 * "deactivated" or "expired" is said only to whoever knows the password.
 */
public class CohesionRealm extends AuthorizingRealm {

  private final Supplier<AccountDirectory> directory;
  private final Supplier<Clock> clock;

  public CohesionRealm() {
    this(
        () -> CDI.current().select(AccountDirectory.class).get(),
        () -> CDI.current().select(Clock.class).get(),
        Passwords.service());
  }

  CohesionRealm(
      Supplier<AccountDirectory> directory, Supplier<Clock> clock, PasswordService passwords) {
    this.directory = directory;
    this.clock = clock;
    PasswordMatcher matcher = new PasswordMatcher();
    matcher.setPasswordService(passwords);
    setCredentialsMatcher(matcher);
    setAuthenticationTokenClass(UsernamePasswordToken.class);
    setCachingEnabled(false);
  }

  @Override
  protected AuthenticationInfo doGetAuthenticationInfo(AuthenticationToken token)
      throws AuthenticationException {
    String login = ((UsernamePasswordToken) token).getUsername();
    return directory
        .get()
        .credentialsOf(login)
        .map(stored -> new Checked(stored, getName()))
        .orElseGet(() -> new Checked(null, getName()));
  }

  /** The password is checked first, for everyone; the account's state is looked at afterwards. */
  @Override
  protected void assertCredentialsMatch(AuthenticationToken token, AuthenticationInfo info)
      throws AuthenticationException {
    super.assertCredentialsMatch(token, info);
    AccountDirectory.StoredCredentials stored = ((Checked) info).stored;
    if (stored == null) {
      // Unreachable unless someone typed the dummy hash's random password: refuse all the same.
      throw new UnknownAccountException();
    }
    if (!stored.active()) {
      throw new DisabledAccountException();
    }
    if (stored.expiredAt(clock.get().instant())) {
      throw new ExpiredCredentialsException();
    }
  }

  @Override
  protected AuthorizationInfo doGetAuthorizationInfo(PrincipalCollection principals) {
    AccountPrincipal principal = principals.oneByType(AccountPrincipal.class);
    SimpleAuthorizationInfo info = new SimpleAuthorizationInfo();
    if (principal != null) {
      directory
          .get()
          .activeCaller(principal.accountId())
          .ifPresent(caller -> caller.roles().forEach(role -> info.addRole(role.name())));
    }
    return info;
  }

  /** What the matcher checks the password against: the account's hash, or the dummy one. */
  private static final class Checked extends SimpleAuthenticationInfo {
    private static final long serialVersionUID = 1L;
    private final transient AccountDirectory.StoredCredentials stored;

    Checked(AccountDirectory.StoredCredentials stored, String realm) {
      super(
          stored == null
              ? new AccountPrincipal(0, "")
              : new AccountPrincipal(stored.accountId(), stored.login()),
          stored == null ? Passwords.dummyHash() : stored.passwordHash(),
          realm);
      this.stored = stored;
    }
  }
}
