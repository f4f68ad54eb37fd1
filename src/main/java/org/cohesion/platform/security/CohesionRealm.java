package org.cohesion.platform.security;

import jakarta.enterprise.inject.spi.CDI;
import org.apache.shiro.authc.AuthenticationException;
import org.apache.shiro.authc.AuthenticationInfo;
import org.apache.shiro.authc.AuthenticationToken;
import org.apache.shiro.authc.DisabledAccountException;
import org.apache.shiro.authc.SimpleAuthenticationInfo;
import org.apache.shiro.authc.UnknownAccountException;
import org.apache.shiro.authc.UsernamePasswordToken;
import org.apache.shiro.authc.credential.PasswordMatcher;
import org.apache.shiro.authz.AuthorizationInfo;
import org.apache.shiro.authz.SimpleAuthorizationInfo;
import org.apache.shiro.realm.AuthorizingRealm;
import org.apache.shiro.subject.PrincipalCollection;

/**
 * Shiro's view of Cohésion's accounts. Shiro creates it from shiro.ini, outside CDI, so it looks up
 * the {@link AccountDirectory} bean when it needs it. No caching: roles are read fresh, so that a
 * change made on one node is seen on all.
 */
public class CohesionRealm extends AuthorizingRealm {

  public CohesionRealm() {
    PasswordMatcher matcher = new PasswordMatcher();
    matcher.setPasswordService(Passwords.service());
    setCredentialsMatcher(matcher);
    setAuthenticationTokenClass(UsernamePasswordToken.class);
    setCachingEnabled(false);
  }

  private static AccountDirectory directory() {
    return CDI.current().select(AccountDirectory.class).get();
  }

  @Override
  protected AuthenticationInfo doGetAuthenticationInfo(AuthenticationToken token)
      throws AuthenticationException {
    String login = ((UsernamePasswordToken) token).getUsername();
    AccountDirectory.StoredCredentials stored =
        directory().credentialsOf(login).orElseThrow(UnknownAccountException::new);
    if (!stored.active()) {
      throw new DisabledAccountException();
    }
    return new SimpleAuthenticationInfo(
        new AccountPrincipal(stored.accountId(), stored.login()), stored.passwordHash(), getName());
  }

  @Override
  protected AuthorizationInfo doGetAuthorizationInfo(PrincipalCollection principals) {
    AccountPrincipal principal = principals.oneByType(AccountPrincipal.class);
    SimpleAuthorizationInfo info = new SimpleAuthorizationInfo();
    if (principal != null) {
      directory()
          .activeCaller(principal.accountId())
          .ifPresent(caller -> caller.roles().forEach(role -> info.addRole(role.name())));
    }
    return info;
  }
}
