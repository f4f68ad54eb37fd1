package org.cohesion.platform.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.LinkedHashSet;
import java.util.Set;
import org.cohesion.platform.security.Caller;

/**
 * The audience tokens a caller holds: the platform's (network, staff, administrators, their own
 * person) and each source's (their groups, their seats), read from the database at each call.
 */
@ApplicationScoped
public class SearchAudience {

  @Inject @Any Instance<SearchSource> sources;

  @Transactional(Transactional.TxType.SUPPORTS)
  public Set<String> tokensOf(Caller caller) {
    Set<String> all = new LinkedHashSet<>(Audience.platformTokens(caller));
    if (caller.isAuthenticated()) {
      for (SearchSource source : sources) {
        all.addAll(source.tokensOf(caller));
      }
    }
    return Set.copyOf(all);
  }
}
