/**
 * One permission-aware French search across every feature (docs/search.md). Features contribute
 * through the interfaces declared here: a {@link org.cohesion.platform.search.SearchSource} per
 * kind of thing (its entries, each with its audience), an optional {@link
 * org.cohesion.platform.search.QueryExpansion} (a thesaurus). Changes reach each node's Lucene
 * index through the outbox table {@code search_outbox} ({@link
 * org.cohesion.platform.search.SearchOutbox}, written in the changing transaction), applied by
 * {@link org.cohesion.platform.search.SearchNode} on every node. May use platform.domain,
 * platform.security and platform.persistence; it knows no feature.
 */
package org.cohesion.platform.search;
