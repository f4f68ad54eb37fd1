package org.cohesion.it.server;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.apache.shiro.SecurityUtils;
import org.apache.shiro.subject.SimplePrincipalCollection;
import org.apache.shiro.subject.Subject;
import org.cohesion.network.application.AccountSettings;
import org.cohesion.network.application.MemberAdministration;
import org.cohesion.network.application.MemberForm;
import org.cohesion.network.domain.Account;
import org.cohesion.platform.security.AccountPrincipal;
import org.cohesion.platform.security.PlatformRole;
import org.cohesion.workspace.application.GroupAdministration;
import org.cohesion.workspace.application.GroupForm;
import org.cohesion.workspace.application.Workspaces;
import org.cohesion.workspace.domain.GroupRole;
import org.cohesion.workspace.domain.JoinPolicy;
import org.cohesion.workspace.domain.Visibility;

/**
 * Runs code inside the server as a given demo account, exactly as a signed-in request would: the
 * services see that caller through Shiro.
 */
@ApplicationScoped
public class Users {

  @PersistenceContext EntityManager em;
  @Inject MemberAdministration members;
  @Inject AccountSettings settings;
  @Inject GroupAdministration groups;
  @Inject Workspaces workspaces;
  @Inject TestPrincipals principals;

  public <T> T as(String login, Callable<T> work) {
    AccountPrincipal principal = principals.of(login);
    Subject subject =
        new Subject.Builder(SecurityUtils.getSecurityManager())
            .principals(new SimplePrincipalCollection(principal, "test"))
            .authenticated(true)
            .buildSubject();
    try {
      return subject.execute(work);
    } catch (org.apache.shiro.subject.ExecutionException e) {
      // Shiro wraps what the work throws; tests want the service's own exception.
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw e;
    }
  }

  public void as(String login, Runnable work) {
    as(
        login,
        () -> {
          work.run();
          return null;
        });
  }

  public long memberId(String login) {
    return em.createNamedQuery("Account.findByLogin", Account.class)
        .setParameter("login", login)
        .getSingleResult()
        .getMember()
        .getId();
  }

  public long groupId(String slug) {
    return em.createQuery("SELECT g.id FROM WorkingGroup g WHERE g.slug = :s", Long.class)
        .setParameter("s", slug)
        .getSingleResult();
  }

  /** A fresh member with an account (password unknown to tests: they act through {@link #as}). */
  public String newAccount(String prefix, String fullName) {
    return create(prefix, fullName).login();
  }

  /**
   * A fresh member whose one-time password is already replaced by {@code password}, for tests that
   * sign in through the pages.
   */
  public String newAccount(String prefix, String fullName, String password) {
    var created = create(prefix, fullName);
    as(
        created.login(),
        () -> settings.changePassword(created.oneTimePassword(), password, password));
    return created.login();
  }

  private record Created(String login, String oneTimePassword) {}

  private Created create(String prefix, String fullName) {
    String login = prefix + "." + UUID.randomUUID().toString().substring(0, 8);
    MemberForm form = new MemberForm();
    form.setFullName(fullName);
    form.setEmail(login + "@example.org");
    String once =
        as("jvalcin", () -> members.create(form, login, EnumSet.of(PlatformRole.MEMBER), Set.of()))
            .oneTimePassword();
    return new Created(login, once);
  }

  /** A fresh working group, made by the administrator, with these members in these roles. */
  public long newGroup(String name, Visibility visibility, Map<String, GroupRole> roles) {
    String unique = name + " " + UUID.randomUUID().toString().substring(0, 8);
    long id =
        groupId(
            as(
                "jvalcin",
                () -> {
                  GroupForm form = new GroupForm();
                  form.setName(unique);
                  form.setThemeId(members.themes().get(0).getId());
                  form.setVisibility(visibility);
                  form.setJoinPolicy(JoinPolicy.ON_REQUEST);
                  return groups.create(form);
                }));
    as(
        "jvalcin",
        () -> roles.forEach((login, role) -> workspaces.addMember(id, memberId(login), role)));
    return id;
  }

  public long count(String jpql, Object... params) {
    var query = em.createQuery(jpql, Long.class);
    for (int i = 0; i < params.length; i++) {
      query.setParameter(i + 1, params[i]);
    }
    return query.getSingleResult();
  }
}
