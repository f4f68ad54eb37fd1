package org.cohesion.it.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.inject.Inject;
import org.cohesion.network.application.BodyAdministration;
import org.cohesion.network.application.MemberDirectory;
import org.cohesion.network.domain.Body;
import org.cohesion.network.domain.BodySeat.Office;
import org.cohesion.platform.domain.AccessDeniedException;
import org.cohesion.platform.domain.DomainException;
import org.junit.jupiter.api.Test;

/** The bodies' composition: administrators only, one seat per person and body. */
class BodyAdministrationIT extends ServerTestBase {

  @Inject BodyAdministration administration;
  @Inject MemberDirectory directory;

  private Body ag() {
    return users.as("jvalcin", () -> directory.bodies()).stream()
        .filter(b -> b.getCode().equals("AG"))
        .findFirst()
        .orElseThrow();
  }

  private long seatsOf(Body body) {
    return users.count("SELECT COUNT(s) FROM BodySeat s WHERE s.body.id = ?1", body.getId());
  }

  @Test
  void anAdministratorSeatsAndUnseatsOncePerPerson() {
    Body ag = ag();
    long nadia = users.memberId("nferjule");
    long before = seatsOf(ag);
    users.as("jvalcin", () -> administration.seat(ag.getId(), nadia, Office.MEMBER));
    assertEquals(before + 1, seatsOf(ag));
    DomainException twice =
        assertThrows(
            DomainException.class,
            () ->
                users.as(
                    "jvalcin", () -> administration.seat(ag.getId(), nadia, Office.SECRETARY)));
    assertEquals("body.alreadySeated", twice.messageKey());
    users.as("jvalcin", () -> administration.unseat(ag.getId(), nadia));
    assertEquals(before, seatsOf(ag));
  }

  @Test
  void nobodyElseChangesABody() {
    Body ag = ag();
    long before = seatsOf(ag);
    assertThrows(
        AccessDeniedException.class,
        () ->
            users.as(
                "hbellemare",
                () ->
                    administration.seat(
                        ag.getId(), users.memberId("hbellemare"), Office.PRESIDENT)));
    assertEquals(before, seatsOf(ag));
  }
}
