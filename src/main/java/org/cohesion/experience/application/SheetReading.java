package org.cohesion.experience.application;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import org.cohesion.experience.domain.SheetAccess;
import org.cohesion.experience.domain.SheetConfidentiality;
import org.cohesion.experience.domain.SheetStatus;

/**
 * One sheet's page: the content the caller may read (the working copy for its group, else the
 * latest publication, or the publication asked for), its versions, comments, links and what the
 * caller may do, decided once; its attachments are those the caller may read.
 *
 * @param number the publication shown, 0 for the working copy
 */
public record SheetReading(
    long id,
    long groupId,
    SheetContent content,
    int number,
    SheetStatus status,
    SheetConfidentiality confidentiality,
    String networkName,
    String reviewComment,
    List<Version> versions,
    List<Comment> comments,
    List<Link> links,
    List<Attachment> attachments,
    SheetAccess access)
    implements Serializable {

  /** A document of the document centre listed on the sheet, one the caller may read. */
  public record Attachment(long id, String title) implements Serializable {}

  public record Version(int number, Instant publishedAt) implements Serializable {}

  public record Comment(String kind, String author, String body, Instant at)
      implements Serializable {}

  public record Link(long id, String title, String groupName) implements Serializable {}
}
