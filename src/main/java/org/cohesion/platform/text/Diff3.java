package org.cohesion.platform.text;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A three-way merge of sequences (blocks of a minutes section, keys of the sections, paragraphs of
 * an experience sheet's part) against their common base, built on java-diff-utils (Myers): the
 * changes base→mine and base→theirs are turned into hunks on base ranges; hunks of both sides that
 * touch are grouped; a group with one side's hunks only is applied, a group where both sides end
 * with the same sequence is taken once, any other group is a conflict.
 *
 * <p>Two hunks touch when their base ranges overlap, when one inserts strictly inside the range the
 * other replaces, or when both insert at the same point. Changes on adjacent ranges, or an
 * insertion just before or just after a range changed by the other side, do not touch.
 */
public final class Diff3 {

  private Diff3() {}

  /** A run of the result: clean ({@code merged}) or a conflict (the three versions of the run). */
  public record Chunk<T>(
      boolean conflict, List<T> merged, List<T> base, List<T> mine, List<T> theirs) {}

  private record Hunk<T>(int start, int end, List<T> replacement, boolean mine) {
    boolean insertion() {
      return start == end;
    }
  }

  public static <T> List<Chunk<T>> merge(List<T> base, List<T> mine, List<T> theirs) {
    List<Hunk<T>> hunks = new ArrayList<>();
    hunks(base, mine, true, hunks);
    hunks(base, theirs, false, hunks);
    hunks.sort(
        Comparator.<Hunk<T>>comparingInt(Hunk::start)
            .thenComparingInt(Hunk::end)
            .thenComparing(h -> !h.mine()));

    List<Chunk<T>> chunks = new ArrayList<>();
    int position = 0; // next base index not yet emitted
    int i = 0;
    while (i < hunks.size()) {
      // Group the hunks that touch, transitively.
      int groupStart = hunks.get(i).start();
      int groupEnd = hunks.get(i).end();
      int j = i + 1;
      while (j < hunks.size() && touches(groupStart, groupEnd, hunks.get(j))) {
        groupEnd = Math.max(groupEnd, hunks.get(j).end());
        j++;
      }
      List<Hunk<T>> group = hunks.subList(i, j);
      if (position < groupStart) {
        chunks.add(stable(base.subList(position, groupStart)));
      }
      List<T> baseRun = base.subList(groupStart, groupEnd);
      List<T> mineRun = apply(base, groupStart, groupEnd, group, true);
      List<T> theirsRun = apply(base, groupStart, groupEnd, group, false);
      boolean byMine = group.stream().anyMatch(Hunk::mine);
      boolean byTheirs = group.stream().anyMatch(h -> !h.mine());
      if (!byTheirs || mineRun.equals(theirsRun)) {
        chunks.add(new Chunk<>(false, mineRun, baseRun, mineRun, theirsRun));
      } else if (!byMine) {
        chunks.add(new Chunk<>(false, theirsRun, baseRun, mineRun, theirsRun));
      } else {
        chunks.add(new Chunk<>(true, mineRun, baseRun, mineRun, theirsRun));
      }
      position = groupEnd;
      i = j;
    }
    if (position < base.size()) {
      chunks.add(stable(base.subList(position, base.size())));
    }
    return chunks;
  }

  /** The clean result, or {@code null} when a chunk is in conflict. */
  public static <T> List<T> cleanResult(List<Chunk<T>> chunks) {
    List<T> out = new ArrayList<>();
    for (Chunk<T> c : chunks) {
      if (c.conflict()) {
        return null;
      }
      out.addAll(c.merged());
    }
    return out;
  }

  private static <T> Chunk<T> stable(List<T> run) {
    List<T> copy = List.copyOf(run);
    return new Chunk<>(false, copy, copy, copy, copy);
  }

  private static boolean touches(int groupStart, int groupEnd, Hunk<?> h) {
    if (groupStart == groupEnd) { // the group is insertions at one point
      return h.start() == groupStart && h.insertion();
    }
    if (h.insertion()) {
      return h.start() > groupStart && h.start() < groupEnd;
    }
    return h.start() < groupEnd;
  }

  private static <T> void hunks(List<T> base, List<T> side, boolean mine, List<Hunk<T>> out) {
    for (AbstractDelta<T> d : DiffUtils.diff(base, side).getDeltas()) {
      int start = d.getSource().getPosition();
      int end = start + d.getSource().size();
      out.add(new Hunk<>(start, end, List.copyOf(d.getTarget().getLines()), mine));
    }
  }

  /** Base range [from, to) with one side's hunks of the group applied. */
  private static <T> List<T> apply(
      List<T> base, int from, int to, List<Hunk<T>> group, boolean mine) {
    List<T> out = new ArrayList<>();
    int position = from;
    for (Hunk<T> h : group) {
      if (h.mine() != mine) {
        continue;
      }
      out.addAll(base.subList(position, h.start()));
      out.addAll(h.replacement());
      position = h.end();
    }
    out.addAll(base.subList(position, to));
    return out;
  }
}
