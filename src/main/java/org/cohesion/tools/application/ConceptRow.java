package org.cohesion.tools.application;

import java.io.Serializable;
import java.util.List;

/** A concept in the admin list, with its links as labels and how many documents it tags. */
public record ConceptRow(
    long id,
    String uri,
    String prefFr,
    String prefEn,
    List<String> altFr,
    List<String> altEn,
    String noteFr,
    String noteEn,
    List<ConceptChoice> broader,
    List<ConceptChoice> narrower,
    List<ConceptChoice> related,
    long documents)
    implements Serializable {}
