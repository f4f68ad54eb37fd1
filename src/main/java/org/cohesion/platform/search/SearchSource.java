package org.cohesion.platform.search;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.cohesion.platform.security.Caller;

/**
 * What a feature gives search for one kind of thing: an application-scoped CDI bean of the feature
 * (e.g. {@code decisions.application.DecisionSearchSource}), found by the platform through {@code
 * Instance<SearchSource>}. Every method is called inside a transaction of the search node (reads
 * only). The feature also calls {@link SearchOutbox#changed} in the transaction of each change.
 */
public interface SearchSource {

  /** The kind, unique among sources: the outbox rows, the index keys and the kind facet use it. */
  String kind();

  /**
   * The entry as it is now, or empty when the thing no longer exists (it then leaves the index).
   * Its audience says who may read it in its current state (a draft, a board-only decision…).
   */
  Optional<SearchEntry> entry(long id);

  /**
   * A page of every entry, for a rebuild: those whose id is above {@code afterId}, by increasing
   * id, at most {@code limit}. An empty page ends the walk.
   */
  List<SearchEntry> entries(long afterId, int limit);

  /**
   * The caller's tokens that this source's audiences use beyond {@link Audience}'s platform ones
   * ({@code group:<id>} of the caller's groups, {@code body:<id>} of their seats). Read from the
   * database once per search request, so a change of membership counts at once, on every node.
   */
  default Set<String> tokensOf(Caller caller) {
    return Set.of();
  }

  /**
   * The ids of this kind whose entry depends on a thing of another kind that changed (a group made
   * members-only changes the audience of its meetings and minutes). Called when that change is
   * applied; the default is none.
   */
  default List<Long> affectedBy(String kind, long id) {
    return List.of();
  }
}
