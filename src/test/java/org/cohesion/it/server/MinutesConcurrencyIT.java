package org.cohesion.it.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.cohesion.decisions.application.MeetingForm;
import org.cohesion.decisions.application.Meetings;
import org.cohesion.minutes.application.MinutesEditor;
import org.cohesion.minutes.application.SaveOutcome;
import org.cohesion.minutes.domain.MinutesText;
import org.cohesion.minutes.domain.Section;
import org.cohesion.workspace.domain.GroupRole;
import org.cohesion.workspace.domain.Visibility;
import org.junit.jupiter.api.Test;

/**
 * Eight editors save interleaved edits to the same minutes at once, through the application
 * service, against the real MariaDB. Each round, every editor reads the latest text, adds a
 * paragraph of its own after its own anchor, and in the last round also rewrites a paragraph they
 * all share. Asserted: every accepted edit is in the final text (zero lost updates); every refused
 * one came back to its author as a conflict, with their own text in it; and the shared paragraph
 * ends as the last accepted rewrite.
 */
class MinutesConcurrencyIT extends ServerTestBase {

  private static final int EDITORS = 8;
  private static final int ROUNDS = 3;

  @Inject Meetings planner;
  @Inject MinutesEditor editor;

  record Attempt(int editor, int round, String paragraph, String shared, SaveOutcome outcome) {}

  @Test
  void eightEditorsLoseNoAcceptedEdit() throws Exception {
    List<String> editors = new ArrayList<>();
    Map<String, GroupRole> leads = new HashMap<>();
    for (int i = 0; i < EDITORS; i++) {
      String login = users.newAccount("editor" + i, "Rédacteur " + i);
      editors.add(login);
      leads.put(login, GroupRole.LEAD);
    }
    long group = users.newGroup("Concurrence", Visibility.MEMBERS_ONLY, leads);
    long meeting =
        users.as(
            editors.get(0),
            () ->
                planner.scheduleForGroup(
                    group,
                    new MeetingForm(
                        "Co-écriture",
                        LocalDateTime.of(2031, 5, 1, 9, 0),
                        LocalDateTime.of(2031, 5, 1, 12, 0),
                        null,
                        List.of(new MeetingForm.Item(null, "Relevé", null)),
                        List.of()),
                    List.of()));
    long minutes = users.as(editors.get(0), () -> editor.start(meeting));
    // The starting text: an anchor paragraph per editor, then the shared paragraph.
    MinutesEditor.Draft start = users.as(editors.get(0), () -> editor.open(minutes));
    List<String> blocks = new ArrayList<>();
    for (int i = 0; i < EDITORS; i++) {
      blocks.add("<p>Ancre " + i + "</p>");
    }
    blocks.add("<p>Paragraphe commun</p>");
    Section first = start.text().sections().get(0);
    users.as(
        editors.get(0),
        () ->
            editor.save(
                minutes,
                start.headNumber(),
                MinutesText.of(List.of(new Section(first.key(), first.title(), blocks))),
                null));

    List<Attempt> attempts = Collections.synchronizedList(new ArrayList<>());
    // One container thread per editor: the default managed executor may have fewer threads than
    // editors, and they all wait for each other at the starting line.
    ExecutorService executor = containerThreads(EDITORS);
    List<String> finalBlocks;
    try {
      runRounds(executor, editors, minutes, attempts);
      // Read the result on a container thread too: once tasks have run on managed threads, this
      // request's own non-transactional EntityManager is closed by the container.
      finalBlocks =
          executor
              .submit(
                  asRequest(
                      () ->
                          users
                              .as(editors.get(0), () -> editor.open(minutes))
                              .text()
                              .sections()
                              .get(0)
                              .blocks()))
              .get(60, TimeUnit.SECONDS);
    } finally {
      executor.shutdownNow();
    }
    check(finalBlocks, attempts);
  }

