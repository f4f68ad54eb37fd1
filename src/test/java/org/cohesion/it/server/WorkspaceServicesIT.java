package org.cohesion.it.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.util.UUID;
import org.cohesion.network.domain.Theme;
import org.cohesion.platform.domain.AccessDeniedException;
import org.cohesion.platform.domain.DomainException;
import org.cohesion.platform.domain.NotFoundException;
import org.cohesion.workspace.application.GroupAdministration;
import org.cohesion.workspace.application.GroupForm;
import org.cohesion.workspace.application.Workspaces;
import org.cohesion.workspace.domain.GroupRole;
import org.cohesion.workspace.domain.JoinPolicy;
import org.cohesion.workspace.domain.JoinRequest;
import org.cohesion.workspace.domain.Visibility;
import org.junit.jupiter.api.Test;

/**
 * The workspace services inside Payara against the real MariaDB: each test makes its own group, so
 * tests do not depend on each other or on their order.
 */
class WorkspaceServicesIT extends ServerTestBase {

  @Inject Workspaces workspaces;
  @Inject GroupAdministration groups;
  @Inject org.cohesion.network.application.MemberAdministration members;

  /** A fresh group created by the administrator (jvalcin), led by {@code lead}. */
  private long newGroup(Visibility visibility, JoinPolicy policy, String lead) {
    String name = "Groupe test " + UUID.randomUUID().toString().substring(0, 8);
    String slug =
        users.as(
            "jvalcin",
            () -> {
              GroupForm form = new GroupForm();
              form.setName(name);
              form.setThemeId(theme().getId());
              form.setVisibility(visibility);
              form.setJoinPolicy(policy);
              return groups.create(form);
            });
    long id = users.groupId(slug);
    users.as("jvalcin", () -> workspaces.addMember(id, users.memberId(lead), GroupRole.LEAD));
    return id;
  }

  private Theme theme() {
    return members.themes().get(0);
  }

  @Test
  void aMembersOnlyGroupDoesNotExistForANonMemberEvenByIdOrSlug() {
    long id = newGroup(Visibility.MEMBERS_ONLY, JoinPolicy.ON_REQUEST, "manselme");
    String slug = users.as("manselme", () -> workspaces.open(id).group().getSlug());

    assertThrows(NotFoundException.class, () -> users.as("srosemond", () -> workspaces.open(id)));
    assertThrows(NotFoundException.class, () -> users.as("srosemond", () -> workspaces.open(slug)));
    assertThrows(
        NotFoundException.class, () -> users.as("srosemond", () -> workspaces.members(id)));
    assertThrows(
        NotFoundException.class,
        () -> users.as("srosemond", () -> workspaces.requestToJoin(id, "x")));
    assertFalse(
        users.as("srosemond", () -> workspaces.directory(0, 500).items()).stream()
            .anyMatch(g -> g.getId() == id));
    assertFalse(
        users.as("srosemond", () -> workspaces.groupsOf(users.memberId("manselme"))).stream()
            .anyMatch(ms -> ms.getGroup().getId() == id));
    // The administrator and the members see it.
    assertEquals(id, users.as("jvalcin", () -> workspaces.open(id).group().getId()));
  }

  @Test
  void anOpenGroupIsJoinedAtOnceAsContributor() {
    long id = newGroup(Visibility.NETWORK, JoinPolicy.OPEN, "flarcher");
    users.as("lsaintprix", () -> workspaces.join(id));
    assertEquals(
        GroupRole.CONTRIBUTOR, users.as("lsaintprix", () -> workspaces.open(id).access().role()));
    DomainException twice =
        assertThrows(
            DomainException.class, () -> users.as("lsaintprix", () -> workspaces.join(id)));
    assertEquals("group.alreadyMember", twice.messageKey());
  }

  @Test
  void aLeadAcceptsOrRefusesJoinRequests() {
    long id = newGroup(Visibility.NETWORK, JoinPolicy.ON_REQUEST, "srosemond");
    assertThrows(DomainException.class, () -> users.as("edorival", () -> workspaces.join(id)));
    users.as("edorival", () -> workspaces.requestToJoin(id, "Coordonnateur au Lamentin"));
    users.as("amondesir", () -> workspaces.requestToJoin(id, null));
    DomainException again =
        assertThrows(
            DomainException.class,
            () -> users.as("edorival", () -> workspaces.requestToJoin(id, "")));
    assertEquals("joinRequest.alreadyPending", again.messageKey());

    // Only the lead sees and answers the requests.
    assertThrows(
        AccessDeniedException.class,
        () -> users.as("edorival", () -> workspaces.pendingRequests(id)));
    var requests = users.as("srosemond", () -> workspaces.pendingRequests(id));
    assertEquals(2, requests.size());
    JoinRequest fromEric =
        requests.stream()
            .filter(r -> r.getMember().getId() == users.memberId("edorival"))
            .findFirst()
            .orElseThrow();
    JoinRequest fromAlex = requests.stream().filter(r -> r != fromEric).findFirst().orElseThrow();
    assertThrows(
        AccessDeniedException.class,
        () -> users.as("amondesir", () -> workspaces.acceptRequest(fromAlex.getId())));

    users.as("srosemond", () -> workspaces.acceptRequest(fromEric.getId()));
    users.as("srosemond", () -> workspaces.refuseRequest(fromAlex.getId()));
    assertTrue(users.as("edorival", () -> workspaces.open(id).access().isMember()));
    assertFalse(users.as("amondesir", () -> workspaces.open(id).access().isMember()));
    assertTrue(users.as("srosemond", () -> workspaces.pendingRequests(id)).isEmpty());
    DomainException answered =
        assertThrows(
            DomainException.class,
            () -> users.as("srosemond", () -> workspaces.acceptRequest(fromAlex.getId())));
    assertEquals("joinRequest.notPending", answered.messageKey());
  }

