package org.cohesion.tools.application;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.cohesion.platform.domain.DomainException;
import org.cohesion.tools.domain.TextExtractor;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Runs {@link TextExtractor} on an accepted upload, bounded: one file at a time on a node (a parse
 * may take a core and a good deal of memory), within a time-out, its text cut at {@link
 * TextExtractor#MAX_CHARS}. A parse that does not finish in time leaves the document without text
 * (it is still stored); a zip bomb found by Tika's guard refuses the upload.
 *
 * <p>The semaphore is JVM memory on purpose, like the sign-in's {@code SignInCapacity}: it guards
 * this node's CPU and shares nothing between nodes.
 */
@ApplicationScoped
public class Extraction {
  private static final Logger LOG = Logger.getLogger(Extraction.class.getName());

  @Resource ManagedExecutorService executor;

  @Inject
  @ConfigProperty(name = "cohesion.tools.extraction-timeout-seconds", defaultValue = "30")
  int timeoutSeconds;

  private Semaphore oneAtATime;

  @PostConstruct
  void init() {
    oneAtATime = new Semaphore(1, true);
  }

  /** What was read from a file: its text and, for a PDF, a preview of its first page. */
  public record Extracted(String text, byte[] previewPng) {}

  public Extracted of(byte[] content, String mediaType) {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds);
    try {
      if (!oneAtATime.tryAcquire(timeoutSeconds, TimeUnit.SECONDS)) {
        LOG.info("Extraction skipped: another file was being read for the whole time-out");
        return new Extracted("", null);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Extracted("", null);
    }
    Future<Extracted> job = null;
    try {
      job =
          executor.submit(
              () ->
                  new Extracted(
                      TextExtractor.text(content),
                      "application/pdf".equals(mediaType)
                          ? TextExtractor.pdfPreview(content)
                          : null));
      return job.get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      if (job != null) {
        job.cancel(true);
      }
      LOG.info("Extraction stopped at its time-out of " + timeoutSeconds + " s");
      return new Extracted("", null);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof DomainException refusal) {
        throw refusal;
      }
      LOG.log(Level.INFO, "Extraction failed; the document is kept without text", e.getCause());
      return new Extracted("", null);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Extracted("", null);
    } finally {
      oneAtATime.release();
    }
  }
}
