package org.cohesion.workspace.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Constructor;
import java.time.Instant;
import org.cohesion.network.domain.Member;
import org.cohesion.network.domain.Theme;
import org.cohesion.platform.domain.DomainException;
import org.junit.jupiter.api.Test;

/** The membership and join-request rules, without a server. */
class WorkingGroupTest {
  private final Member lead = new Member("Murielle Anselme", "m@example.org");
  private final Member other = new Member("Rodolphe Célestine", "r@example.org");
  private final Member newcomer = new Member("Nadia Ferjule", "n@example.org");

  private static Theme theme() throws Exception {
    Constructor<Theme> c = Theme.class.getDeclaredConstructor();
    c.setAccessible(true);
    return c.newInstance();
  }

  private WorkingGroup group(Visibility visibility, JoinPolicy policy) throws Exception {
    WorkingGroup group = new WorkingGroup("Évaluation", "evaluation", theme());
    group.changeAccess(visibility, policy);
    group.addMember(lead, GroupRole.LEAD);
    return group;
  }

  private static String key(Runnable action) {
    return assertThrows(DomainException.class, action::run).messageKey();
  }

  @Test
  void aPersonIsInAGroupOnceWithOneRole() throws Exception {
    WorkingGroup group = group(Visibility.NETWORK, JoinPolicy.ON_REQUEST);
    group.addMember(other, GroupRole.READER);
    assertEquals("group.alreadyMember", key(() -> group.addMember(other, GroupRole.CONTRIBUTOR)));
    group.changeRole(other, GroupRole.CONTRIBUTOR);
    assertEquals(GroupRole.CONTRIBUTOR, group.roleOf(other).orElseThrow());
    assertEquals("group.notMember", key(() -> group.changeRole(newcomer, GroupRole.READER)));
  }

  @Test
  void theLastLeadCanNeitherStepDownNorLeave() throws Exception {
    WorkingGroup group = group(Visibility.NETWORK, JoinPolicy.ON_REQUEST);
    assertEquals("group.lastLead", key(() -> group.changeRole(lead, GroupRole.CONTRIBUTOR)));
    assertEquals("group.lastLead", key(() -> group.removeMember(lead)));
    group.addMember(other, GroupRole.LEAD);
    group.changeRole(lead, GroupRole.READER);
    group.removeMember(lead);
    assertEquals(1, group.getMemberships().size());
  }

  @Test
  void onlyOpenNetworkGroupsCanBeJoinedDirectly() throws Exception {
    assertEquals(
        "group.notOpen",
        key(() -> uncheck(() -> group(Visibility.NETWORK, JoinPolicy.ON_REQUEST)).join(newcomer)));
    assertEquals(
        "group.notOpen",
        key(() -> uncheck(() -> group(Visibility.MEMBERS_ONLY, JoinPolicy.OPEN)).join(newcomer)));
    WorkingGroup open = group(Visibility.NETWORK, JoinPolicy.OPEN);
    open.join(newcomer);
    assertEquals(WorkingGroup.ROLE_ON_JOIN, open.roleOf(newcomer).orElseThrow());
  }

  @Test
  void aJoinRequestIsAnsweredOnceAndAcceptanceMakesAMember() throws Exception {
    WorkingGroup group = group(Visibility.NETWORK, JoinPolicy.ON_REQUEST);
    assertEquals("group.alreadyMember", key(() -> group.requestToJoin(lead, null)));
    JoinRequest request = group.requestToJoin(newcomer, "  Bonjour  ");
    assertEquals("Bonjour", request.getMessage());
    assertEquals(JoinRequest.Status.PENDING, request.getStatus());
    request.accept(lead, Instant.EPOCH);
    assertEquals(JoinRequest.Status.ACCEPTED, request.getStatus());
    assertTrue(group.roleOf(newcomer).isPresent());
    assertEquals("joinRequest.notPending", key(() -> request.refuse(lead, Instant.EPOCH)));

    JoinRequest refused = group.requestToJoin(other, null);
    refused.refuse(lead, Instant.EPOCH);
    assertTrue(group.roleOf(other).isEmpty());
    assertEquals("joinRequest.notPending", key(() -> refused.withdraw(Instant.EPOCH)));
  }

  @Test
  void membersOnlyGroupsTakeNoRequestsAndLongMessagesAreRefused() throws Exception {
    WorkingGroup hidden = group(Visibility.MEMBERS_ONLY, JoinPolicy.ON_REQUEST);
    assertEquals("group.notOpen", key(() -> hidden.requestToJoin(newcomer, null)));
    WorkingGroup visible = group(Visibility.NETWORK, JoinPolicy.ON_REQUEST);
    assertEquals("field.tooLong", key(() -> visible.requestToJoin(newcomer, "x".repeat(1001))));
  }

  private static WorkingGroup uncheck(java.util.concurrent.Callable<WorkingGroup> c) {
    try {
      return c.call();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