  private void runRounds(
      ExecutorService executor, List<String> editors, long minutes, List<Attempt> attempts)
      throws Exception {
    for (int round = 0; round < ROUNDS; round++) {
      CountDownLatch ready = new CountDownLatch(EDITORS);
      CountDownLatch go = new CountDownLatch(1);
      List<Future<?>> futures = new ArrayList<>();
      for (int i = 0; i < EDITORS; i++) {
        int e = i;
        int r = round;
        futures.add(
            executor.submit(
                asRequest(
                    () -> {
                      String login = editors.get(e);
                      MinutesEditor.Draft draft;
                      try {
                        draft = users.as(login, () -> editor.open(minutes));
                      } finally {
                        ready.countDown();
                      }
                      if (!go.await(60, TimeUnit.SECONDS)) {
                        throw new IllegalStateException("no start signal");
                      }
                      edit(e, r, login, draft, minutes, attempts);
                      return null;
                    })));
      }
      assertTrue(ready.await(120, TimeUnit.SECONDS), "editors did not get ready");
      go.countDown();
      for (Future<?> f : futures) {
        f.get(120, TimeUnit.SECONDS);
      }
    }
  }

  private void edit(
      int e, int r, String login, MinutesEditor.Draft draft, long minutes, List<Attempt> attempts) {
    String paragraph = "<p>Ajout de " + e + " au tour " + r + "</p>";
    String shared = r == ROUNDS - 1 ? "<p>Commun réécrit par " + e + "</p>" : null;
    Section s = draft.text().sections().get(0);
    List<String> mine = new ArrayList<>(s.blocks());
    mine.add(mine.indexOf("<p>Ancre " + e + "</p>") + 1, paragraph);
    if (shared != null) {
      mine.set(mine.size() - 1, shared);
    }
    MinutesText text = MinutesText.of(List.of(new Section(s.key(), s.title(), mine)));
    SaveOutcome outcome =
        users.as(login, () -> editor.save(minutes, draft.headNumber(), text, null));
    attempts.add(new Attempt(e, r, paragraph, shared, outcome));
  }

  private void check(List<String> finalBlocks, List<Attempt> attempts) {
    assertEquals(EDITORS * ROUNDS, attempts.size());
    int accepted = 0;
    int conflicts = 0;
    Attempt lastShared = null;
    for (Attempt a : attempts) {
      if (a.outcome().written()) {
        accepted++;
        assertTrue(
            finalBlocks.contains(a.paragraph()), "accepted edit lost: " + a + " in " + finalBlocks);
        if (a.shared() != null
            && (lastShared == null
                || a.outcome().headNumber() > lastShared.outcome().headNumber())) {
          lastShared = a;
        }
      } else {
        assertEquals(SaveOutcome.Kind.CONFLICT, a.outcome().kind(), a.toString());
        conflicts++;
        List<String> returned = a.outcome().text().sections().get(0).blocks();
        assertTrue(returned.contains(a.paragraph()), "own text not returned: " + a);
        assertTrue(a.shared() == null || returned.contains(a.shared()), "own text not returned");
        assertTrue(!a.outcome().conflicts().isEmpty());
        assertTrue(!finalBlocks.contains(a.paragraph()), "a refused edit was written: " + a);
      }
    }
    assertTrue(lastShared != null);
    assertEquals(lastShared.shared(), finalBlocks.get(finalBlocks.size() - 1));
    // The first two rounds touch disjoint paragraphs only: nothing there may be refused.
    assertEquals(
        EDITORS * (ROUNDS - 1),
        attempts.stream().filter(a -> a.round() < ROUNDS - 1 && a.outcome().written()).count());
    // The last round: all started from the same revision and rewrote the same paragraph, so the
    // first to save wins and every other one is a conflict.
    assertEquals(
        1, attempts.stream().filter(a -> a.round() == ROUNDS - 1 && a.outcome().written()).count());
    assertEquals(EDITORS - 1, conflicts);
    assertEquals(EDITORS * ROUNDS, accepted + conflicts);
    System.out.printf(
        "MinutesConcurrencyIT: %d saves, %d accepted, %d conflicts%n",
        attempts.size(), accepted, conflicts);
  }
}
