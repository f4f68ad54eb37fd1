package org.cohesion.platform.search;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.cohesion.platform.persistence.DatabaseReady;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * This node's copy of the search index and what keeps it current: every second, and right after
 * each of this node's commits that wrote outbox rows ({@link #applySoon()}), it applies the outbox
 * rows it has not applied yet (docs/search.md). The index and the mark (the highest outbox id
 * applied) are this node's own derived state, on its own disk; nothing another node needs lives
 * here. A node that starts with no index, an index of another database, or one left unapplied for
 * longer than the outbox keeps rows, rebuilds it from the sources.
 *
 * <p>The lock is node-local on purpose: Lucene has one writer per index, and the timer must not
 * start a second pass while a rebuild runs; the search requests read without it.
 *
 * <p>OpenSearch mode ({@code cohesion.search.backend=opensearch}): one index in OpenSearch for
 * every node, so one node at a time applies the outbox, the one whose pass holds the lock of the
 * {@code search_worker} row ({@link SearchWorker}); that row, not a file, keeps the shared index's
 * mark. Everything else (the sources, the window, the rebuild) is the same code. There the pass
 * right after a commit is what bounds the time until another node finds the change: that pass (not
 * the next tick) writes the shared index, and its write returns once OpenSearch has refreshed.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SearchNode {
  private static final Logger LOG = Logger.getLogger(SearchNode.class.getName());

  /** Rows this recent are re-read whatever their id (ids can become visible out of order). */
  static final int WINDOW_SECONDS = 60;

  static final int RETENTION_HOURS = 48;

  /** A mark older than this is not resumed: rows it needs may be pruned. */
  static final Duration RESUMABLE = Duration.ofHours(24);

  private static final int BATCH = 2000;
  private static final int PAGE = 500;
  private static final String MARK_FILE = "applied.properties";

  /** Who holds the worker's row, for operations reading it: pid@host. */
  private static final String HOLDER =
      java.lang.management.ManagementFactory.getRuntimeMXBean().getName();

  /** The value of {@code cohesion.search.backend} that selects the OpenSearch mode. */
  public static final String OPENSEARCH = "opensearch";

  @Inject SearchReads reads;
  @Inject SearchWorker worker;
  @Inject @Any Instance<SearchSource> sources;

  @Inject
  @ConfigProperty(name = "cohesion.search.backend", defaultValue = "lucene")
  String backend;

  /** OpenSearch's address(es), e.g. http://search-1:9200,http://search-2:9200. */
  @Inject
  @ConfigProperty(name = "cohesion.search.url")
  Optional<String> url;

  /** The prefix of the shared index's name, so that several databases may share one OpenSearch. */
  @Inject
  @ConfigProperty(name = "cohesion.search.index", defaultValue = "cohesion")
  String indexName;

  @Inject
  @ConfigProperty(name = "cohesion.search.directory")
  Optional<String> configuredDirectory;

  private final ReentrantLock writing = new ReentrantLock();
  private volatile SearchIndex index;
  private volatile boolean databaseReady;
  private volatile boolean shared;

  /** OpenSearch mode: whether this node has seen the shared index hold entries since it started. */
  private boolean verified;

  private Path directory;
  private volatile boolean temporary;
  private String epoch;
  private volatile long mark;
  private Instant lastPrune = Instant.EPOCH;

  /**
   * A pass asked by {@link #applySoon()} that has not started reading yet: the requests made
   * meanwhile need no pass of their own, since that one reads after their commits.
   */
  private final AtomicBoolean soonPending = new AtomicBoolean();

  /** The ids of the window's rows already applied, so a row is applied once, not once a second. */
  private Set<Long> appliedInWindow = new HashSet<>();

  /** After the migrations and the demo seeds (their priorities are below), the node may start. */
  public void onDatabaseReady(@Observes @Priority(10_000) DatabaseReady ready) {
    databaseReady = true;
  }

  /** The index to read, or empty while the node has not built it yet. */
  public Optional<SearchIndex> index() {
    return Optional.ofNullable(index);
  }

  @Schedule(hour = "*", minute = "*", second = "*", persistent = false)
  void everySecond() {
    if (!databaseReady || !writing.tryLock()) {
      return;
    }
    try {
      pass(false);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Search: the outbox pass failed; the next one retries", e);
    } finally {
      writing.unlock();
    }
  }

  /**
   * A pass now, on a thread of the EJB container, because a transaction of this node that wrote
   * outbox rows has just committed ({@link SearchOutbox}). It waits for a pass under way (on this
   * node, or in the OpenSearch mode the worker's row held by another node's pass, which may have
   * read the outbox before that commit), then applies. Asked again while one waits, it is that one.
   */
  @Asynchronous
  public void applySoon() {
    if (!databaseReady || !soonPending.compareAndSet(false, true)) {
      return;
    }
    writing.lock();
    try {
      soonPending.set(false); // from here on, a commit asks for a pass of its own
      pass(true);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Search: the pass after a commit failed; the next one retries", e);
    } finally {
      writing.unlock();
    }
  }

  /**
   * Applies what the outbox holds now, waiting for a pass under way; opens or rebuilds the index
   * first if needed. For tests and operations; the timer does the same every second.
   */
  public void catchUp() {
    writing.lock();
    try {
      pass(true);
    } finally {
      writing.unlock();
    }
  }

  /** Drops this node's index and builds it again from the sources. */
  public void rebuild() {
    writing.lock();
    try {
      if (index == null) {
        open();
      }
      if (shared) {
        try (SearchWorker.Turn turn = worker.claim(true).orElseThrow()) {
          rebuildNow();
          turn.done(mark, HOLDER);
        }
      } else {
        rebuildNow();
      }
    } finally {
      writing.unlock();
    }
  }

  /**
   * One pass. In OpenSearch mode only the node that gets the worker's row applies; {@code wait}
   * waits for another node's pass instead of skipping (tests, operations).
   */
  private void pass(boolean wait) {
    if (index == null) {
      open();
    }
    if (shared) {
      Optional<SearchWorker.Turn> claimed = worker.claim(wait);
      if (claimed.isEmpty()) {
        return; // another node is applying the outbox to the shared index
      }
      try (SearchWorker.Turn turn = claimed.get()) {
        boolean resumable =
            turn.mark().isPresent()
                && turn.appliedAt()
                    .filter(at -> at.isAfter(Instant.now().minus(RESUMABLE)))
                    .isPresent()
                // An OpenSearch emptied or replaced under a kept mark: checked once per start.
                && (verified || index.size() > 0 || reads.highest() == 0);
        if (resumable) {
          if (turn.mark().get() != mark) {
            // Another node worked in between: the rows this node remembers applying are still
            // applied (the index is shared), but the mark is the row's.
            mark = turn.mark().get();
          }
          applyOutbox();
        } else {
          rebuildNow();
        }
        verified = true;
        turn.done(mark, HOLDER);
      }
    } else {
      applyOutbox();
    }
    if (Duration.between(lastPrune, Instant.now()).toMinutes() >= 10) {
      lastPrune = Instant.now();
      reads.prune(RETENTION_HOURS);
    }
  }

  private void applyOutbox() {
    List<SearchReads.Change> changes = reads.changes(mark, WINDOW_SECONDS, BATCH);
    Set<Long> inWindow = new HashSet<>();
    Map<String, Set<Long>> todo = new LinkedHashMap<>();
    long highest = mark;
    for (SearchReads.Change change : changes) {
      inWindow.add(change.id());
      highest = Math.max(highest, change.id());
      if (change.id() <= mark && appliedInWindow.contains(change.id())) {
        continue;
      }
      todo.computeIfAbsent(change.kind(), k -> new LinkedHashSet<>()).add(change.entityId());
    }
    if (!todo.isEmpty()) {
      apply(todo);
    }
    appliedInWindow = inWindow;
    if (highest != mark) {
      mark = highest;
      saveMark();
    }
  }

  private void apply(Map<String, Set<Long>> changed) {
    Map<String, SearchSource> byKind = sourcesByKind();
    Map<String, Set<Long>> all = new LinkedHashMap<>();
    changed.forEach(
        (kind, ids) -> all.computeIfAbsent(kind, k -> new LinkedHashSet<>()).addAll(ids));
    changed.forEach(
        (kind, ids) -> {
          for (SearchSource other : byKind.values()) {
            for (long id : ids) {
              List<Long> affected = reads.affectedBy(other, kind, id);
              if (!affected.isEmpty()) {
                all.computeIfAbsent(other.kind(), k -> new LinkedHashSet<>()).addAll(affected);
              }
            }
          }
        });
    List<SearchEntry> puts = new ArrayList<>();
    List<String> removed = new ArrayList<>();
    all.forEach(
        (kind, ids) -> {
          SearchSource source = byKind.get(kind);
          if (source == null) {
            LOG.fine(() -> "Search: no source of kind " + kind);
            return;
          }
          for (long id : ids) {
            Optional<SearchEntry> entry = reads.entry(source, id);
            if (entry.isPresent()) {
              puts.add(entry.get());
            } else {
              removed.add(SearchEntry.key(kind, id));
            }
          }
        });
    // One write for the pass (OpenSearch: one bulk request, one refresh), not one per entry gone.
    index.apply(puts, removed);
  }

  private Map<String, SearchSource> sourcesByKind() {
    Map<String, SearchSource> byKind = new LinkedHashMap<>();
    for (SearchSource source : sources) {
      byKind.put(source.kind(), source);
    }
    return byKind;
  }

  private void open() {
    if (OPENSEARCH.equalsIgnoreCase(backend.strip())) {
      String uris =
          url.filter(u -> !u.isBlank())
              .orElseThrow(
                  () ->
                      new IllegalStateException(
                          "cohesion.search.backend=opensearch needs cohesion.search.url"));
      index = SearchIndex.openSearch(uris, indexName);
      shared = true;
      LOG.info(() -> "Search: OpenSearch mode, index " + indexName + "-entries at " + uris);
      return;
    }
    try {
      if (configuredDirectory.filter(d -> !d.isBlank()).isPresent()) {
        directory = Path.of(configuredDirectory.get());
        Files.createDirectories(directory);
      } else {
        // No directory configured: a fresh one for this JVM, rebuilt at each start, so that two
        // nodes on one machine never share an index.
        directory = Files.createTempDirectory("cohesion-search-");
        temporary = true;
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    epoch = reads.epoch();
    index = null;
    SearchIndex opened = new SearchIndex(directory);
    Properties saved = loadMark();
    boolean resumable =
        epoch.equals(saved.getProperty("epoch"))
            && saved.getProperty("mark") != null
            && Instant.ofEpochMilli(Long.parseLong(saved.getProperty("at", "0")))
                .isAfter(Instant.now().minus(RESUMABLE));
    index = opened;
    if (resumable) {
      mark = Long.parseLong(saved.getProperty("mark"));
      LOG.info(() -> "Search: index at " + directory + " resumed from outbox row " + mark);
    } else {
      rebuildNow();
    }
  }

  private void rebuildNow() {
    long started = System.nanoTime();
    // The mark is taken before reading: what changes during the rebuild is above it, or in the
    // window, and is applied by the next pass.
    long from = reads.highest();
    index.clear();
    long count = 0;
    for (SearchSource source : sourcesByKind().values()) {
      long after = 0;
      while (true) {
        List<SearchEntry> page = reads.entries(source, after, PAGE);
        if (page.isEmpty()) {
          break;
        }
        index.put(page);
        count += page.size();
        after = page.get(page.size() - 1).id();
      }
    }
    mark = from;
    appliedInWindow = new HashSet<>();
    saveMark();
    long entries = count;
    LOG.info(
        () ->
            "Search: index rebuilt with "
                + entries
                + " entries in "
                + (System.nanoTime() - started) / 1_000_000
                + " ms");
  }

  private Properties loadMark() {
    Properties p = new Properties();
    Path file = directory.resolve(MARK_FILE);
    if (Files.isReadable(file)) {
      try (Reader in = Files.newBufferedReader(file)) {
        p.load(in);
      } catch (IOException | IllegalArgumentException e) {
        LOG.warning(() -> "Search: unreadable mark " + file + ", rebuilding: " + e);
      }
    }
    return p;
  }

  private void saveMark() {
    if (shared) {
      return; // the worker's row keeps it (SearchWorker.Turn.done)
    }
    Properties p = new Properties();
    p.setProperty("epoch", epoch);
    p.setProperty("mark", Long.toString(mark));
    p.setProperty("at", Long.toString(Instant.now().toEpochMilli()));
    Path file = directory.resolve(MARK_FILE);
    Path next = directory.resolve(MARK_FILE + ".next");
    try {
      try (Writer out = Files.newBufferedWriter(next)) {
        p.store(out, "The last search_outbox row this node's index has applied");
      }
      Files.move(next, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      LOG.log(Level.WARNING, "Search: could not save the mark; a restart will rebuild", e);
    }
  }

  @PreDestroy
  void close() {
    SearchIndex open = index;
    index = null;
    if (open != null) {
      open.close();
    }
    if (temporary && directory != null) {
      try (Stream<Path> files = Files.walk(directory)) {
        files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
      } catch (IOException e) {
        LOG.fine(() -> "Search: left " + directory + " behind: " + e);
      }
    }
  }
}
