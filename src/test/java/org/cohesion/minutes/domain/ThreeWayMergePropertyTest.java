package org.cohesion.minutes.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Random edits: a base of N paragraphs; each paragraph is given to at most one side, which may
 * modify it, delete it or insert a new paragraph after it. Such edits are disjoint, so the merge
 * must be clean and equal to the base with both sides' edits applied. The seeds are fixed
 * (repeatable).
 */
class ThreeWayMergePropertyTest {

  private enum Op {
    NONE,
    MODIFY,
    DELETE,
    INSERT_AFTER,
    MODIFY_AND_INSERT_AFTER
  }

  @Test
  void disjointRandomEditsOfOneSectionAlwaysMergeWithBothSidesEdits() {
    for (long seed = 1; seed <= 400; seed++) {
      Random random = new Random(seed);
      int n = 1 + random.nextInt(40);
      List<String> base = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        base.add("<p>base " + i + " " + random.nextInt(1000) + "</p>");
      }
      Op[] mineOps = new Op[n];
      Op[] theirsOps = new Op[n];
      for (int i = 0; i < n; i++) {
        Op op = Op.values()[random.nextInt(Op.values().length)];
        int owner = random.nextInt(3); // 0 nobody, 1 mine, 2 theirs
        mineOps[i] = owner == 1 ? op : Op.NONE;
        theirsOps[i] = owner == 2 ? op : Op.NONE;
      }
      List<String> mine = apply(base, mineOps, "mine");
      List<String> theirs = apply(base, theirsOps, "theirs");
      List<String> expected = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        Op op = mineOps[i] != Op.NONE ? mineOps[i] : theirsOps[i];
        String side = mineOps[i] != Op.NONE ? "mine" : "theirs";
        applyOne(base.get(i), i, op, side, expected);
      }

      MinutesText b = MinutesText.of(List.of(new Section("item-1", "T", base)));
      MinutesText m = MinutesText.of(List.of(new Section("item-1", "T", mine)));
      MinutesText t = MinutesText.of(List.of(new Section("item-1", "T", theirs)));
      MergeResult r = ThreeWayMerge.merge(b, m, t);
      assertTrue(r.clean(), "seed " + seed + ": " + r.conflicts());
      assertEquals(expected, r.merged().section("item-1").orElseThrow().blocks(), "seed " + seed);
      // symmetric
      MergeResult back = ThreeWayMerge.merge(b, t, m);
      assertTrue(back.clean(), "seed " + seed);
      assertEquals(expected, back.merged().section("item-1").orElseThrow().blocks());
    }
  }

  @Test
  void randomEditsInRandomSectionsWithOneSideReorderingMergeCleanly() {
    for (long seed = 1; seed <= 100; seed++) {
      Random random = new Random(seed);
      int sections = 2 + random.nextInt(8);
      List<Section> base = new ArrayList<>();
      for (int s = 0; s < sections; s++) {
        List<String> blocks = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
          blocks.add("<p>s" + s + " p" + i + "</p>");
        }
        base.add(new Section("item-" + s, "Point " + s, blocks));
      }
      // mine edits the first paragraph of some sections; theirs shuffles the sections and edits
      // the last paragraph of some sections
      List<Section> mine = new ArrayList<>();
      List<Section> theirs = new ArrayList<>();
      List<Section> expected = new ArrayList<>();
      for (Section s : base) {
        List<String> mb = new ArrayList<>(s.blocks());
        List<String> tb = new ArrayList<>(s.blocks());
        List<String> eb = new ArrayList<>(s.blocks());
        if (random.nextBoolean()) {
          mb.set(0, "<p>mine " + s.key() + "</p>");
          eb.set(0, mb.get(0));
        }
        if (random.nextBoolean()) {
          tb.set(4, "<p>theirs " + s.key() + "</p>");
          eb.set(4, tb.get(4));
        }
        mine.add(s.withBlocks(mb));
        theirs.add(s.withBlocks(tb));
        expected.add(s.withBlocks(eb));
      }
      java.util.Collections.shuffle(theirs, random);
      List<String> theirsOrder = theirs.stream().map(Section::key).toList();
      expected.sort(java.util.Comparator.comparingInt(s -> theirsOrder.indexOf(s.key())));

      MergeResult r =
          ThreeWayMerge.merge(MinutesText.of(base), MinutesText.of(mine), MinutesText.of(theirs));
      assertTrue(r.clean(), "seed " + seed);
      assertEquals(MinutesText.of(expected), r.merged(), "seed " + seed);
    }
  }

  private static List<String> apply(List<String> base, Op[] ops, String side) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < base.size(); i++) {
      applyOne(base.get(i), i, ops[i], side, out);
    }
    return out;
  }

  private static void applyOne(String block, int i, Op op, String side, List<String> out) {
    switch (op) {
      case NONE -> out.add(block);
      case MODIFY -> out.add("<p>" + side + " modified " + i + "</p>");
      case DELETE -> {}
      case INSERT_AFTER -> {
        out.add(block);
        out.add("<p>" + side + " inserted after " + i + "</p>");
      }
      case MODIFY_AND_INSERT_AFTER -> {
        out.add("<p>" + side + " modified " + i + "</p>");
        out.add("<p>" + side + " inserted after " + i + "</p>");
      }
    }
  }
}
