/**
 * JPA implementations of what other packages need from the network feature (security's
 * AccountDirectory).
 */
package org.cohesion.network.infrastructure;
