package org.cohesion.platform.web;

import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.faces.event.ExceptionQueuedEventContext;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Iterator;
import java.util.logging.Logger;
import org.cohesion.platform.domain.AccessDeniedException;
import org.cohesion.platform.domain.NotFoundException;
import org.cohesion.platform.persistence.DatabaseUnavailable;
import org.cohesion.platform.persistence.DatabaseUnavailableException;
import org.cohesion.platform.security.AuthenticationRequiredException;
import org.primefaces.csp.CspException;

/**
 * Turns "not found", "access denied" and "sign-in required", thrown by a service while a full page
 * is built, into real 404, 403 and a redirect to the sign-in page; an unreadable parameter into a
 * 400; an expired view (a form left open past the session, or any POST with an unknown view state)
 * into a 410 with the view-expired page and one line in the log, never a stack trace. A post whose
 * PrimeFaces nonce is missing or not its page's ({@link CspException}: a stale form, or a forged
 * one) is answered as an expired view too: reloading the page is the remedy in both cases. A
 * database that cannot be reached gives a 503 with the « service temporarily unavailable » page (on
 * Ajax, that page as the partial response, through OmniFaces), also with one line. Ajax requests
 * and every other exception go on to OmniFaces' handler, which renders the error page of web.xml
 * (for an expired view on Ajax, the view-expired page as the partial response, logged here only).
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

    private static final Logger LOG = Logger.getLogger(StatusExceptionHandler.class.getName());

    /**
     * The status of an expired view: the form's server-side state is gone for good (410), which
     * also keeps it apart from a 400 (a malformed request) in logs and monitoring.
     */
    static final int GONE = HttpServletResponse.SC_GONE;

    StatusExceptionHandler(ExceptionHandler wrapped) {
      super(wrapped);
    }

    @Override
    public void handle() throws FacesException {
      FacesContext context = FacesContext.getCurrentInstance();
      Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
      boolean unavailableOnAjax = false;
      while (events.hasNext()) {
        Throwable thrown = events.next().getContext().getException();
        Throwable root = root(thrown);
        boolean ajax = context.getPartialViewContext().isAjaxRequest();
        ExternalContext external = context.getExternalContext();
        try {
          ViewExpiredException expired = find(thrown, ViewExpiredException.class);
          CspException csp = expired == null ? find(thrown, CspException.class) : null;
          if (expired != null || csp != null) {
            // Expected in normal use (and sent by scanners by the thousand): one line, no trace.
            String what = expired != null ? "View expired: " : csp.getMessage() + ": ";
            LOG.info(
                () ->
                    what
                        + ((jakarta.servlet.http.HttpServletRequest) external.getRequest())
                            .getMethod()
                        + " "
                        + external.getRequestServletPath()
                        + (ajax ? " (Ajax)" : ""));
            if (!ajax) {
              events.remove();
              external.responseSendError(GONE, null);
              context.responseComplete();
            }
          } else if (DatabaseUnavailable.causedBy(thrown)) {
            events.remove();
            LOG.warning(
                () ->
                    "Database unreachable: 503 for "
                        + external.getRequestServletPath()
                        + (ajax ? " (Ajax)" : "")
                        + " ("
                        + root
                        + ")");
            if (ajax) {
              unavailableOnAjax = true;
            } else {
              external.setResponseHeader("Retry-After", DatabaseUnavailableFilter.RETRY_AFTER);
              external.responseSendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE, null);
              context.responseComplete();
            }
          } else if (root instanceof AuthenticationRequiredException) {
            events.remove();
            redirectToLogin(context, ajax);
          } else if (!ajax && root instanceof NotFoundException) {
            events.remove();
            external.responseSendError(HttpServletResponse.SC_NOT_FOUND, null);
            context.responseComplete();
          } else if (!ajax && root instanceof BadRequestException) {
            events.remove();
            external.responseSendError(HttpServletResponse.SC_BAD_REQUEST, null);
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
      if (unavailableOnAjax) {
        // OmniFaces renders web.xml's page for this type into the partial response. Queued after
        // the loop: the list above cannot grow while it is walked.
        context
            .getApplication()
            .publishEvent(
                context,
                ExceptionQueuedEvent.class,
                new ExceptionQueuedEventContext(context, new DatabaseUnavailableException()));
      }
      getWrapped().handle();
    }

    private static void redirectToLogin(FacesContext context, boolean ajax) throws IOException {
      ExternalContext external = context.getExternalContext();
      external.redirect(external.getRequestContextPath() + "/login.xhtml");
      context.responseComplete();
    }

    private static <T extends Throwable> T find(Throwable t, Class<T> type) {
      for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
        if (type.isInstance(c)) {
          return type.cast(c);
        }
      }
      return null;
    }

    private static Throwable root(Throwable t) {
      Throwable current = t;
      while (current.getCause() != null
          && !(current instanceof NotFoundException)
          && !(current instanceof BadRequestException)
          && !(current instanceof AccessDeniedException)
          && !(current instanceof AuthenticationRequiredException)) {
        current = current.getCause();
      }
      return current;
    }
  }
}
