package org.cohesion.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumSet;
import org.cohesion.platform.security.Caller;
import org.cohesion.platform.security.PlatformRole;
import org.cohesion.tools.domain.Confidentiality;
import org.cohesion.tools.domain.DocumentAccess;
import org.cohesion.workspace.domain.GroupAccess;
import org.cohesion.workspace.domain.GroupRole;
import org.cohesion.workspace.domain.JoinPolicy;
import org.cohesion.workspace.domain.Visibility;
import org.junit.jupiter.api.Test;

/** Who reads and who changes a document, for every confidentiality and kind of caller. */
class DocumentAccessTest {

  private static final Caller MEMBER = new Caller(1L, 1L, "m", EnumSet.of(PlatformRole.MEMBER));
  private static final Caller STAFF = new Caller(2L, 2L, "s", EnumSet.of(PlatformRole.STAFF));

  private static GroupAccess group(Caller c, GroupRole role) {
    return new GroupAccess(
        c.isAuthenticated(), c.isAdministrator(), Visibility.NETWORK, JoinPolicy.OPEN, role, false);
  }

  private static String reads(Caller caller, GroupRole role, boolean inGroup) {
    StringBuilder out = new StringBuilder();
    for (Confidentiality c : Confidentiality.values()) {
      GroupAccess g = inGroup && caller.isAuthenticated() ? group(caller, role) : null;
      out.append(DocumentAccess.of(caller, c, g).canRead() ? 'R' : '-');
    }
    return out.toString();
  }

  @Test
  void readingFollowsConfidentiality() {
    // GROUP, NETWORK, PUBLIC
    assertEquals("RRR", reads(MEMBER, GroupRole.READER, true));
    assertEquals("-RR", reads(MEMBER, null, true));
    assertEquals("-RR", reads(STAFF, null, true));
    assertEquals("--R", reads(Caller.anonymous(), null, true));
    assertEquals("--R", reads(Caller.anonymous(), null, false));
  }

  @Test
  void changingIsForContributorsAndStaff() {
    assertEquals(
        true,
        DocumentAccess.of(MEMBER, Confidentiality.GROUP, group(MEMBER, GroupRole.CONTRIBUTOR))
            .canChange());
    assertEquals(
        false,
        DocumentAccess.of(MEMBER, Confidentiality.GROUP, group(MEMBER, GroupRole.READER))
            .canChange());
    assertEquals(false, DocumentAccess.of(MEMBER, Confidentiality.NETWORK, null).canChange());
    assertEquals(true, DocumentAccess.of(STAFF, Confidentiality.NETWORK, null).canChange());
    assertEquals(false, DocumentAccess.canAdd(MEMBER, null));
    assertEquals(true, DocumentAccess.canAdd(STAFF, null));
    assertEquals(false, DocumentAccess.allowed(Confidentiality.GROUP, false));
  }
}
