/**
 * The decision log over HTTP (JAX-RS, under {@code /api}): the verification of the register as
 * JSON. May use decisions.application and decisions.domain, and platform; the service checks the
 * caller's right.
 */
package org.cohesion.decisions.api;
