package org.cohesion.platform.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.apache.shiro.SecurityUtils;
import org.apache.shiro.UnavailableSecurityManagerException;
import org.apache.shiro.subject.Subject;

/**
 * The caller of the current request. Services ask it before acting on any object. It is read from
 * the database once per request and account, so deactivating an account ends its sessions at their
 * next request, on every node.
 */
@RequestScoped
public class CurrentCaller {

  @Inject AccountDirectory directory;

  private Caller cached;

  public Caller get() {
    Subject subject;
    try {
      subject = SecurityUtils.getSubject();
    } catch (UnavailableSecurityManagerException e) {
      return Caller.anonymous();
    }
    if (!(subject.getPrincipal() instanceof AccountPrincipal principal)) {
      return Caller.anonymous();
    }
    if (cached != null && cached.accountId() == principal.accountId()) {
      return cached;
    }
    Caller caller = directory.activeCaller(principal.accountId()).orElse(null);
    if (caller == null) {
      subject.logout();
      return Caller.anonymous();
    }
    cached = caller;
    return caller;
  }
}