  @Test
  void onlyLeadsAndAdministratorsManageMembersAndTheLastLeadStays() {
    long id = newGroup(Visibility.NETWORK, JoinPolicy.ON_REQUEST, "manselme");
    long nadia = users.memberId("nferjule");
    users.as("manselme", () -> workspaces.addMember(id, nadia, GroupRole.CONTRIBUTOR));
    assertThrows(
        AccessDeniedException.class,
        () -> users.as("nferjule", () -> workspaces.changeRole(id, nadia, GroupRole.LEAD)));
    assertThrows(
        AccessDeniedException.class,
        () -> users.as("srosemond", () -> workspaces.addMember(id, nadia, GroupRole.READER)));

    long murielle = users.memberId("manselme");
    DomainException lastLead =
        assertThrows(
            DomainException.class,
            () ->
                users.as("manselme", () -> workspaces.changeRole(id, murielle, GroupRole.READER)));
    assertEquals("group.lastLead", lastLead.messageKey());
    assertThrows(DomainException.class, () -> users.as("manselme", () -> workspaces.leave(id)));

    users.as("jvalcin", () -> workspaces.changeRole(id, nadia, GroupRole.LEAD));
    users.as("manselme", () -> workspaces.leave(id));
    assertEquals(
        1L,
        users.count("SELECT COUNT(ms) FROM Membership ms WHERE ms.group.id = ?1", id),
        "only Nadia is left");
  }

  @Test
  void aDuplicateNameOrSlugIsRefusedAndNothingIsWritten() {
    long id = newGroup(Visibility.NETWORK, JoinPolicy.OPEN, "flarcher");
    String name = users.as("jvalcin", () -> workspaces.open(id).group().getName());
    long before = users.count("SELECT COUNT(g) FROM WorkingGroup g");
    DomainException duplicate =
        assertThrows(
            DomainException.class,
            () ->
                users.as(
                    "jvalcin",
                    () -> {
                      GroupForm form = new GroupForm();
                      form.setName(name.toUpperCase());
                      form.setSlug("autre-" + UUID.randomUUID().toString().substring(0, 6));
                      form.setThemeId(theme().getId());
                      return groups.create(form);
                    }));
    assertEquals("group.nameOrSlugTaken", duplicate.messageKey());
    assertEquals(before, users.count("SELECT COUNT(g) FROM WorkingGroup g"));
  }

  @Test
  void hostileTextIsStoredAsTextAndOversizedTextIsRefused() {
    long id = newGroup(Visibility.NETWORK, JoinPolicy.OPEN, "flarcher");
    int version = users.as("flarcher", () -> workspaces.open(id).group().getVersion());
    String hostile = "<script>alert('x')</script> '; DROP TABLE member; --";
    users.as("flarcher", () -> workspaces.describe(id, version, hostile));
    assertEquals(hostile, users.as("flarcher", () -> workspaces.open(id).group().getDescription()));

    int next = users.as("flarcher", () -> workspaces.open(id).group().getVersion());
    DomainException tooLong =
        assertThrows(
            DomainException.class,
            () -> users.as("flarcher", () -> workspaces.describe(id, next, "x".repeat(10_000))));
    assertEquals("field.tooLong", tooLong.messageKey());
    assertEquals(hostile, users.as("flarcher", () -> workspaces.open(id).group().getDescription()));
  }

  @Test
  void aStaleEditIsRefusedInsteadOfOverwriting() {
    long id = newGroup(Visibility.NETWORK, JoinPolicy.OPEN, "flarcher");
    int loaded = users.as("flarcher", () -> workspaces.open(id).group().getVersion());
    users.as("jvalcin", () -> workspaces.describe(id, loaded, "Version de Josette"));
    assertThrows(
        org.cohesion.platform.domain.ConcurrentChangeException.class,
        () -> users.as("flarcher", () -> workspaces.describe(id, loaded, "Version de Fabrice")));
    assertEquals(
        "Version de Josette",
        users.as("flarcher", () -> workspaces.open(id).group().getDescription()));
  }
}
