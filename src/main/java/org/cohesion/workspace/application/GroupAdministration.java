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
import org.cohesion.workspace.domain.JoinPolicy;
import org.cohesion.workspace.domain.Visibility;
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

  public WorkingGroup load(long groupId) {
    guard.requireRole(PlatformRole.ADMINISTRATOR);
    WorkingGroup group = em.find(WorkingGroup.class, groupId);
    if (group == null) {
      throw new NotFoundException();
    }
    return group;
  }

  /** Creates the group and answers its slug. An empty slug is made from the name. */
  public String create(WorkingGroup form) {
    guard.requireRole(PlatformRole.ADMINISTRATOR);
    String slug = slugOf(form);
    requireUnique(form.getName(), slug, null);
    WorkingGroup group = new WorkingGroup(form.getName(), slug, theme(form.getTheme()));
    copyDetails(form, group);
    Constraints.check(validator, group);
    em.persist(group);
    em.flush();
    audit.record("GROUP_CREATED", "group", group.getId(), slug);
    searchOutbox.changed(GroupSearchSource.KIND, group.getId());
    return slug;
  }

  /** Saves the edits, unless someone saved the group since the form was loaded. */
  public String update(WorkingGroup form) {
    guard.requireRole(PlatformRole.ADMINISTRATOR);
    WorkingGroup group = em.find(WorkingGroup.class, form.getId());
    if (group == null) {
      throw new NotFoundException();
    }
    if (group.getVersion() != form.getVersion()) {
      throw new ConcurrentChangeException();
    }
    String slug = slugOf(form);
    requireUnique(form.getName(), slug, group.getId());
    group.setName(form.getName());
    group.setSlug(slug);
    group.setTheme(theme(form.getTheme()));
    copyDetails(form, group);
    Constraints.check(validator, group);
    audit.record("GROUP_UPDATED", "group", group.getId(), slug);
    searchOutbox.changed(GroupSearchSource.KIND, group.getId());
    return slug;
  }

  private static void copyDetails(WorkingGroup form, WorkingGroup group) {
    group.setDescription(form.getDescription());
    group.setVisibility(
        form.getVisibility() == null ? Visibility.MEMBERS_ONLY : form.getVisibility());
    group.setJoinPolicy(
        form.getJoinPolicy() == null ? JoinPolicy.ON_REQUEST : form.getJoinPolicy());
  }

  private static String slugOf(WorkingGroup form) {
    if (form.getName() == null || form.getName().isBlank()) {
      throw new DomainException("group.name.required");
    }
    String slug =
        form.getSlug() == null || form.getSlug().isBlank()
            ? Slugs.of(form.getName())
            : form.getSlug();
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

  private Theme theme(Theme chosen) {
    Theme theme =
        chosen == null || chosen.getId() == null ? null : em.find(Theme.class, chosen.getId());
    if (theme == null) {
      throw new DomainException("group.theme.required");
    }
    return theme;
  }
}
