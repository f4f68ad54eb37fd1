package org.cohesion.platform.web;

import jakarta.faces.application.Application;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.AbortProcessingException;
import jakarta.faces.event.SystemEvent;
import jakarta.faces.event.SystemEventListener;
import org.primefaces.context.PrimeApplicationContext;

/**
 * PrimeFaces copies web.xml's error pages into every page ({@code PrimeFaces.settings.errorPages}),
 * keyed by exception class: the sign-in page listed our internal exception names and the WEB-INF
 * paths of the error pages. Its client-side redirects are meant for PrimeFaces' own Ajax exception
 * handler, which Cohésion does not use (OmniFaces' FullAjaxExceptionHandler renders the error page
 * on the server, see faces-config.xml), and they point into WEB-INF, which is never served. The
 * list is emptied once the application has started, so nothing of it is written.
 */
public class NoClientErrorPages implements SystemEventListener {

  @Override
  public boolean isListenerForSource(Object source) {
    return source instanceof Application;
  }

  @Override
  public void processEvent(SystemEvent event) throws AbortProcessingException {
    PrimeApplicationContext.getCurrentInstance(FacesContext.getCurrentInstance())
        .getConfig()
        .getErrorPages()
        .clear();
  }
}
