package org.cohesion.platform.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.cohesion.platform.audit.AuditEvent;
import org.cohesion.platform.audit.AuditLog;
import org.cohesion.platform.domain.Page;

/** Administration: the audit log, newest first, read-only. */
@Named
@ViewScoped
public class AuditAdminPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject AuditLog auditLog;

  private PageModel<AuditEvent> events;

  @PostConstruct
  void init() {
    AuditLog log = auditLog;
    events = new PageModel<>((first, size) -> new Page<>(log.recent(first, size), log.count()));
  }

  public PageModel<AuditEvent> getEvents() {
    return events;
  }
}
