package org.cohesion.tools.application;

import java.io.Serializable;
import java.util.Set;

/**
 * What a search for one concept should also find: the ids of the concept and of every concept below
 * it (narrower, at any depth), and all their labels, preferred and alternative, French and English.
 */
public record ConceptExpansion(long conceptId, Set<Long> conceptIds, Set<String> labels)
    implements Serializable {}
