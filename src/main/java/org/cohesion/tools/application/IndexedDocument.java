package org.cohesion.tools.application;

import java.io.Serializable;
import java.util.List;
import org.cohesion.tools.domain.Confidentiality;
import org.cohesion.tools.domain.DocumentType;

/**
 * What a search index needs of one document: its text (that of its latest version), subjects as
 * concept ids and labels, facets (type, territories, year, group) and what decides who may read it
 * (confidentiality and group), so that the index can filter by the reader's rights.
 *
 * @param groupId null for the network library
 * @param groupName the group's name, null for the network library
 * @param year the year of its date (Dublin Core's date), or of its creation
 * @param url the document page, relative to the application's root
 */
public record IndexedDocument(
    long id,
    String title,
    String description,
    String text,
    List<Long> subjectIds,
    List<String> subjectLabels,
    DocumentType type,
    List<String> territories,
    int year,
    Long groupId,
    String groupName,
    Confidentiality confidentiality,
    String url)
    implements Serializable {}
