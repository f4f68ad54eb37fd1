package org.cohesion.platform.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import org.primefaces.context.PrimeFacesContext;
import org.primefaces.csp.CspState;

/**
 * Makes PrimeFaces compare a post's nonce with its view's as soon as the view is restored, instead
 * of when the answer's first script is written. A stale or forged form then fails before any of the
 * page has been sent, so {@link StatusExceptionHandlerFactory} can still answer it with the
 * view-expired page (410); found in the middle of rendering, the response was already committed and
 * the person got a server error. The nonce PrimeFaces settles on is the one it would have used
 * later in the request anyway.
 */
public class EarlyNonceCheck implements PhaseListener {

  private static final long serialVersionUID = 1L;

  @Override
  public PhaseId getPhaseId() {
    return PhaseId.RESTORE_VIEW;
  }

  @Override
  public void afterPhase(PhaseEvent event) {
    FacesContext context = event.getFacesContext();
    if (context.isPostback() && context.getViewRoot() != null) {
      CspState csp = PrimeFacesContext.getCspState(context);
      if (csp != null) {
        csp.getNonce();
      }
    }
  }

  @Override
  public void beforePhase(PhaseEvent event) {
    // Nothing before the view exists.
  }
}
