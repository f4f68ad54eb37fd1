package org.cohesion.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import org.cohesion.minutes.domain.HtmlBlocks;
import org.cohesion.minutes.domain.MergeResult;
import org.cohesion.minutes.domain.MinutesText;
import org.cohesion.minutes.domain.RichText;
import org.cohesion.minutes.domain.Section;
import org.cohesion.minutes.domain.ThreeWayMerge;

/**
 * Benchmark of the minutes merge (a measurement, not a test; see bench/merge.sh): minutes of 10
 * sections x 20 paragraphs of about 400 characters; each side edits 10% of the paragraphs. Times
 * the three-way merge without conflict (disjoint edits) and with conflicts (5 paragraphs edited
 * on both sides), plus what a save does around it (sanitise and split, JSON, fingerprint).
 * Prints the median and p95 in ms over RUNS runs (200) after WARMUP runs (1000).
 *
 * <p>Usage (source launcher): java -cp CLASSPATH bench/MergeBench.java [RUNS] [WARMUP]
 */
public class MergeBench {

  static final String[] WORDS =
      ("le la les des une un et du au pour avec sur dans groupe quartier politique ville contrat "
              + "urbain cohésion sociale évaluation prévention délinquance habitants association "
              + "réunion compte rendu budget action projet territoire observation emploi jeunesse "
              + "éducation santé logement médiation partenaires commune préfecture bilan")
          .split(" ");

  public static void main(String[] args) {
    int runs = args.length > 0 ? Integer.parseInt(args[0]) : 200;
    int warmup = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
    Random random = new Random(2008);

    List<Section> baseSections = new ArrayList<>();
    int chars = 0;
    for (int s = 0; s < 10; s++) {
      List<String> blocks = new ArrayList<>();
      for (int p = 0; p < 20; p++) {
        String block = "<p>" + sentence(random, 400) + "</p>";
        chars += block.length();
        blocks.add(block);
      }
      baseSections.add(new Section("item-" + (s + 1), "Point " + (s + 1), blocks));
    }
    MinutesText base = MinutesText.of(baseSections);

    // 200 paragraphs: mine edits 20, theirs 20 others; the conflict variant shares 5 of them.
    List<Integer> all = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      all.add(i);
    }
    java.util.Collections.shuffle(all, random);
    Set<Integer> mineEdits = new HashSet<>(all.subList(0, 20));
    Set<Integer> theirsEdits = new HashSet<>(all.subList(20, 40));
    Set<Integer> theirsConflicting = new HashSet<>(all.subList(15, 35)); // 5 shared with mine

    MinutesText mine = edited(base, mineEdits, "mine", random);
    MinutesText theirs = edited(base, theirsEdits, "theirs", random);
    MinutesText theirsC = edited(base, theirsConflicting, "theirs", random);

    long cold = System.nanoTime();
    MergeResult clean = ThreeWayMerge.merge(base, mine, theirs);
    double coldMs = (System.nanoTime() - cold) / 1e6;
    MergeResult conflicted = ThreeWayMerge.merge(base, mine, theirsC);
    if (!clean.clean() || conflicted.clean()) {
      throw new IllegalStateException("unexpected merge outcome");
    }
    System.out.printf(
        "minutes: %d sections, %d paragraphs, %,d characters; each side edits 20 paragraphs%n",
        base.sections().size(), 200, chars);
    System.out.printf(
        "conflict variant: %d sections in conflict%n", conflicted.conflicts().size());
    System.out.printf("first merge in this JVM (cold, class loading included): %.1f ms%n", coldMs);

    // Fresh copies each run, so that nothing cached (equality, fingerprint) is reused.
    String baseJson = base.toJson();
    String mineJson = mine.toJson();
    String theirsJson = theirs.toJson();
    String theirsCJson = theirsC.toJson();
    List<String> rawSections = new ArrayList<>();
    for (Section s : mine.sections()) {
      rawSections.add(s.html());
    }

    MinutesText[] b = new MinutesText[1];
    MinutesText[] m = new MinutesText[1];
    MinutesText[] t = new MinutesText[1];
    MinutesText[] tc = new MinutesText[1];
    Runnable reload =
        () -> {
          b[0] = MinutesText.fromJson(baseJson);
          m[0] = MinutesText.fromJson(mineJson);
          t[0] = MinutesText.fromJson(theirsJson);
          tc[0] = MinutesText.fromJson(theirsCJson);
        };

    report("merge, disjoint edits (clean)", runs, warmup, reload, () -> ThreeWayMerge.merge(b[0], m[0], t[0]));
    report("merge, with conflicts", runs, warmup, reload, () -> ThreeWayMerge.merge(b[0], m[0], tc[0]));
    report(
        "sanitise + split 200 paragraphs",
        runs,
        warmup,
        () -> {},
        () -> {
          List<Section> out = new ArrayList<>();
          for (int i = 0; i < rawSections.size(); i++) {
            out.add(Section.ofHtml("item-" + (i + 1), "Point", rawSections.get(i)));
          }
          return out;
        });
    report("fromJson (200 paragraphs)", runs, warmup, () -> {}, () -> MinutesText.fromJson(mineJson));
    report("toJson (200 paragraphs)", runs, warmup, reload, () -> m[0].toJson());
    report("fingerprint (200 paragraphs)", runs, warmup, reload, () -> m[0].fingerprint());
    // keep the JIT from dropping unused classes
    if (RichText.sanitize("<p>x</p>").isEmpty() || HtmlBlocks.split("x").isEmpty()) {
      throw new IllegalStateException();
    }
  }

  static void report(String name, int runs, int warmup, Runnable setup, Supplier<?> work) {
    Object sink = null;
    for (int i = 0; i < warmup; i++) {
      setup.run();
      sink = work.get();
    }
    double[] ms = new double[runs];
    for (int i = 0; i < runs; i++) {
      setup.run();
      long t0 = System.nanoTime();
      sink = work.get();
      ms[i] = (System.nanoTime() - t0) / 1e6;
    }
    Arrays.sort(ms);
    System.out.printf(
        "%-34s median %7.3f ms   p95 %7.3f ms   max %7.3f ms   (%d runs)%n",
        name, ms[runs / 2], ms[(int) Math.ceil(runs * 0.95) - 1], ms[runs - 1], runs);
    if (sink == null) {
      throw new IllegalStateException();
    }
  }

  static MinutesText edited(MinutesText base, Set<Integer> edits, String who, Random random) {
    List<Section> out = new ArrayList<>();
    int index = 0;
    for (Section s : base.sections()) {
      List<String> blocks = new ArrayList<>(s.blocks());
      for (int p = 0; p < blocks.size(); p++, index++) {
        if (edits.contains(index)) {
          String old = blocks.get(p);
          blocks.set(
              p, old.substring(0, old.length() - 4 - 60) + " (" + who + ") " + sentence(random, 50) + "</p>");
        }
      }
      out.add(s.withBlocks(blocks));
    }
    return MinutesText.of(out);
  }

  static String sentence(Random random, int length) {
    StringBuilder sb = new StringBuilder();
    while (sb.length() < length) {
      if (sb.length() > 0) {
        sb.append(' ');
      }
      String w = WORDS[random.nextInt(WORDS.length)];
      sb.append(random.nextInt(12) == 0 ? "<strong>" + w + "</strong>" : w);
    }
    return sb.toString();
  }
}
