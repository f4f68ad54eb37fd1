package org.cohesion.platform.web;

import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import java.util.Map;
import org.primefaces.context.PrimeApplicationContext;

/**
 * PrimeFaces copies web.xml's error pages into every page ({@code PrimeFaces.settings.errorPages}),
 * keyed by exception class: the sign-in page listed our internal exception names and the WEB-INF
 * paths of the error pages. Its client-side redirects are meant for PrimeFaces' own Ajax exception
 * handler, which Cohésion does not use (OmniFaces' FullAjaxExceptionHandler renders the error page
 * on the server, see faces-config.xml), and they point into WEB-INF, which is never served. The
 * list is emptied before the first page is rendered; later requests find it empty. (It cannot be
 * done at application start: PrimeFaces' context may not be created from Faces' start-up listener.)
 */
public class NoClientErrorPages implements PhaseListener {
  private static final long serialVersionUID = 1L;

  @Override
  public PhaseId getPhaseId() {
    return PhaseId.RESTORE_VIEW;
  }

  @Override
  public void beforePhase(PhaseEvent event) {
    Map<String, String> pages =
        PrimeApplicationContext.getCurrentInstance(event.getFacesContext())
            .getConfig()
            .getErrorPages();
    if (!pages.isEmpty()) {
      pages.clear();
    }
  }

  @Override
  public void afterPhase(PhaseEvent event) {}
}
