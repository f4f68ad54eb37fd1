package org.cohesion.platform.security;

/**
 * A signed-in caller with what one feature knows about them; each feature's {@link CallerPolicy}
 * answers one.
 */
public interface SignedCaller {

  Caller caller();
}
