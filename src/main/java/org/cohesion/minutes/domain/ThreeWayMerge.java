package org.cohesion.minutes.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.cohesion.platform.text.Diff3;

/**
 * Three-way merge of minutes, paragraph by paragraph: {@code base} is the revision both people
 * started from, {@code mine} what the person saving sends, {@code theirs} what was saved meanwhile.
 * A pure, deterministic function (no I/O, no clock, no state). The rules, also in {@code
 * docs/minutes-merge.md}:
 *
 * <ol>
 *   <li><b>Sections are matched by key.</b> A section added on one side is kept. A section deleted
 *       on one side and unchanged on the other is deleted. Deleted on one side and changed on the
 *       other (title or blocks) is a conflict ({@link SectionConflict.Kind#DELETED_BY_MINE} or
 *       {@link SectionConflict.Kind#DELETED_BY_THEIRS}). A section added on both sides with the
 *       same key is merged against an empty base.
 *   <li><b>Titles</b> merge as three-way scalars: taken from the side that changed it; both changed
 *       it differently: conflict.
 *   <li><b>Blocks</b> merge three-way against the base's blocks: the changes base→mine and
 *       base→theirs (java-diff-utils) are both applied when they touch disjoint base ranges
 *       (changes to adjacent paragraphs merge; an insertion next to a paragraph changed by the
 *       other side merges); the same change on both sides is taken once; changes of both sides to
 *       overlapping ranges that differ, or different insertions at the same point, are a conflict.
 *   <li><b>Section order</b> is a three-way merge of the key sequences, so that one side moving
 *       sections while the other edits inside them merges cleanly. Order never makes a conflict:
 *       where both sides moved the same sections differently, mine's order wins; sections inserted
 *       by both sides at the same point come mine's first, then theirs'. A section kept only
 *       because of a conflict takes its place after its predecessor in mine's (else theirs') order.
 *   <li><b>Conflicts.</b> {@code merged} holds everything that merged cleanly and, for each section
 *       in conflict, mine's version of it whole (title and blocks; absent when mine deleted it):
 *       the person's own text is never dropped. Each {@link SectionConflict} carries the base, mine
 *       and theirs for a side-by-side view; theirs' changes to a conflicting section are only
 *       there. Conflicts come in the merged order, then those of sections mine deleted in base
 *       order.
 * </ol>
 */
public final class ThreeWayMerge {

  private ThreeWayMerge() {}

  public static MergeResult merge(MinutesText base, MinutesText mine, MinutesText theirs) {
    Objects.requireNonNull(base, "base");
    Objects.requireNonNull(mine, "mine");
    Objects.requireNonNull(theirs, "theirs");
    if (mine.equals(theirs) || theirs.equals(base)) {
      return new MergeResult(mine, List.of());
    }
    if (mine.equals(base)) {
      return new MergeResult(theirs, List.of());
    }

    Map<String, Section> b = byKey(base);
    Map<String, Section> m = byKey(mine);
    Map<String, Section> t = byKey(theirs);

    // 1. What becomes of each key, and the content of the sections that stay.
    Map<String, Section> kept = new HashMap<>();
    Map<String, SectionConflict> conflicts = new HashMap<>();
    Set<String> allKeys = new HashSet<>();
    allKeys.addAll(b.keySet());
    allKeys.addAll(m.keySet());
    allKeys.addAll(t.keySet());
    for (String key : allKeys) {
      Section bs = b.get(key);
      Section ms = m.get(key);
      Section ts = t.get(key);
      if (ms != null && ts != null) {
        mergeSection(key, bs, ms, ts, kept, conflicts);
      } else if (ms != null) { // absent from theirs
        if (bs == null) {
          kept.put(key, ms); // added by mine
        } else if (!ms.equals(bs)) {
          kept.put(key, ms);
          conflicts.put(key, deleted(SectionConflict.Kind.DELETED_BY_THEIRS, bs, ms, null));
        } // else: deleted by theirs, unchanged by mine
      } else if (ts != null) { // absent from mine
        if (bs == null) {
          kept.put(key, ts); // added by theirs
        } else if (!ts.equals(bs)) {
          conflicts.put(key, deleted(SectionConflict.Kind.DELETED_BY_MINE, bs, null, ts));
        } // else: deleted by mine, unchanged by theirs
      } // else: deleted on both sides
    }

    // 2. The order of the sections that stay.
    List<String> order = mergeOrder(base.keys(), mine.keys(), theirs.keys(), kept.keySet());
    List<Section> sections = new ArrayList<>(order.size());
    for (String key : order) {
      sections.add(kept.get(key));
    }

    // 3. Conflicts in merged order, then those of sections mine deleted, in base order.
    List<SectionConflict> conflictList = new ArrayList<>();
    for (String key : order) {
      if (conflicts.containsKey(key)) {
        conflictList.add(conflicts.get(key));
      }
    }
    for (String key : base.keys()) {
      SectionConflict c = conflicts.get(key);
      if (c != null && c.kind() == SectionConflict.Kind.DELETED_BY_MINE) {
        conflictList.add(c);
      }
    }
    return new MergeResult(MinutesText.of(sections), conflictList);
  }

