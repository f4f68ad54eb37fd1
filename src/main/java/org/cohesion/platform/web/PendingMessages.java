package org.cohesion.platform.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The Faces messages of a request that redirects, kept in the HTTP session until the next page is
 * rendered ("Enregistré" after a save, the sign-in notices). Faces' flash would carry them in a
 * cookie encrypted with a key each node draws for itself, so a redirect followed on another node
 * lost them; the session is replicated to every node (web.xml {@code <distributable/>}), so any
 * node shows them.
 *
 * <p>{@link KeepMessagesOnRedirect} moves the messages here when the request redirects (a full page
 * or an Ajax request), {@link ShowPendingMessages} hands them to the next page rendered by a GET.
 * The attribute exists only between the two: put when there is something to carry, removed when it
 * is shown, so the session stays as small as before.
 */
final class PendingMessages implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The session attribute. */
  static final String ATTRIBUTE = PendingMessages.class.getName();

  /** One message: its severity's ordinal ({@link FacesMessage#VALUES}), its field, its texts. */
  record Pending(int severity, String clientId, String summary, String detail)
      implements Serializable {
    private static final long serialVersionUID = 1L;

    static Pending of(String clientId, FacesMessage message) {
      FacesMessage.Severity severity =
          message.getSeverity() == null ? FacesMessage.SEVERITY_INFO : message.getSeverity();
      return new Pending(
          severity.getOrdinal(), clientId, message.getSummary(), message.getDetail());
    }

    FacesMessage message() {
      return new FacesMessage(
          (FacesMessage.Severity) FacesMessage.VALUES.get(severity), summary, detail);
    }
  }

  // An ArrayList, not a List: the field itself must be Serializable.
  private final ArrayList<Pending> messages;

  PendingMessages(List<Pending> messages) {
    this.messages = new ArrayList<>(messages);
  }

  List<Pending> messages() {
    return List.copyOf(messages);
  }

  /** These messages followed by {@code more}, in a new holder (the session's is never changed). */
  PendingMessages and(List<Pending> more) {
    List<Pending> all = new ArrayList<>(messages);
    all.addAll(more);
    return new PendingMessages(all);
  }

  /**
   * Moves every message of the request, global ones and those of a field, into the session: called
   * before the redirect is sent, so that a session created here (after a sign-out invalidated the
   * old one) still gets its cookie into the response. Moved, not copied: a second redirect in the
   * same request finds nothing left to keep twice.
   */
  static void keep(FacesContext context) {
    List<Pending> found = new ArrayList<>();
    for (Iterator<String> ids = context.getClientIdsWithMessages(); ids.hasNext(); ) {
      String clientId = ids.next();
      for (Iterator<FacesMessage> it = context.getMessages(clientId); it.hasNext(); ) {
        found.add(Pending.of(clientId, it.next()));
        it.remove();
      }
    }
    if (found.isEmpty()) {
      return;
    }
    Map<String, Object> session = context.getExternalContext().getSessionMap();
    // A redirect to a page that redirects again (a view action) adds its own to those not shown.
    PendingMessages held = session.get(ATTRIBUTE) instanceof PendingMessages p ? p : null;
    session.put(ATTRIBUTE, held == null ? new PendingMessages(found) : held.and(found));
  }

  /** Adds the messages kept by the previous request to this one's, and forgets them. */
  static void restore(FacesContext context) {
    ExternalContext external = context.getExternalContext();
    if (external.getSession(false) == null) {
      return; // no session, nothing kept: none is created for it
    }
    if (external.getSessionMap().remove(ATTRIBUTE) instanceof PendingMessages held) {
      for (Pending pending : held.messages) {
        context.addMessage(pending.clientId(), pending.message());
      }
    }
  }
}
