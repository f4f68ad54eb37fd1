package org.cohesion.minutes.application;

import java.io.Serializable;
import java.util.List;
import org.cohesion.minutes.domain.MinutesText;
import org.cohesion.minutes.domain.SectionConflict;

/**
 * What became of a save. SAVED and MERGED wrote a new revision ({@code headNumber}); UNCHANGED
 * wrote nothing because nothing changed; CONFLICT wrote nothing either: {@code text} holds
 * everything that merged cleanly with the author's own text in each conflicting section, and {@code
 * conflicts} shows "yours" and "theirs" side by side. The author resolves, then saves again based
 * on {@code headNumber}.
 */
public record SaveOutcome(
    Kind kind, int headNumber, MinutesText text, List<SectionConflict> conflicts)
    implements Serializable {

  public enum Kind {
    SAVED,
    MERGED,
    UNCHANGED,
    CONFLICT
  }

  public SaveOutcome {
    conflicts = List.copyOf(conflicts);
  }

  public boolean written() {
    return kind == Kind.SAVED || kind == Kind.MERGED;
  }
}
