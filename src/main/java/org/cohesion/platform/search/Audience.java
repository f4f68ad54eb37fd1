package org.cohesion.platform.search;

import java.util.LinkedHashSet;
import java.util.Set;
import org.cohesion.platform.security.Caller;
import org.cohesion.platform.security.PlatformRole;

/**
 * The tokens an entry's audience is written in, and the tokens a caller holds. An entry is found by
 * a caller when the two sets meet, in every query, count and facet (the filter is part of the
 * Lucene query, never applied after it). The sources name their audience with these; the caller's
 * feature-specific tokens (groups they belong to, bodies they sit on) come from the sources too.
 */
public final class Audience {
  /** Every signed-in member of the network. */
  public static final String NETWORK = "network";

  /** Administrators, who read everything that exists. */
  public static final String ADMINISTRATORS = "admin";

  /** Staff of the resource centre. */
  public static final String STAFF = "staff";

  private Audience() {}

  /** The members of a working group. */
  public static String group(long groupId) {
    return "group:" + groupId;
  }

  /** The people seated on a body (the board…). */
  public static String body(long bodyId) {
    return "body:" + bodyId;
  }

  /** One person. */
  public static String person(long memberId) {
    return "person:" + memberId;
  }

  /** The tokens that come with the caller's account alone; nothing for an anonymous caller. */
  static Set<String> platformTokens(Caller caller) {
    Set<String> tokens = new LinkedHashSet<>();
    if (!caller.isAuthenticated()) {
      return tokens;
    }
    tokens.add(NETWORK);
    tokens.add(person(caller.memberId()));
    if (caller.isAdministrator()) {
      tokens.add(ADMINISTRATORS);
    }
    if (caller.has(PlatformRole.STAFF)) {
      tokens.add(STAFF);
    }
    return tokens;
  }
}
