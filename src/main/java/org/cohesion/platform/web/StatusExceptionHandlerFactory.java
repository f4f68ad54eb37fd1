package org.cohesion.platform.web;

import jakarta.faces.FacesException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Iterator;
import org.cohesion.platform.domain.AccessDeniedException;
import org.cohesion.platform.domain.NotFoundException;
import org.cohesion.platform.security.AuthenticationRequiredException;

/**
 * Turns "not found", "access denied" and "sign-in required", thrown by a service while a full page
 * is built, into real 404, 403 and a redirect to the sign-in page. Ajax requests and every other
 * exception go on to OmniFaces' handler, which renders the error page of web.xml.
 */
public class StatusExceptionHandlerFactory extends ExceptionHandlerFactory {

  public StatusExceptionHandlerFactory(ExceptionHandlerFactory wrapped) {
    super(wrapped);
  }

  @Override
  public ExceptionHandler getExceptionHandler() {
    return new StatusExceptionHandler(getWrapped().getExceptionHandler());
  }

  static final class StatusExceptionHandler extends ExceptionHandlerWrapper {

    StatusExceptionHandler(ExceptionHandler wrapped) {
      super(wrapped);
    }

    @Override
    public void handle() throws FacesException {
      FacesContext context = FacesContext.getCurrentInstance();
      Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
      while (events.hasNext()) {
        Throwable root = root(events.next().getContext().getException());
        boolean ajax = context.getPartialViewContext().isAjaxRequest();
        ExternalContext external = context.getExternalContext();
        try {
          if (root instanceof AuthenticationRequiredException) {
            events.remove();
            redirectToLogin(context, ajax);
          } else if (!ajax && root instanceof NotFoundException) {
            events.remove();
            external.responseSendError(HttpServletResponse.SC_NOT_FOUND, null);
            context.responseComplete();
          } else if (!ajax && root instanceof AccessDeniedException) {
            events.remove();
            external.responseSendError(HttpServletResponse.SC_FORBIDDEN, null);
            context.responseComplete();
          }
        } catch (IOException e) {
          throw new FacesException(e);
        }
      }
      getWrapped().handle();
    }

    private static void redirectToLogin(FacesContext context, boolean ajax) throws IOException {
      ExternalContext external = context.getExternalContext();
      external.redirect(external.getRequestContextPath() + "/login.xhtml");
      context.responseComplete();
    }

    private static Throwable root(Throwable t) {
      Throwable current = t;
      while (current.getCause() != null
          && !(current instanceof NotFoundException)
          && !(current instanceof AccessDeniedException)
          && !(current instanceof AuthenticationRequiredException)) {
        current = current.getCause();
      }
      return current;
    }
  }
}
