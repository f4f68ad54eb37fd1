package org.cohesion.workspace.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumSet;
import org.cohesion.platform.security.Caller;
import org.cohesion.platform.security.PlatformRole;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The rights of each kind of caller on each kind of group. */
class GroupAccessTest {

  private static GroupAccess access(String caller, String visibility, String policy) {
    boolean signedIn = !caller.equals("anonymous");
    boolean admin = caller.equals("admin");
    GroupRole role =
        switch (caller) {
          case "lead" -> GroupRole.LEAD;
          case "contributor" -> GroupRole.CONTRIBUTOR;
          case "reader" -> GroupRole.READER;
          default -> null;
        };
    Caller who =
        signedIn
            ? new Caller(
                1L,
                1L,
                "x",
                admin ? EnumSet.of(PlatformRole.ADMINISTRATOR) : EnumSet.of(PlatformRole.MEMBER))
            : Caller.anonymous();
    return new GroupAccess(
        who.isAuthenticated(),
        who.isAdministrator(),
        Visibility.valueOf(visibility),
        JoinPolicy.valueOf(policy),
        role,
        false);
  }

  @ParameterizedTest(
      name = "{0} on a {1}/{2} group: see={3} read={4} contribute={5} manage={6} join={7} ask={8}")
  @CsvSource({
    "anonymous,   NETWORK,      OPEN,       false, false, false, false, false, false",
    "outsider,    NETWORK,      OPEN,       true,  false, false, false, true,  false",
    "outsider,    NETWORK,      ON_REQUEST, true,  false, false, false, false, true",
    "outsider,    MEMBERS_ONLY, ON_REQUEST, false, false, false, false, false, false",
    "outsider,    MEMBERS_ONLY, OPEN,       false, false, false, false, false, false",
    "reader,      MEMBERS_ONLY, ON_REQUEST, true,  true,  false, false, false, false",
    "contributor, MEMBERS_ONLY, ON_REQUEST, true,  true,  true,  false, false, false",
    "lead,        MEMBERS_ONLY, ON_REQUEST, true,  true,  true,  true,  false, false",
    "lead,        NETWORK,      OPEN,       true,  true,  true,  true,  false, false",
    "admin,       MEMBERS_ONLY, ON_REQUEST, true,  true,  false, true,  false, false",
    "admin,       NETWORK,      OPEN,       true,  true,  false, true,  true,  false",
  })
  void rights(
      String caller,
      String visibility,
      String policy,
      boolean see,
      boolean read,
      boolean contribute,
      boolean manage,
      boolean join,
      boolean ask) {
    GroupAccess access = access(caller, visibility, policy);
    assertEquals(see, access.canSee(), "see");
    assertEquals(read, access.canRead(), "read");
    assertEquals(contribute, access.canContribute(), "contribute");
    assertEquals(manage, access.canManage(), "manage");
    assertEquals(join, access.canJoin(), "join");
    assertEquals(ask, access.canRequestToJoin(), "ask to join");
  }
}
