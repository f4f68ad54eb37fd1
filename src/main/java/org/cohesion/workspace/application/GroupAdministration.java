package org.cohesion.workspace.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import org.cohesion.network.domain.Theme;
import org.cohesion.platform.audit.AuditLog;
import org.cohesion.platform.domain.ConcurrentChangeException;
import org.cohesion.platform.domain.Constraints;
import org.cohesion.platform.domain.DomainException;
import org.cohesion.platform.domain.NotFoundException;
import org.cohesion.platform.domain.Slugs;
import org.cohesion.platform.search.SearchOutbox;
import org.cohesion.platform.security.Guard;
import org.cohesion.platform.security.PlatformRole;
import org.cohesion.workspace.domain.WorkingGroup;

/**
 * The administrator creates working groups and sets what defines them: name, slug, theme,
 * description, visibility and join policy. Members are managed through {@link Workspaces}, where an
 * administrator has a lead's rights on every group.
 */
@ApplicationScoped
@Transactional
public class GroupAdministration {

  @PersistenceContext EntityManager em;
  @Inject SearchOutbox searchOutbox;
  @Inject Guard guard;
  @Inject AuditLog audit;
  @Inject Validator validator;

  /** The form holding a group's current definition, for the administrator's edit page. */
  public GroupForm form(long groupId) {
    guard.requireRole(PlatformRole.ADMINISTRATOR);
    return GroupForm.of(find(groupId));
  }

  /** Creates the group and answers its slug. An empty slug is made from the name. */
  public String create(GroupForm form) {
    guard.requireRole(PlatformRole.ADMINISTRATOR);
    Constraints.check(validator, form);
    String name = form.getName().strip();
    String slug = slugOf(form);
    requireUnique(name, slug, null);
    WorkingGroup group = new WorkingGroup(name, slug, theme(form.getThemeId()));
    group.describe(form.getDescription());
    group.changeAccess(form.getVisibility(), form.getJoinPolicy());
    em.persist(group);
    em.flush();
    audit.record("GROUP_CREATED", "group", group.getId(), slug);
    searchOutbox.changed(GroupSearchSource.KIND, group.getId());
    return slug;
  }

  /** Saves the edits, unless someone saved the group since the form was loaded. */
  public String update(GroupForm form) {
    guard.requireRole(PlatformRole.ADMINISTRATOR);
    Constraints.check(validator, form);
    WorkingGroup group = find(form.getId() == null ? -1L : form.getId());
    if (group.getVersion() != form.getVersion()) {
      throw new ConcurrentChangeException();
    }
    String name = form.getName().strip();
    String slug = slugOf(form);
    requireUnique(name, slug, group.getId());
    group.redefine(name, slug, theme(form.getThemeId()));
    group.describe(form.getDescription());
    group.changeAccess(form.getVisibility(), form.getJoinPolicy());
    audit.record("GROUP_UPDATED", "group", group.getId(), slug);
    searchOutbox.changed(GroupSearchSource.KIND, group.getId());
    return slug;
  }

  private WorkingGroup find(long groupId) {
    WorkingGroup group = em.find(WorkingGroup.class, groupId);
    if (group == null) {
      throw new NotFoundException();
    }
    return group;
  }

  private static String slugOf(GroupForm form) {
    String slug =
        form.getSlug() == null || form.getSlug().isBlank()
            ? Slugs.of(form.getName())
            : form.getSlug().strip();
    if (!Slugs.isValid(slug)) {
      throw new DomainException("group.slug.invalid");
    }
    return slug;
  }

  private void requireUnique(String name, String slug, Long exceptId) {
    long clashes =
        em.createNamedQuery("WorkingGroup.countBySlugOrName", Long.class)
            .setParameter("slug", slug)
            .setParameter("name", name.strip())
            .setParameter("id", exceptId == null ? -1L : exceptId)
            .getSingleResult();
    if (clashes > 0) {
      throw new DomainException("group.nameOrSlugTaken");
    }
  }

  private Theme theme(Long themeId) {
    Theme theme = themeId == null ? null : em.find(Theme.class, themeId);
    if (theme == null) {
      throw new DomainException("group.theme.required");
    }
    return theme;
  }
}
