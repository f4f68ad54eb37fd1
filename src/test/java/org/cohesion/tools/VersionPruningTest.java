package org.cohesion.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import org.cohesion.network.domain.Member;
import org.cohesion.tools.domain.Confidentiality;
import org.cohesion.tools.domain.DocumentType;
import org.cohesion.tools.domain.DocumentVersion;
import org.cohesion.tools.domain.DublinCore;
import org.cohesion.tools.domain.StoredFile;
import org.cohesion.tools.domain.ToolDocument;
import org.junit.jupiter.api.Test;

/**
 * The pruning rule: named versions are kept for ever, the latest always, and of the unnamed ones
 * the newest {@code keep}; the rest, oldest, are pruned.
 */
class VersionPruningTest {

  private static ToolDocument document(int versions, int... named) {
    Member by = new Member("Lead Versions", "lead@example.org");
    ToolDocument doc =
        new ToolDocument(
            null,
            new DublinCore(
                "Guide",
                null,
                null,
                null,
                DocumentType.GUIDE,
                "fr",
                null,
                null,
                null,
                Confidentiality.NETWORK),
            by,
            Instant.EPOCH);
    for (int i = 1; i <= versions; i++) {
      DocumentVersion v =
          doc.addVersion(
              new StoredFile("sha" + i, "v" + i + ".pdf", "application/pdf", 1, "", null, false),
              null,
              null,
              by,
              Instant.EPOCH);
      for (int n : named) {
        if (n == i) {
          v.name("version " + i);
        }
      }
    }
    return doc;
  }

  private static List<Integer> numbers(List<DocumentVersion> versions) {
    return versions.stream().map(DocumentVersion::getNumber).toList();
  }

  @Test
  void theOldestUnnamedVersionsPastTheKeptOnesGo() {
    assertEquals(List.of(2, 1), numbers(document(5).prunable(3)));
    assertEquals(List.of(), numbers(document(3).prunable(3)));
  }

  @Test
  void namedVersionsAreKeptForEverAndDoNotTakeAnUnnamedOnesPlace() {
    // 1 and 3 named: the unnamed are 6, 5, 4, 2; three kept, 2 goes.
    assertEquals(List.of(2), numbers(document(6, 1, 3).prunable(3)));
  }

  @Test
  void theLatestVersionIsAlwaysKept() {
    assertEquals(List.of(3, 2, 1), numbers(document(4).prunable(0)));
    // A named latest version leaves every unnamed slot to the older ones.
    assertEquals(List.of(1), numbers(document(4, 4).prunable(2)));
  }
}
