package org.cohesion.it.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import org.cohesion.decisions.application.MeetingDay;
import org.cohesion.decisions.application.Meetings;
import org.cohesion.network.application.MemberDirectory;
import org.cohesion.platform.domain.AccessDeniedException;
import org.cohesion.platform.domain.NotFoundException;
import org.junit.jupiter.api.Test;

/**
 * The searches behind the pickers that replaced menus of the whole directory: they offer only whom
 * the form may choose, at most {@link MemberDirectory#SEARCH_LIMIT}, and only to a caller who may
 * fill that form (demo data: the CA's seats, the Évaluation group led by manselme).
 */
class PickerSearchIT extends ServerTestBase {

  @Inject Meetings meetings;
  @Inject MemberDirectory directory;

  @Test
  void aBoardMeetingsAttendanceOffersItsSeatsToWhoRecordsItOnly() {
    long ca = users.count("SELECT b.id FROM Body b WHERE b.code = ?1", "CA");
    long meeting =
        users.as(
            "hbellemare",
            () ->
                meetings.schedule(
                    ca, new MeetingDay(LocalDate.of(2035, 5, 5), "CA des pickers", null, null)));
    List<MemberDirectory.Person> found =
        users.as("hbellemare", () -> meetings.searchAttendees(meeting, "bellem"));
    assertEquals(List.of("Henri Bellemare"), names(found));
    // Only the seats: the network's staff, who sit on no body, is not offered.
    assertEquals(
        List.of(),
        names(users.as("hbellemare", () -> meetings.searchAttendees(meeting, "valcin"))));
    assertEquals(List.of(), users.as("hbellemare", () -> meetings.searchAttendees(meeting, "b")));
    // A member who sits on no body does not see the meeting at all.
    assertThrows(
        NotFoundException.class,
        () -> users.as("srosemond", () -> meetings.searchAttendees(meeting, "bellem")));
  }

  @Test
  void aGroupMeetingsInviteesAreItsMembersOfferedToItsPlannersOnly() {
    long group = users.groupId("evaluation-des-cucs");
    List<String> found =
        names(users.as("manselme", () -> meetings.searchInvitableToGroup(group, "anselme")));
    assertEquals(List.of("Murielle Anselme"), found);
    // The outsider is refused, seen or not.
    RuntimeException refused =
        assertThrows(
            RuntimeException.class,
            () -> users.as("srosemond", () -> meetings.searchInvitableToGroup(group, "anselme")));
    assertTrue(
        refused instanceof AccessDeniedException || refused instanceof NotFoundException,
        refused.toString());
  }

  @Test
  void theDirectorysSearchOffersTwentyAtMost() {
    String token = "picker" + Long.toString(System.nanoTime(), 36);
    for (int i = 0; i < MemberDirectory.SEARCH_LIMIT + 1; i++) {
      users.newAccount("picker", "Personne " + token + " " + i);
    }
    assertEquals(
        MemberDirectory.SEARCH_LIMIT,
        users.as("manselme", () -> directory.search(token)).size(),
        "offered of " + (MemberDirectory.SEARCH_LIMIT + 1) + " matching");
  }

  private static List<String> names(List<MemberDirectory.Person> people) {
    return people.stream().map(MemberDirectory.Person::fullName).toList();
  }
}
