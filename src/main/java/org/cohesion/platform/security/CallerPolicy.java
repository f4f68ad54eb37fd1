package org.cohesion.platform.security;

import jakarta.inject.Inject;

/**
 * The one shape of "who calls, and what may they do" in every feature. A feature has one subclass,
 * its callers' policy ({@code DecisionCallers}, {@code ObservationCallers}, {@code
 * MinutesCallers}): {@link #require()} gives the signed-in caller with what that feature's access
 * rules need to know about them (the bodies they sit on, whether they lead a group, their member),
 * read inside the service's transaction; the rules themselves are pure domain records ({@code
 * DecisionAccess}, {@code ObservationAccess}, {@code MinutesAccess}, {@code GroupAccess}), tested
 * without a server, and the policy's other methods decide for one object. The caller itself comes
 * from {@link CurrentCaller}, read once per request.
 *
 * @param <S> what the feature knows of the signed-in caller
 */
public abstract class CallerPolicy<S extends SignedCaller> {

  @Inject Guard guard;

  /** The signed-in caller alone, for reads that need nothing more about them. */
  public Caller caller() {
    return guard.requireSignedIn();
  }

  /** The signed-in caller with what the feature's rules need about them. */
  public S require() {
    return standing(guard.requireSignedIn());
  }

  /** Reads, for a signed-in caller, what the feature's access rules need about them. */
  protected abstract S standing(Caller caller);
}
