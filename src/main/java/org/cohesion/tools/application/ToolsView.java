package org.cohesion.tools.application;

import java.io.Serializable;
import java.util.List;

/**
 * The tools page of a group or of the network library: the documents the caller may read, the most
 * downloaded ones, and whether they may add one.
 *
 * @param groupId null for the library
 */
public record ToolsView(
    Long groupId,
    String groupSlug,
    String groupName,
    List<DocumentRow> documents,
    List<DocumentRow> mostDownloaded,
    boolean canAdd,
    boolean canChooseGroupOnly)
    implements Serializable {}
