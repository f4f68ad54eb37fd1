package org.cohesion.platform.web;

import jakarta.faces.FacesException;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.ExternalContextFactory;
import jakarta.faces.context.ExternalContextWrapper;
import jakarta.faces.context.FacesContext;
import java.io.IOException;

/**
 * Every redirect of a Faces request keeps the request's messages for the next page ({@link
 * PendingMessages}): a navigation's {@code faces-redirect=true}, an explicit {@link
 * ExternalContext#redirect}, and the same in an Ajax request (Faces then answers a partial response
 * with a {@code <redirect>}), all go through this one method. A request that does not redirect
 * shows its messages itself and keeps nothing.
 */
public class KeepMessagesOnRedirect extends ExternalContextFactory {

  public KeepMessagesOnRedirect(ExternalContextFactory wrapped) {
    super(wrapped);
  }

  @Override
  public ExternalContext getExternalContext(Object context, Object request, Object response)
      throws FacesException {
    return new Redirecting(getWrapped().getExternalContext(context, request, response));
  }

  private static final class Redirecting extends ExternalContextWrapper {
    Redirecting(ExternalContext wrapped) {
      super(wrapped);
    }

    @Override
    public void redirect(String url) throws IOException {
      FacesContext context = FacesContext.getCurrentInstance();
      if (context != null) {
        // Before the redirect is written: a session created now still sends its cookie.
        PendingMessages.keep(context);
      }
      super.redirect(url);
    }
  }
}
