/**
 * JPA implementations of what the platform needs from the network feature without knowing it:
 * security's {@code AccountDirectory} (sign-in, the caller, the preferred language) and
 * notifications' {@code RecipientDirectory}. May use network.domain and platform.
 */
package org.cohesion.network.infrastructure;
