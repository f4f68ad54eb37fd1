package org.cohesion.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.cohesion.decisions.application.MeetingForm;
import org.cohesion.decisions.application.Meetings;
import org.cohesion.it.server.ServerTestBase;
import org.cohesion.minutes.application.MinutesApproval;
import org.cohesion.minutes.application.MinutesEditor;
import org.cohesion.minutes.application.MinutesExport;
import org.cohesion.minutes.application.SaveOutcome;
import org.cohesion.minutes.domain.MinutesStatus;
import org.cohesion.minutes.domain.MinutesText;
import org.cohesion.minutes.domain.Section;
import org.cohesion.minutes.domain.VoteChoice;
import org.cohesion.workspace.domain.GroupRole;
import org.cohesion.workspace.domain.Visibility;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Benchmark, not a test of the suite: run by bench/minutes.sh (the {@code bench} profile, which
 * alone compiles bench/java and adds this class to the suite's war) inside the server, against the
 * real MariaDB, through the application services. Prints, and writes to target/bench/minutes.txt:
 * the time of a save with 1,000 revisions in the history (plain saves and saves merged with a
 * concurrent edit), and the PDF export of 50-page minutes.
 */
class MinutesBench extends ServerTestBase {

  private static final int REVISIONS = 1_000;

  @Inject Meetings planner;
  @Inject MinutesEditor editor;
  @Inject MinutesApproval approval;
  @Inject MinutesExport export;

  private final StringBuilder report = new StringBuilder();

  @Test
  void saveWithAThousandRevisionsAndPdfOfFiftyPages() throws IOException {
    String lead = users.newAccount("bench", "Banc d'essai");
    long group = users.newGroup("Banc", Visibility.MEMBERS_ONLY, Map.of(lead, GroupRole.LEAD));
    long minutes = minutes(lead, group, "Banc d'essai", 10);

    // 1,000 revisions: each save rewrites one paragraph of a 200-paragraph text.
    MinutesEditor.Draft draft = users.as(lead, () -> editor.open(minutes));
    MinutesText text = fill(draft.text(), 20, 400);
    int head = save(lead, minutes, draft.headNumber(), text).headNumber();
    long[] plain = new long[REVISIONS];
    for (int i = 0; i < REVISIONS; i++) {
      text = rewrite(text, i % 10, i % 20, "Révision " + i);
      long t0 = System.nanoTime();
      head = save(lead, minutes, head, text).headNumber();
      plain[i] = System.nanoTime() - t0;
    }
    line("history: %d revisions", head);
    summary("save (based on the latest)", Arrays.copyOfRange(plain, REVISIONS - 200, REVISIONS));

    // Saves based on a revision 3 behind, on another section: merged.
    long[] merged = new long[100];
    for (int i = 0; i < merged.length; i++) {
      MinutesText base = users.as(lead, () -> editor.open(minutes)).text();
      int baseNumber = users.as(lead, () -> editor.open(minutes)).headNumber();
      MinutesText t = base;
      for (int k = 0; k < 3; k++) {
        t = rewrite(t, 0, k, "Autre " + i + "." + k);
        head = save(lead, minutes, head, t).headNumber();
      }
      MinutesText mine = rewrite(base, 5, 5, "Concurrente " + i);
      long t0 = System.nanoTime();
      SaveOutcome outcome = save(lead, minutes, baseNumber, mine);
      merged[i] = System.nanoTime() - t0;
      assertEquals(SaveOutcome.Kind.MERGED, outcome.kind());
      head = outcome.headNumber();
    }
    summary("save merged with 3 concurrent revisions", merged);

    // 50 pages: 380 paragraphs of about 400 characters.
    long big = minutes(lead, group, "Compte rendu de 50 pages", 19);
    MinutesEditor.Draft bigDraft = users.as(lead, () -> editor.open(big));
    save(lead, big, bigDraft.headNumber(), fill(bigDraft.text(), 20, 400));
    users.as(lead, () -> approval.submit(big));
    assertEquals(
        MinutesStatus.APPROVED, users.as(lead, () -> approval.vote(big, VoteChoice.APPROVE, null)));
    byte[] pdf = users.as(lead, () -> export.pdf(big, Locale.FRENCH));
    try (PDDocument document = Loader.loadPDF(pdf)) {
      line("pdf: %d pages, %d KiB", document.getNumberOfPages(), pdf.length / 1024);
    }
    long[] pdfTimes = new long[10];
    for (int i = 0; i < pdfTimes.length; i++) {
      long t0 = System.nanoTime();
      users.as(lead, () -> export.pdf(big, Locale.FRENCH));
      pdfTimes[i] = System.nanoTime() - t0;
    }
    summary("pdf export", pdfTimes);

    Path out = Path.of("target", "bench", "minutes.txt");
    Files.createDirectories(out.getParent());
    Files.writeString(out, report.toString());
    System.out.print(report);
  }

  private SaveOutcome save(String login, long minutes, int base, MinutesText text) {
    return users.as(login, () -> editor.save(minutes, base, text, null));
  }

  private static MinutesText fill(MinutesText text, int paragraphs, int chars) {
    List<Section> sections = new ArrayList<>();
    for (Section s : text.sections()) {
      List<String> blocks = new ArrayList<>();
      for (int p = 0; p < paragraphs; p++) {
        blocks.add("<p>" + sentence(s.key() + " " + p, chars) + "</p>");
      }
      sections.add(new Section(s.key(), s.title(), blocks));
    }
    return MinutesText.of(sections);
  }

  private static String sentence(String seed, int chars) {
    StringBuilder b = new StringBuilder(seed).append(' ');
    String words =
        "Le groupe de travail examine les indicateurs du contrat urbain de cohésion sociale ";
    while (b.length() < chars) {
      b.append(words);
    }
    return b.substring(0, chars);
  }

  private static MinutesText rewrite(MinutesText text, int section, int paragraph, String what) {
    Section s = text.sections().get(section);
    List<String> blocks = new ArrayList<>(s.blocks());
    blocks.set(paragraph, "<p>" + what + " — " + sentence(what, 300) + "</p>");
    return text.with(new Section(s.key(), s.title(), blocks));
  }

  private void summary(String what, long[] nanos) {
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    line(
        "%-45s n=%d  median %.1f ms  p95 %.1f ms  max %.1f ms",
        what,
        sorted.length,
        sorted[sorted.length / 2] / 1e6,
        sorted[(int) Math.ceil(sorted.length * 0.95) - 1] / 1e6,
        sorted[sorted.length - 1] / 1e6);
  }

  private void line(String format, Object... args) {
    report.append(String.format(Locale.ROOT, format, args)).append('\n');
  }

  private long minutes(String lead, long group, String title, int items) {
    List<MeetingForm.Item> agenda = new ArrayList<>();
    for (int i = 1; i <= items; i++) {
      agenda.add(new MeetingForm.Item(null, "Point " + i, null));
    }
    long meeting =
        users.as(
            lead,
            () ->
                planner.scheduleForGroup(
                    group,
                    new MeetingForm(
                        title,
                        LocalDateTime.of(2031, 9, 1, 9, 0),
                        LocalDateTime.of(2031, 9, 1, 12, 0),
                        null,
                        agenda,
                        List.of()),
                    List.of()));
    return users.as(lead, () -> editor.start(meeting));
  }
}
