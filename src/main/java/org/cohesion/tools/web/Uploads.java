package org.cohesion.tools.web;

import jakarta.faces.event.FacesEvent;
import jakarta.faces.event.PhaseId;

/** What the document centre's upload listeners share. */
final class Uploads {
  private Uploads() {}

  /**
   * PrimeFaces queues a {@code FileUploadEvent} while validating, so its listener would run before
   * the form's other fields (a document's description, a version's reason) reach the bean. Queued
   * again for the application phase, it runs once they have: answers true when it did so, and the
   * listener should return and wait for that second call.
   */
  static boolean deferredUntilTheFormIsApplied(FacesEvent event) {
    if (event.getPhaseId() == PhaseId.INVOKE_APPLICATION) {
      return false;
    }
    event.setPhaseId(PhaseId.INVOKE_APPLICATION);
    event.queue();
    return true;
  }
}