  private static void mergeSection(
      String key,
      Section bs,
      Section ms,
      Section ts,
      Map<String, Section> kept,
      Map<String, SectionConflict> conflicts) {
    if (ms.equals(ts) || (bs != null && ts.equals(bs))) {
      kept.put(key, ms);
      return;
    }
    if (bs != null && ms.equals(bs)) {
      kept.put(key, ts);
      return;
    }
    String baseTitle = bs == null ? null : bs.title();
    List<String> baseBlocks = bs == null ? List.of() : bs.blocks();

    String title;
    boolean titleConflict = false;
    if (ms.title().equals(ts.title()) || ts.title().equals(baseTitle)) {
      title = ms.title();
    } else if (ms.title().equals(baseTitle)) {
      title = ts.title();
    } else {
      title = ms.title();
      titleConflict = true;
    }
    List<String> blocks =
        Diff3.cleanResult(Diff3.merge(baseBlocks, ms.blocks(), ts.blocks())); // null: conflict
    if (titleConflict || blocks == null) {
      kept.put(key, ms);
      conflicts.put(
          key,
          new SectionConflict(
              key,
              ms.title(),
              baseBlocks,
              ms.blocks(),
              ts.blocks(),
              SectionConflict.Kind.CONTENT,
              baseTitle,
              ms.title(),
              ts.title()));
    } else {
      kept.put(key, new Section(key, title, blocks));
    }
  }

  private static SectionConflict deleted(
      SectionConflict.Kind kind, Section bs, Section ms, Section ts) {
    Section shown = ms != null ? ms : ts;
    return new SectionConflict(
        bs.key(),
        shown.title(),
        bs.blocks(),
        ms == null ? List.of() : ms.blocks(),
        ts == null ? List.of() : ts.blocks(),
        kind,
        bs.title(),
        ms == null ? null : ms.title(),
        ts == null ? null : ts.title());
  }

  /**
   * Three-way merge of the key sequences, then: keys that do not stay are removed; a key present
   * twice (both sides moved it) keeps mine's place, else theirs'; a key that stays but fell out
   * (kept because of a conflict) goes after its predecessor in mine's, else theirs', order.
   */
  static List<String> mergeOrder(
      List<String> base, List<String> mine, List<String> theirs, Set<String> kept) {
    // Each key of the merged sequence with the side it comes from: 0 mine, 1 theirs, 2 base.
    List<String> keys = new ArrayList<>();
    List<Integer> origins = new ArrayList<>();
    for (Diff3.Chunk<String> c : Diff3.merge(base, mine, theirs)) {
      if (!c.conflict()) {
        boolean fromBase = c.merged().equals(c.base());
        boolean fromMine = c.merged().equals(c.mine());
        for (String k : c.merged()) {
          keys.add(k);
          origins.add(fromBase ? 2 : fromMine ? 0 : 1);
        }
      } else {
        for (String k : c.mine()) {
          keys.add(k);
          origins.add(0);
        }
        for (String k : c.theirs()) {
          keys.add(k);
          origins.add(1);
        }
      }
    }
    // The best place of each key.
    Map<String, Integer> best = new HashMap<>();
    for (int i = 0; i < keys.size(); i++) {
      String k = keys.get(i);
      if (!kept.contains(k)) {
        continue;
      }
      Integer current = best.get(k);
      if (current == null || origins.get(i) < origins.get(current)) {
        best.put(k, i);
      }
    }
    LinkedHashMap<String, Boolean> ordered = new LinkedHashMap<>();
    for (int i = 0; i < keys.size(); i++) {
      String k = keys.get(i);
      if (best.containsKey(k) && best.get(k) == i) {
        ordered.put(k, Boolean.TRUE);
      }
    }
    List<String> result = new ArrayList<>(ordered.keySet());
    for (List<String> side : List.of(mine, theirs)) {
      for (int i = 0; i < side.size(); i++) {
        String k = side.get(i);
        if (!kept.contains(k) || result.contains(k)) {
          continue;
        }
        int at = 0;
        for (int p = i - 1; p >= 0; p--) {
          int index = result.indexOf(side.get(p));
          if (index >= 0) {
            at = index + 1;
            break;
          }
        }
        result.add(at, k);
      }
    }
    return result;
  }

  private static Map<String, Section> byKey(MinutesText text) {
    Map<String, Section> map = new HashMap<>();
    for (Section s : text.sections()) {
      map.put(s.key(), s);
    }
    return map;
  }
}
