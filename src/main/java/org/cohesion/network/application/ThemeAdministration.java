package org.cohesion.network.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.util.List;
import org.cohesion.network.domain.Theme;
import org.cohesion.platform.audit.AuditLog;
import org.cohesion.platform.domain.Constraints;
import org.cohesion.platform.domain.DomainException;
import org.cohesion.platform.domain.NotFoundException;
import org.cohesion.platform.domain.Slugs;
import org.cohesion.platform.security.Guard;
import org.cohesion.platform.security.PlatformRole;

/**
 * The managed list of themes (évaluation, prévention de la délinquance…): administrators add,
 * rename, retire and restore them. A retired theme stays on the groups and people that have it, but
 * is no longer offered for new ones.
 */
@ApplicationScoped
@Transactional
public class ThemeAdministration {

  @PersistenceContext EntityManager em;
  @Inject Guard guard;
  @Inject AuditLog audit;
  @Inject Validator validator;

  public List<Theme> all() {
    guard.requireRole(PlatformRole.ADMINISTRATOR);
    return em.createNamedQuery("Theme.listAll", Theme.class).getResultList();
  }

  public void add(ThemeForm form) {
    guard.requireRole(PlatformRole.ADMINISTRATOR);
    Constraints.check(validator, form);
    String fr = required(form.getLabelFr());
    String en =
        form.getLabelEn() == null || form.getLabelEn().isBlank() ? fr : required(form.getLabelEn());
    String code = Slugs.of(fr);
    if (code.isEmpty()) {
      throw new DomainException("theme.label.required");
    }
    if (!em.createNamedQuery("Theme.findByCode", Theme.class)
        .setParameter("code", code)
        .getResultList()
        .isEmpty()) {
      throw new DomainException("theme.taken");
    }
    long last = em.createNamedQuery("Theme.maxPosition", Integer.class).getSingleResult();
    Theme theme = new Theme(code, fr, en, (int) last + 10);
    em.persist(theme);
    audit.record("THEME_ADDED", "theme", code, fr);
  }

  public void rename(ThemeForm form) {
    guard.requireRole(PlatformRole.ADMINISTRATOR);
    Constraints.check(validator, form);
    Theme theme = find(form.getId() == null ? -1L : form.getId());
    String fr = required(form.getLabelFr());
    theme.rename(fr, required(form.getLabelEn()));
    audit.record("THEME_RENAMED", "theme", theme.getCode(), fr);
  }

  public void setActive(long themeId, boolean active) {
    guard.requireRole(PlatformRole.ADMINISTRATOR);
    Theme theme = find(themeId);
    if (active) {
      theme.restore();
    } else {
      theme.retire();
    }
    audit.record(active ? "THEME_RESTORED" : "THEME_RETIRED", "theme", theme.getCode(), null);
  }

  private Theme find(long id) {
    Theme theme = em.find(Theme.class, id);
    if (theme == null) {
      throw new NotFoundException();
    }
    return theme;
  }

  private static String required(String label) {
    String text = label == null ? "" : label.strip();
    if (text.isEmpty()) {
      throw new DomainException("theme.label.required");
    }
    if (text.length() > Theme.LABEL_MAX) {
      throw new DomainException("field.tooLong");
    }
    return text;
  }
}
