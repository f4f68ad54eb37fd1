package org.cohesion.platform.web;

import jakarta.faces.component.UIViewParameter;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewMetadata;

/**
 * Gives a view-scoped bean that finds itself empty in the middle of a request the values of the
 * page's {@code f:viewParam}s again.
 *
 * <p>Faces keeps the view-scoped beans of a session's most recent views only ({@code
 * com.sun.faces.numberOfActiveViewMaps}, 4 in web.xml). When one session opens many pages at once
 * (tabs, a burst of links), the views created meanwhile can push out the beans of a page that is
 * still being built: the rest of that request, its {@code f:viewAction} included, then gets a fresh
 * instance, on which the view parameters were never set. Read from that instance, the group named
 * in the URL was "no group", and a member got 404 for her own group.
 *
 * <p>Every page bean that has view parameters calls {@link #reapply()} first thing in its {@code
 * f:viewAction}: the one place this fallback lives. The values come from the request through the
 * page's own {@code f:viewParam} components, with their converters and validators, into whatever
 * instance is now in scope; nothing is read twice by hand. On the instance that received them (the
 * usual case) the same values are set again, which changes nothing: they passed validation already,
 * or the view action would not be running. A postback carries no view parameters, so there this
 * does nothing; and a postback to a view whose beans were pushed out meets a view state that is
 * gone too (fewer views are kept, see {@code com.sun.faces.numberOfLogicalViews}), which Faces
 * reports as an expired view.
 */
public final class ViewParameters {

  private ViewParameters() {}

  /** Sets the page's view parameters again, from this request, on the beans now in scope. */
  public static void reapply() {
    FacesContext context = FacesContext.getCurrentInstance();
    if (context == null || context.getViewRoot() == null || context.isPostback()) {
      return;
    }
    for (UIViewParameter parameter : ViewMetadata.getViewParameters(context.getViewRoot())) {
      parameter.processDecodes(context);
      parameter.processValidators(context);
      parameter.processUpdates(context);
    }
  }
}
