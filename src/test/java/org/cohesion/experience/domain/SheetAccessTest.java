package org.cohesion.experience.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.cohesion.workspace.domain.GroupAccess;
import org.cohesion.workspace.domain.GroupRole;
import org.cohesion.workspace.domain.JoinPolicy;
import org.cohesion.workspace.domain.Visibility;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The confidentiality matrix as rules: every level × every kind of reader. */
class SheetAccessTest {

  enum Reader {
    AUTHOR,
    GROUP_READER,
    COORDINATOR_ELSEWHERE,
    MEMBER_OUTSIDE,
    STAFF,
    ADMINISTRATOR,
    ANONYMOUS
  }

  private static SheetAccess access(Reader r, SheetConfidentiality level, SheetStatus status) {
    boolean signedIn = r != Reader.ANONYMOUS;
    GroupRole role =
        switch (r) {
          case AUTHOR -> GroupRole.CONTRIBUTOR;
          case GROUP_READER -> GroupRole.READER;
          default -> null;
        };
    GroupAccess group =
        new GroupAccess(
            signedIn,
            r == Reader.ADMINISTRATOR,
            Visibility.NETWORK,
            JoinPolicy.ON_REQUEST,
            role,
            false);
    return new SheetAccess(
        signedIn,
        r == Reader.STAFF,
        r == Reader.ADMINISTRATOR,
        group,
        r == Reader.COORDINATOR_ELSEWHERE,
        r == Reader.AUTHOR,
        status,
        level,
        status == SheetStatus.PUBLISHED);
  }

  /** Who reads a published sheet, by level: A G C M S D N (D = administrator, N = anonymous). */
  private static final Map<SheetConfidentiality, String> PUBLISHED =
      Map.of(
          SheetConfidentiality.GROUP, "YY---Y-",
          SheetConfidentiality.COORDINATORS, "YYY-YY-",
          SheetConfidentiality.NETWORK, "YYYYYY-",
          SheetConfidentiality.PUBLIC, "YYYYYYY");

  @ParameterizedTest
  @EnumSource(SheetConfidentiality.class)
  void aPublishedSheetIsReadByItsLevelsReadersOnly(SheetConfidentiality level) {
    StringBuilder seen = new StringBuilder();
    for (Reader r : Reader.values()) {
      seen.append(access(r, level, SheetStatus.PUBLISHED).canReadPublished() ? 'Y' : '-');
    }
    assertEquals(PUBLISHED.get(level), seen.toString(), level.name());
  }

  @ParameterizedTest
  @EnumSource(SheetConfidentiality.class)
  void aDraftIsTheGroupsWhateverItsLevel(SheetConfidentiality level) {
    StringBuilder seen = new StringBuilder();
    StringBuilder submitted = new StringBuilder();
    for (Reader r : Reader.values()) {
      seen.append(access(r, level, SheetStatus.DRAFT).canSee() ? 'Y' : '-');
      submitted.append(access(r, level, SheetStatus.SUBMITTED).canSee() ? 'Y' : '-');
    }
    assertEquals("YY---Y-", seen.toString(), "draft at " + level);
    assertEquals("YY--YY-", submitted.toString(), "the staff read what waits for review");
  }

  @ParameterizedTest
  @EnumSource(Reader.class)
  void onlyWritersWriteOnlyLeadsStaffAndAdministratorsReview(Reader r) {
    SheetAccess a = access(r, SheetConfidentiality.NETWORK, SheetStatus.SUBMITTED);
    boolean writes = r == Reader.AUTHOR || r == Reader.ADMINISTRATOR;
    boolean reviews = r == Reader.STAFF || r == Reader.ADMINISTRATOR;
    assertEquals(writes, a.canWrite(), "write " + r);
    assertEquals(reviews, a.canReview(), "review " + r);
    assertEquals(
        false,
        access(r, SheetConfidentiality.NETWORK, SheetStatus.DRAFT).canReview(),
        "nothing to review in a draft");
  }
}
