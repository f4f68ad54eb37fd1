package org.cohesion.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.faces.application.FacesMessage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.List;
import org.cohesion.platform.web.PendingMessages.Pending;
import org.junit.jupiter.api.Test;

class PendingMessagesTest {

  @Test
  void theHolderCrossesToAnotherNodeAsTheSessionStoreSerialisesIt() throws Exception {
    PendingMessages held =
        new PendingMessages(
                List.of(
                    Pending.of(
                        null, new FacesMessage(FacesMessage.SEVERITY_INFO, "Enregistré", null))))
            .and(
                List.of(
                    Pending.of(
                        "form:title",
                        new FacesMessage(FacesMessage.SEVERITY_ERROR, "Trop long", "détail"))));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(held);
    }
    PendingMessages read;
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      read = (PendingMessages) in.readObject();
    }
    assertEquals(held.messages(), read.messages());
    List<Pending> messages = read.messages();
    assertEquals(FacesMessage.SEVERITY_INFO, messages.get(0).message().getSeverity());
    assertEquals("Enregistré", messages.get(0).message().getSummary());
    assertEquals(null, messages.get(0).clientId());
    assertEquals(FacesMessage.SEVERITY_ERROR, messages.get(1).message().getSeverity());
    assertEquals("form:title", messages.get(1).clientId());
    assertEquals("détail", messages.get(1).message().getDetail());
  }

  @Test
  void aMessageWithoutSeverityIsInformation() {
    assertEquals(
        FacesMessage.SEVERITY_INFO,
        Pending.of(null, new FacesMessage("Texte")).message().getSeverity());
  }
}
