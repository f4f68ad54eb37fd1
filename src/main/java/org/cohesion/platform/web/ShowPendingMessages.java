package org.cohesion.platform.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;

/**
 * Shows the messages that the previous request kept when it redirected ({@link PendingMessages}):
 * just before a page requested by a GET is rendered, which is what a redirect leads to. A postback
 * (an Ajax poll of another tab, say) leaves them for that page; a page that redirects again in its
 * view action never renders, so they wait for the page it leads to.
 */
public class ShowPendingMessages implements PhaseListener {

  private static final long serialVersionUID = 1L;

  @Override
  public PhaseId getPhaseId() {
    return PhaseId.RENDER_RESPONSE;
  }

  @Override
  public void beforePhase(PhaseEvent event) {
    FacesContext context = event.getFacesContext();
    if (!context.isPostback()) {
      PendingMessages.restore(context);
    }
  }

  @Override
  public void afterPhase(PhaseEvent event) {
    // Shown, and already removed from the session.
  }
}
